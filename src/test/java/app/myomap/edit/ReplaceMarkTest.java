package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.NotePin;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import org.junit.jupiter.api.Test;

class ReplaceMarkTest {

  @Test
  void swapsVersionsInPlace() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 1, 1, TRAPEZIUS, Side.LEFT);
    TriggerPoint b = tp(BodyView.POSTERIOR, 2, 2, TRAPEZIUS, Side.LEFT);
    TriggerPoint latentA = a.withStatus(TriggerPointStatus.LATENT);
    Chart before = Chart.of(a, b);
    ReplaceMark edit = new ReplaceMark(a, latentA);

    Chart after = edit.apply(before);

    assertThat(after.marks()).containsExactly(latentA, b);
    assertThat(edit.revert(after)).isEqualTo(before);
    assertThat(edit.label()).isEqualTo(new CommandLabel("command.edit.triggerPoint", 1));
  }

  @Test
  void needsTwoVersionsOfTheSameMark() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 1, 1, TRAPEZIUS, Side.LEFT);
    TriggerPoint b = tp(BodyView.POSTERIOR, 2, 2, TRAPEZIUS, Side.LEFT);
    assertThatThrownBy(() -> new ReplaceMark(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ReplaceMark needs two versions of one mark");
    NotePin samePin = new NotePin(a.id(), BodyView.POSTERIOR, 1, 1, "x");
    assertThatThrownBy(() -> new ReplaceMark(a, samePin))
        .hasMessage("ReplaceMark cannot change the kind of mark " + a.id());
  }
}
