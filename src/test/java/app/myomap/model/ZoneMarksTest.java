package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZoneMarksTest {
  private static final ZoneShape SHAPE = ZoneShape.fromText("M10,10L50,10L50,30L10,30Z");
  private static final MarkId OWNER = MarkId.random();

  private static ReferralZone zone() {
    return new ReferralZone(
        MarkId.random(),
        BodyView.HEAD_LEFT,
        SHAPE,
        Optional.of(OWNER),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.of(PainIntensity.of(7)));
  }

  @Test
  void aReferralZoneIsAnchoredInsideItsShapeAndMovesAsAWhole() {
    ReferralZone zone = zone();
    assertThat(zone.kind()).isEqualTo(MarkKind.REFERRAL_ZONE);
    assertThat(zone.position()).isEqualTo(SHAPE.anchor());
    assertThat(SHAPE.contains(zone.position())).isTrue();
    ReferralZone moved = zone.withPosition(zone.x() + 5, zone.y() - 2);
    assertThat(moved.shape().bounds().getMinX()).isEqualTo(15);
    assertThat(moved.shape().bounds().getMinY()).isEqualTo(8);
    assertThat(moved.withPosition(zone.x(), zone.y())).isEqualTo(zone);
    assertThat(zone.isOwnedBy(OWNER)).isTrue();
    assertThat(zone.withOwner(Optional.empty()).isOwnedBy(OWNER)).isFalse();
  }

  @Test
  void aSymptomAreaKeepsItsSensationConstancyAndIntensity() {
    SymptomArea area =
        new SymptomArea(
            MarkId.random(),
            BodyView.POSTERIOR,
            SHAPE,
            SymptomSensation.PINS_AND_NEEDLES,
            Optional.empty(),
            SymptomConstancy.INTERMITTENT);
    assertThat(area.kind()).isEqualTo(MarkKind.SYMPTOM_AREA);
    SymptomArea changed =
        area.withSensation(SymptomSensation.NUMBNESS)
            .withIntensity(Optional.of(PainIntensity.of(3)))
            .withConstancy(SymptomConstancy.CONSTANT);
    assertThat(changed.sensation()).isEqualTo(SymptomSensation.NUMBNESS);
    assertThat(changed.intensity()).contains(PainIntensity.of(3));
    assertThat(changed.constancy()).isEqualTo(SymptomConstancy.CONSTANT);
    assertThat(changed.withPosition(area.x() + 1, area.y()).shape())
        .isEqualTo(SHAPE.translated(1, 0));
  }

  @Test
  void intensityIsZeroToTenAndPrintsAsARating() {
    assertThat(PainIntensity.of(0).toString()).isEqualTo("0/10");
    assertThat(PainIntensity.of(10).toString()).isEqualTo("10/10");
    assertThatThrownBy(() -> PainIntensity.of(11)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PainIntensity.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aZoneCannotOwnItselfOrMissAField() {
    MarkId id = MarkId.random();
    assertThatThrownBy(
            () ->
                new ReferralZone(
                    id,
                    BodyView.ANTERIOR,
                    SHAPE,
                    Optional.of(id),
                    ReferralKind.SPILLOVER,
                    ReferredSensation.TINGLING,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> zone().withSensation(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zonesAreDrawnBelowTriggerPointsAndFoundByOwner() {
    TriggerPoint tp =
        TriggerPoint.place(
            OWNER, BodyView.HEAD_LEFT, 30, 20, new MuscleRef("upper-trapezius"), Side.LEFT, "Dr");
    ReferralZone zone = zone();
    SymptomArea area =
        new SymptomArea(
            MarkId.random(),
            BodyView.HEAD_LEFT,
            SHAPE,
            SymptomSensation.ACHING,
            Optional.empty(),
            SymptomConstancy.CONSTANT);
    Chart chart = Chart.of(tp, zone, area);
    assertThat(chart.inDrawingOrder(BodyView.HEAD_LEFT)).containsExactly(area, zone, tp);
    assertThat(chart.zonesOf(OWNER)).containsExactly(zone);
    assertThat(chart.referralZones()).containsExactly(zone);
    assertThat(chart.symptomAreas()).containsExactly(area);
  }
}
