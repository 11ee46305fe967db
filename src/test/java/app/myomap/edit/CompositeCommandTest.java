package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeCommandTest {

  @Test
  void appliesStepsInOrderAndRevertsThemInReverse() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 1, 1, TRAPEZIUS, Side.LEFT);
    TriggerPoint latentA = a.withStatus(TriggerPointStatus.LATENT);
    CommandLabel label = new CommandLabel("command.add.triggerPoint", 1);
    // The edit only works after the add, and the revert only in reverse order.
    CompositeCommand composite =
        new CompositeCommand(
            List.of(
                new AddMarks(List.of(a)),
                new ReplaceMark(a, latentA),
                MoveMarks.of(Chart.of(a), List.of(a.id()), 3, 4)),
            label);

    Chart after = composite.apply(Chart.empty());

    assertThat(after.marks()).containsExactly(latentA.withPosition(4, 5));
    assertThat(composite.revert(after)).isEqualTo(Chart.empty());
    assertThat(composite.label()).isEqualTo(label);
  }

  @Test
  void needsAtLeastOneStep() {
    assertThatThrownBy(() -> new CompositeCommand(List.of(), new CommandLabel("k", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CompositeCommand needs at least one step");
  }
}
