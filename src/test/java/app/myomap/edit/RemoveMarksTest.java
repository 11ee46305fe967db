package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveMarksTest {

  @Test
  void revertPutsEveryMarkBackAtItsPlaceInDrawingOrder() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 1, 1, TRAPEZIUS, Side.LEFT);
    TriggerPoint b = tp(BodyView.POSTERIOR, 2, 2, TRAPEZIUS, Side.LEFT);
    TriggerPoint c = tp(BodyView.POSTERIOR, 3, 3, TRAPEZIUS, Side.LEFT);
    TriggerPoint d = tp(BodyView.POSTERIOR, 4, 4, TRAPEZIUS, Side.LEFT);
    Chart before = Chart.of(a, b, c, d);
    RemoveMarks remove = RemoveMarks.of(before, List.of(d.id(), b.id()));

    Chart after = remove.apply(before);

    assertThat(after.marks()).containsExactly(a, c);
    assertThat(remove.revert(after)).isEqualTo(before);
    assertThat(remove.removals())
        .containsExactly(new RemoveMarks.Removal(1, b), new RemoveMarks.Removal(3, d));
    assertThat(remove.label()).isEqualTo(new CommandLabel("command.delete.triggerPoint", 2));
  }

  @Test
  void rejectsMissingMarksAndUnorderedRemovals() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 1, 1, TRAPEZIUS, Side.LEFT);
    TriggerPoint b = tp(BodyView.POSTERIOR, 2, 2, TRAPEZIUS, Side.LEFT);
    assertThatThrownBy(() -> RemoveMarks.of(Chart.of(a), List.of(b.id())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Chart has no mark " + b.id());
    assertThatThrownBy(
            () ->
                new RemoveMarks(
                    List.of(new RemoveMarks.Removal(1, a), new RemoveMarks.Removal(0, b))))
        .hasMessage("Removals must be in increasing index order");
  }
}
