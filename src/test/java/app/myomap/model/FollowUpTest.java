package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Carrying a visit's findings forward into a follow-up visit. */
class FollowUpTest {
  private static final String FIRST = UUID.randomUUID().toString();
  private static final String SECOND = UUID.randomUUID().toString();

  private static TriggerPoint needledPoint() {
    return new TriggerPoint(
        MarkId.random(),
        BodyView.POSTERIOR,
        120,
        80,
        new MuscleRef("upper-trapezius"),
        Side.RIGHT,
        TriggerPointStatus.LATENT,
        Set.of(TriggerPointCriterion.TAUT_BAND),
        Optional.of(new PressurePainThreshold(3.5, PressureUnit.KG_PER_CM2)),
        true,
        "Dr Lee",
        "tender",
        TwitchResponse.absent().withCount(2));
  }

  private static ReferralZone zoneOf(TriggerPoint owner) {
    return new ReferralZone(
        MarkId.random(),
        BodyView.POSTERIOR,
        ZoneShape.of(new java.awt.geom.Area(new Rectangle2D.Double(100, 100, 40, 30)))
            .orElseThrow(),
        Optional.of(owner.id()),
        ReferralKind.ESSENTIAL,
        ReferredSensation.DEEP_ACHE,
        Optional.of(new PainIntensity(6)));
  }

  @Test
  void everyFindingIsCarriedAsANewMarkThatKnowsWhereItCameFrom() {
    TriggerPoint point = needledPoint();
    ReferralZone zone = zoneOf(point);
    NotePin pin = new NotePin(MarkId.random(), BodyView.POSTERIOR, 10, 10, "bring MRI");

    Chart carried = FollowUp.carriedForward(FIRST, Chart.of(point, zone, pin));

    assertThat(carried.marks()).hasSize(2);
    TriggerPoint copy = carried.triggerPoints().get(0);
    assertThat(copy.id()).isNotEqualTo(point.id());
    assertThat(copy.carry())
        .contains(new Carry(FIRST, point.id(), FIRST, point.id(), CarryState.NOT_REEXAMINED));
    assertThat(copy.awaitsReexamination()).isTrue();
    // What describes the point comes along ...
    assertThat(copy.position()).isEqualTo(point.position());
    assertThat(copy.muscle()).isEqualTo(point.muscle());
    assertThat(copy.status()).isEqualTo(TriggerPointStatus.LATENT);
    assertThat(copy.criteria()).isEqualTo(point.criteria());
    assertThat(copy.note()).isEqualTo("tender");
    // ... what happened to it that day does not.
    assertThat(copy.needled()).isFalse();
    assertThat(copy.twitch()).isEqualTo(TwitchResponse.notTested());
    assertThat(copy.pressurePainThreshold()).isEmpty();
    ReferralZone zoneCopy = carried.referralZones().get(0);
    assertThat(zoneCopy.owner()).contains(copy.id());
    assertThat(zoneCopy.shape()).isEqualTo(zone.shape());
    assertThat(zoneCopy.carry().orElseThrow().originMarkId()).isEqualTo(zone.id());
  }

  @Test
  void theLineReachesBackToTheFirstChartingAndResolvedFindingsStayBehind() {
    TriggerPoint point = needledPoint();
    TriggerPoint other = needledPoint().withPosition(200, 200);
    Chart second = FollowUp.carriedForward(FIRST, Chart.of(point, other));
    TriggerPoint secondPoint = second.triggerPoints().get(0);
    TriggerPoint secondOther = second.triggerPoints().get(1);
    second = second.replace(secondOther.withCarryState(CarryState.RESOLVED));

    Chart third = FollowUp.carriedForward(SECOND, second);

    assertThat(third.triggerPoints()).hasSize(1);
    Carry carry = third.triggerPoints().get(0).carry().orElseThrow();
    assertThat(carry.originVisitId()).isEqualTo(SECOND);
    assertThat(carry.originMarkId()).isEqualTo(secondPoint.id());
    assertThat(carry.rootVisitId()).isEqualTo(FIRST);
    assertThat(carry.rootMarkId()).isEqualTo(point.id());
    assertThat(Carry.lineOf(SECOND, secondPoint)).isEqualTo(Carry.lineOf(FIRST, point));
  }

  @Test
  void aResolvedMarkStaysInTheChartButIsNoLongerAFinding() {
    Chart carried = FollowUp.carriedForward(FIRST, Chart.of(needledPoint()));
    TriggerPoint copy = carried.triggerPoints().get(0);

    Chart resolved = carried.replace(copy.withCarryState(CarryState.RESOLVED));

    assertThat(resolved.marks()).hasSize(1);
    assertThat(resolved.triggerPoints()).isEmpty();
    assertThat(resolved.marks(BodyView.POSTERIOR)).isEmpty();
    assertThat(resolved.resolved()).extracting(Mark::id).containsExactly(copy.id());
    assertThat(resolved.awaitingReexamination()).isEmpty();
  }
}
