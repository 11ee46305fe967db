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

class MoveMarksTest {

  @Test
  void movesFromTheOriginalPositionsAndRevertsExactly() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 0.1, 0.2, TRAPEZIUS, Side.LEFT);
    TriggerPoint b = tp(BodyView.POSTERIOR, 10, 20, TRAPEZIUS, Side.LEFT);
    TriggerPoint still = tp(BodyView.POSTERIOR, 5, 5, TRAPEZIUS, Side.LEFT);
    Chart before = Chart.of(a, still, b);
    MoveMarks move = MoveMarks.of(before, List.of(a.id(), b.id()), 0.7, -0.3);

    Chart after = move.apply(before);

    assertThat(after.marks())
        .containsExactly(
            a.withPosition(0.1 + 0.7, 0.2 - 0.3), still, b.withPosition(10 + 0.7, 20 - 0.3));
    assertThat(move.revert(after)).isEqualTo(before);
    assertThat(move.label()).isEqualTo(new CommandLabel("command.move.triggerPoint", 2));
  }

  @Test
  void anotherOffsetStillCountsFromTheStartOfTheMove() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 10, 10, TRAPEZIUS, Side.LEFT);
    Chart before = Chart.of(a);
    MoveMarks move = MoveMarks.of(before, List.of(a.id()), 1, 1);
    MoveMarks longer = move.withOffset(5, -2);
    assertThat(longer.apply(before).get(a.id()).position()).isEqualTo(TestAtlas.at(15, 8));
    assertThat(longer.originals()).isEqualTo(move.originals());
  }

  @Test
  void keepsOtherPropertiesOfTheMarkItMoves() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 10, 10, TRAPEZIUS, Side.LEFT);
    MoveMarks move = MoveMarks.of(Chart.of(a), List.of(a.id()), 2, 0);
    TriggerPoint latent = a.withStatus(TriggerPointStatus.LATENT);
    assertThat(move.apply(Chart.of(latent)).get(a.id())).isEqualTo(latent.withPosition(12, 10));
  }

  @Test
  void rejectsAnInfiniteOffset() {
    TriggerPoint a = tp(BodyView.POSTERIOR, 10, 10, TRAPEZIUS, Side.LEFT);
    assertThatThrownBy(() -> new MoveMarks(List.of(a), Double.POSITIVE_INFINITY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Move offset must be finite");
  }
}
