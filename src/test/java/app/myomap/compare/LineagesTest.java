package app.myomap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.CarryState;
import app.myomap.model.Chart;
import app.myomap.model.FollowUp;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lineage wins over distance when two visits' trigger points are paired. */
class LineagesTest {
  private static final String FIRST = UUID.randomUUID().toString();
  private static final String SECOND = UUID.randomUUID().toString();
  private static final String THIRD = UUID.randomUUID().toString();
  private final TriggerPointMatcher matcher = new TriggerPointMatcher(10);

  private static TriggerPoint point(double x, double y) {
    return TriggerPoint.place(
        MarkId.random(),
        BodyView.POSTERIOR,
        x,
        y,
        new MuscleRef("upper-trapezius"),
        Side.RIGHT,
        "Dr Lee");
  }

  @Test
  void aCarriedPointMovedFarStillPersistsAndANearNeighbourDoesNotStealIt() {
    TriggerPoint before = point(250, 170);
    Chart earlier = Chart.of(before);
    Chart carried = FollowUp.carriedForward(FIRST, earlier);
    TriggerPoint moved = carried.triggerPoints().get(0).withPosition(290, 200); // 50 units away
    TriggerPoint newcomer = point(252, 171); // within tolerance of the earlier point
    Chart later = Chart.of(moved, newcomer);

    PointMatches byDistance = matcher.match(earlier.triggerPoints(), later.triggerPoints());
    PointMatches byLineage =
        matcher.match(
            earlier.triggerPoints(),
            later.triggerPoints(),
            Lineages.between(FIRST, earlier, SECOND, later));

    assertThat(byDistance.persisting())
        .singleElement()
        .satisfies(m -> assertThat(m.later()).isEqualTo(newcomer));
    assertThat(byLineage.persisting())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.earlier()).isEqualTo(before);
              assertThat(m.later()).isEqualTo(moved);
              assertThat(m.pairing()).isEqualTo(PointMatch.Pairing.KNOWN);
            });
    assertThat(byLineage.added()).containsExactly(newcomer);
    assertThat(byLineage.resolved()).isEmpty();
  }

  @Test
  void aPointResolvedAtTheFollowUpStaysResolvedBesideANewPoint() {
    TriggerPoint before = point(250, 170);
    Chart earlier = Chart.of(before);
    Chart carried = FollowUp.carriedForward(FIRST, earlier);
    TriggerPoint gone = carried.triggerPoints().get(0);
    TriggerPoint newcomer = point(251, 170);
    Chart later = carried.replace(gone.withCarryState(CarryState.RESOLVED)).with(newcomer);

    PointMatches matches =
        matcher.match(
            earlier.triggerPoints(),
            later.triggerPoints(),
            Lineages.between(FIRST, earlier, SECOND, later));

    assertThat(matches.matched()).isEmpty();
    assertThat(matches.resolved()).containsExactly(before);
    assertThat(matches.added()).containsExactly(newcomer);
  }

  @Test
  void lineageSpansVisitsInBetween() {
    TriggerPoint before = point(250, 170);
    Chart first = Chart.of(before);
    Chart second = FollowUp.carriedForward(FIRST, first);
    Chart third = FollowUp.carriedForward(SECOND, second);
    TriggerPoint far = third.triggerPoints().get(0).withPosition(100, 400);
    third = third.replace(far);

    Lineages lineages = Lineages.between(FIRST, first, THIRD, third);

    assertThat(lineages.pairs()).containsEntry(far.id(), before.id());
  }
}
