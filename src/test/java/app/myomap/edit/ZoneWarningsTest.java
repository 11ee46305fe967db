package app.myomap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.ZoneShape;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZoneWarningsTest {
  private static final Rectangle2D SILHOUETTE = new Rectangle2D.Double(100, 40, 200, 800);

  private static ReferralZone zone(BodyView view, String path) {
    return new ReferralZone(
        MarkId.random(),
        view,
        ZoneShape.fromText(path),
        Optional.empty(),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.empty());
  }

  private static SymptomArea area(String path) {
    return new SymptomArea(
        MarkId.random(),
        BodyView.POSTERIOR,
        ZoneShape.fromText(path),
        SymptomSensation.ACHING,
        Optional.empty(),
        SymptomConstancy.CONSTANT);
  }

  @Test
  void aReferralZoneOnBothSidesOfTheMidlineIsWarnedAbout() {
    ReferralZone across = zone(BodyView.POSTERIOR, "M180,300L230,300L230,320L180,320Z");
    assertThat(ZoneWarnings.midlineCrossing(across, 200))
        .hasValueSatisfying(
            w -> {
              assertThat(w.zone()).isEqualTo(across.id());
              assertThat(w.reason()).isEqualTo(ZoneWarning.Reason.CROSSES_MIDLINE);
              assertThat(w.share()).isCloseTo(0.4, within(1e-9));
              assertThat(w.reason().key()).isEqualTo("zoneWarning.crossesMidline");
            });
  }

  @Test
  void aZoneJustTouchingTheMidlineOrOnASideViewOrASymptomAreaIsNot() {
    assertThat(
            ZoneWarnings.midlineCrossing(
                zone(BodyView.ANTERIOR, "M150,300L201,300L201,320L150,320Z"), 200))
        .isEmpty();
    assertThat(
            ZoneWarnings.midlineCrossing(
                zone(BodyView.LATERAL_LEFT, "M180,300L230,300L230,320L180,320Z"), 200))
        .isEmpty();
    assertThat(ZoneWarnings.midlineCrossing(area("M180,300L230,300L230,320L180,320Z"), 200))
        .isEmpty();
    assertThat(
            ZoneWarnings.midlineCrossing(
                zone(BodyView.ANTERIOR, "M100,300L150,300L150,320L100,320Z"), 200))
        .isEmpty();
  }

  @Test
  void aZoneMostlyOutsideTheSilhouetteIsWarnedAbout() {
    SymptomArea outside = area("M60,300L130,300L130,320L60,320Z");
    SymptomArea inside = area("M80,300L130,300L130,320L80,320Z");
    assertThat(ZoneWarnings.outsideSilhouette(outside, SILHOUETTE))
        .hasValueSatisfying(w -> assertThat(w.share()).isCloseTo(40 / 70.0, within(1e-9)));
    assertThat(ZoneWarnings.outsideSilhouette(inside, SILHOUETTE)).isEmpty();
  }
}
