package app.myomap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {
  private final MarkId a = MarkId.random();
  private final MarkId b = MarkId.random();
  private final MarkId c = MarkId.random();

  @Test
  void togglesAddsAndKeepsSelectionOrder() {
    Selection selection = Selection.of(List.of(a, b));
    assertThat(selection.toggle(a).ids()).containsExactly(b);
    assertThat(selection.toggle(c).ids()).containsExactly(a, b, c);
    assertThat(selection.plus(List.of(c, a)).ids()).containsExactly(a, b, c);
    assertThat(selection.ids()).containsExactly(a, b);
    assertThat(Selection.empty().isEmpty()).isTrue();
  }

  @Test
  void retainsOnlyMarksTheChartStillHolds() {
    Chart chart = Chart.of(new NotePin(b, BodyView.ANTERIOR, 1, 1, "n"));
    Selection selection = Selection.of(List.of(a, b));
    assertThat(selection.retainIn(chart).ids()).containsExactly(b);
    Selection kept = Selection.of(List.of(b));
    assertThat(kept.retainIn(chart)).isSameAs(kept);
  }
}
