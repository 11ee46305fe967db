package app.myomap.compare;

import static app.myomap.compare.CompareFixtures.point;
import static app.myomap.compare.CompareFixtures.rectangle;
import static app.myomap.compare.CompareFixtures.referral;
import static app.myomap.compare.CompareFixtures.symptom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import java.awt.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The difference map's geometry on squares whose overlaps are known, and the points' fates. */
class ZoneDifferenceTest {
  /** A silhouette that holds every square below. */
  private static final Shape BODY = rectangle(0, 0, 100, 100);

  @Test
  void overlappingSquaresSplitIntoNewResolvedAndPersisting() {
    // Earlier 0..20 x 0..20, later 10..30 x 0..20: each half shared.
    Chart earlier = Chart.of(referral(BodyView.POSTERIOR, rectangle(0, 0, 20, 20)));
    Chart later = Chart.of(referral(BodyView.POSTERIOR, rectangle(10, 0, 20, 20)));

    ZoneDifference d = ZoneDifference.between(earlier, later, BodyView.POSTERIOR, BODY);

    assertThat(d.resolvedArea()).isCloseTo(200, within(1e-9));
    assertThat(d.persistingArea()).isCloseTo(200, within(1e-9));
    assertThat(d.addedArea()).isCloseTo(200, within(1e-9));
    assertThat(d.added().getBounds2D().getMinX()).isEqualTo(20.0);
    assertThat(d.resolved().getBounds2D().getMaxX()).isEqualTo(10.0);
  }

  @Test
  void identicalVisitsOnlyPersist() {
    Chart chart = Chart.of(referral(BodyView.POSTERIOR, rectangle(10, 10, 30, 30)));

    ZoneDifference d = ZoneDifference.between(chart, chart, BodyView.POSTERIOR, BODY);

    assertThat(d.persistingArea()).isCloseTo(900, within(1e-9));
    assertThat(d.addedArea()).isZero();
    assertThat(d.resolvedArea()).isZero();
  }

  @Test
  void zonesAndSymptomAreasOfOneVisitCountOnceAndOnlyInsideTheSilhouette() {
    // Two overlapping zones at the earlier visit, one reaching past the body's edge at x = 100.
    Chart earlier =
        Chart.of(
            referral(BodyView.POSTERIOR, rectangle(80, 0, 40, 10)),
            symptom(BodyView.POSTERIOR, rectangle(80, 0, 10, 10)));
    Chart later = Chart.empty();

    ZoneDifference d = ZoneDifference.between(earlier, later, BodyView.POSTERIOR, BODY);

    assertThat(d.resolvedArea()).isCloseTo(200, within(1e-9));
    assertThat(d.addedArea()).isZero();
  }

  @Test
  void otherViewsAndEmptyChartsGiveNothing() {
    Chart earlier = Chart.of(referral(BodyView.ANTERIOR, rectangle(0, 0, 20, 20)));

    ZoneDifference d = ZoneDifference.between(earlier, Chart.empty(), BodyView.POSTERIOR, BODY);

    assertThat(d.isEmpty()).isTrue();
  }

  @Test
  void pointsAreNewResolvedPersistingOrChanged() {
    TriggerPoint kept = point("upper-trapezius", Side.RIGHT, 250, 170);
    TriggerPoint wasActive =
        point("infraspinatus", Side.RIGHT, 240, 220).withStatus(TriggerPointStatus.ACTIVE);
    TriggerPoint nowLatent = wasActive.withStatus(TriggerPointStatus.LATENT);
    TriggerPoint gone = point("levator-scapulae", Side.LEFT, 160, 150);
    TriggerPoint fresh = point("rhomboid-major", Side.LEFT, 170, 200);

    PointMatches matches =
        new TriggerPointMatcher(10)
            .match(List.of(kept, wasActive, gone), List.of(kept, nowLatent, fresh), Map.of());
    List<FatedPoint> fates = FatedPoint.of(matches);

    assertThat(fates)
        .containsExactlyInAnyOrder(
            new FatedPoint(kept, PointFate.PERSISTING),
            new FatedPoint(nowLatent, PointFate.CHANGED),
            new FatedPoint(gone, PointFate.RESOLVED),
            new FatedPoint(fresh, PointFate.NEW));
  }
}
