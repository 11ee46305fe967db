package app.myomap.compare;

import static app.myomap.compare.CompareFixtures.atlas;
import static app.myomap.compare.CompareFixtures.circle;
import static app.myomap.compare.CompareFixtures.rectangle;
import static app.myomap.compare.CompareFixtures.referral;
import static app.myomap.compare.CompareFixtures.symptom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.atlas.AtlasView;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ReferralZone;
import app.myomap.model.Zone;
import app.myomap.model.geometry.ShapeArea;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PainExtentTest {
  private final PainExtent extent = new PainExtent();

  /** The left half of the silhouette's bounds covers half of the (mirror-symmetric) figure. */
  private static ReferralZone leftHalf(BodyView view) {
    Rectangle2D b = atlas().view(view).silhouette().getBounds2D();
    return referral(
        view, rectangle(b.getX() - 1, b.getY() - 1, b.getWidth() / 2 + 1, b.getHeight() + 2));
  }

  @Test
  void halfTheSilhouetteIsFiftyPercent() {
    for (BodyView view : List.of(BodyView.ANTERIOR, BodyView.POSTERIOR)) {
      Extent measured = extent.measure(List.of(leftHalf(view)), atlas().view(view));
      assertThat(measured.referralPercent()).as(view.id()).isCloseTo(50, within(0.1));
      assertThat(measured.symptomPercent()).isZero();
      assertThat(measured.paintedPercent()).isCloseTo(50, within(0.1));
    }
  }

  @Test
  void maskAgreesWithExactAreas() {
    AtlasView view = atlas().view(BodyView.POSTERIOR);
    List<Zone> zones = new ArrayList<>();
    Area union = new Area();
    for (int i = 0; i < 12; i++) {
      ReferralZone zone = referral(BodyView.POSTERIOR, circle(120 + 15 * i, 200 + 37 * i, 18 + i));
      zones.add(zone);
      union.add(zone.shape().toArea());
    }
    Area silhouette = new Area(view.silhouette());
    union.intersect(silhouette);
    double exactPercent = 100 * ShapeArea.of(union) / ShapeArea.of(silhouette);

    Extent measured = extent.measure(zones, view);

    assertThat(measured.referralPercent()).isCloseTo(exactPercent, within(0.02));
    assertThat(measured.silhouetteArea())
        .isCloseTo(ShapeArea.of(silhouette), within(ShapeArea.of(silhouette) * 0.001));
  }

  @Test
  void overlapsWithinOneVisitCountOnce() {
    AtlasView view = atlas().view(BodyView.POSTERIOR);
    ReferralZone one = referral(BodyView.POSTERIOR, circle(200, 250, 30));
    ReferralZone same = referral(BodyView.POSTERIOR, circle(200, 250, 30));
    ReferralZone shifted = referral(BodyView.POSTERIOR, circle(220, 250, 30));

    double single = extent.measure(List.of(one), view).referralArea();
    assertThat(extent.measure(List.of(one, same), view).referralArea()).isEqualTo(single);
    Area union = one.shape().toArea();
    union.add(shifted.shape().toArea());
    assertThat(extent.measure(List.of(one, shifted), view).referralArea())
        .isCloseTo(ShapeArea.of(union), within(ShapeArea.of(union) * 0.005));
  }

  @Test
  void zoneOutsideTheSilhouetteDoesNotCount() {
    AtlasView view = atlas().view(BodyView.ANTERIOR);
    Extent measured =
        extent.measure(List.of(referral(BodyView.ANTERIOR, rectangle(5, 600, 60, 200))), view);
    assertThat(measured.referralArea()).isZero();
    assertThat(measured.silhouetteArea()).isPositive();
  }

  @Test
  void referralAndSymptomAreasAreMeasuredSeparatelyAndTogetherOnce() {
    AtlasView view = atlas().view(BodyView.POSTERIOR);
    ReferralZone zone = referral(BodyView.POSTERIOR, rectangle(180, 220, 40, 40));
    Zone area = symptom(BodyView.POSTERIOR, rectangle(200, 220, 40, 40));

    Extent measured = extent.measure(List.of(zone, area), view);

    assertThat(measured.referralArea()).isCloseTo(1600, within(1.0));
    assertThat(measured.symptomArea()).isCloseTo(1600, within(1.0));
    assertThat(measured.paintedArea()).isCloseTo(2400, within(1.0));
  }

  @Test
  void frontAndBackAddUpWhileLateralViewsStandApart() {
    Chart chart =
        Chart.of(
            leftHalf(BodyView.ANTERIOR),
            referral(BodyView.LATERAL_LEFT, rectangle(100, 200, 80, 80)));

    VisitExtent visit = extent.measure(chart, atlas());

    double front = visit.view(BodyView.ANTERIOR).silhouetteArea();
    double back = visit.view(BodyView.POSTERIOR).silhouetteArea();
    assertThat(visit.frontAndBack().referralPercent())
        .isCloseTo(100 * (front / 2) / (front + back), within(0.1));
    assertThat(visit.view(BodyView.LATERAL_LEFT).referralArea()).isPositive();
    assertThat(visit.views())
        .containsOnlyKeys(BodyView.ANTERIOR, BodyView.POSTERIOR, BodyView.LATERAL_LEFT);
    assertThat(visit.view(BodyView.HEAD_LEFT)).isEqualTo(Extent.NONE);
  }

  @Test
  void frontAndBackOfOneMeasurerAfterAnotherChartEqualsAFreshMeasure() {
    Chart first =
        Chart.of(leftHalf(BodyView.ANTERIOR), symptom(BodyView.POSTERIOR, circle(200, 400, 60)));
    Chart second = Chart.of(referral(BodyView.POSTERIOR, circle(220, 260, 30)));

    assertThat(extent.frontAndBack(first, atlas()))
        .isEqualTo(extent.measure(first, atlas()).frontAndBack());
    // The masks of the first chart are cleared, not added to.
    assertThat(extent.frontAndBack(second, atlas()))
        .isEqualTo(new PainExtent().measure(second, atlas()).frontAndBack());
    assertThat(extent.frontAndBack(Chart.empty(), atlas()).paintedArea()).isZero();
  }

  @Test
  void emptyChartHasNoExtent() {
    VisitExtent visit = extent.measure(Chart.empty(), atlas());
    assertThat(visit.frontAndBack().paintedPercent()).isZero();
    assertThat(visit.frontAndBack().silhouetteArea()).isPositive();
  }

  @Test
  void trackerUpdatedInsideAStrokesBoundsMatchesAFullMeasure() {
    AtlasView view = atlas().view(BodyView.POSTERIOR);
    List<Zone> zones = new ArrayList<>();
    zones.add(referral(BodyView.POSTERIOR, circle(200, 250, 40)));
    zones.add(symptom(BodyView.POSTERIOR, circle(150, 400, 30)));
    ExtentTracker tracker = new ExtentTracker(extent, view, zones);

    ReferralZone stroke = referral(BodyView.POSTERIOR, circle(225, 260, 25));
    zones.add(stroke);
    tracker.update(zones, stroke.shape().bounds());
    assertThat(tracker.extent()).isEqualTo(extent.measure(zones, view));

    Zone removed = zones.remove(0);
    tracker.update(zones, removed.shape().bounds());
    assertThat(tracker.extent()).isEqualTo(extent.measure(zones, view));
  }
}
