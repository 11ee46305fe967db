package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddMarksTest {

  @Test
  void addsOnTopAndRevertsToTheSameChart() {
    TriggerPoint existing = tp(BodyView.POSTERIOR, 1, 1, TRAPEZIUS, Side.LEFT);
    TriggerPoint a = tp(BodyView.POSTERIOR, 2, 2, TRAPEZIUS, Side.LEFT);
    NotePin b = new NotePin(MarkId.random(), BodyView.POSTERIOR, 3, 3, "scar");
    Chart before = Chart.of(existing);
    AddMarks add = new AddMarks(List.of(a, b));

    Chart after = add.apply(before);

    assertThat(after.marks()).containsExactly(existing, a, b);
    assertThat(add.revert(after)).isEqualTo(before);
    assertThat(add.label()).isEqualTo(new CommandLabel("command.add.marks", 2));
    assertThat(new AddMarks(List.of(a)).label())
        .isEqualTo(new CommandLabel("command.add.triggerPoint", 1));
  }

  @Test
  void refusesToAddAMarkTwiceOrNothing() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 2, 2, TRAPEZIUS, Side.LEFT);
    assertThatThrownBy(() -> new AddMarks(List.of(a)).apply(Chart.of(a)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AddMarks(List.of()))
        .hasMessage("AddMarks needs at least one mark");
  }
}
