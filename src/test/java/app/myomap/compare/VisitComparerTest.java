package app.myomap.compare;

import static app.myomap.compare.CompareFixtures.atlas;
import static app.myomap.compare.CompareFixtures.circle;
import static app.myomap.compare.CompareFixtures.point;
import static app.myomap.compare.CompareFixtures.referral;
import static app.myomap.compare.CompareFixtures.symptom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ReferralZone;
import app.myomap.model.Side;
import app.myomap.testing.SampleCharts;
import org.junit.jupiter.api.Test;

class VisitComparerTest {
  private final VisitComparer comparer = new VisitComparer();

  @Test
  void identicalVisitsAgreeFullyWithNothingNewOrResolved() {
    Chart chart = new SampleCharts(atlas()).chart;

    VisitComparison comparison = comparer.compare(chart, atlas(), chart, atlas());

    assertThat(comparison.locationAgreement())
        .hasValueSatisfying(
            a -> {
              assertThat(a.overall()).isEqualTo(1.0);
              assertThat(a.view(BodyView.POSTERIOR)).isEqualTo(1.0);
            });
    assertThat(comparison.points().added()).isEmpty();
    assertThat(comparison.points().resolved()).isEmpty();
    assertThat(comparison.points().persisting()).hasSize(2);
    assertThat(comparison.paintedChange().deltaPoints()).isZero();
    assertThat(comparison.paintedChange().label()).isEqualTo(ChangeLabel.WITHIN_ERROR);
    assertThat(comparison.earlierWpi()).isEqualTo(comparison.laterWpi());
    assertThat(comparison.laterCounts()).isEqualTo(ChartCounts.of(chart));
  }

  @Test
  void twoEmptyVisitsAgreeFully() {
    VisitComparison comparison = comparer.compare(Chart.empty(), atlas(), Chart.empty(), atlas());

    assertThat(comparison.locationAgreement().orElseThrow().overall()).isEqualTo(1.0);
    assertThat(comparison.laterWpi().orElseThrow().score()).isZero();
  }

  @Test
  void disjointZonesAgreeNotAtAllAndHalfOverlapIsAThird() {
    ReferralZone left = referral(BodyView.POSTERIOR, CompareFixtures.rectangle(170, 220, 40, 40));
    ReferralZone right = referral(BodyView.POSTERIOR, CompareFixtures.rectangle(210, 220, 40, 40));
    ReferralZone middle = referral(BodyView.POSTERIOR, CompareFixtures.rectangle(190, 220, 40, 40));

    assertThat(
            comparer
                .compare(Chart.of(left), atlas(), Chart.of(right), atlas())
                .locationAgreement()
                .orElseThrow()
                .overall())
        .isEqualTo(0.0);
    // Overlap 20x40 over union 60x40.
    assertThat(
            comparer
                .compare(Chart.of(left), atlas(), Chart.of(middle), atlas())
                .locationAgreement()
                .orElseThrow()
                .view(BodyView.POSTERIOR))
        .isCloseTo(1.0 / 3, within(0.001));
  }

  @Test
  void extentChangeIsLabelledAgainstTheSmallestDetectableChange() {
    Chart before = Chart.of(symptom(BodyView.POSTERIOR, circle(200, 300, 20)));
    Chart slightlyBigger = Chart.of(symptom(BodyView.POSTERIOR, circle(200, 300, 21)));
    Chart muchBigger = Chart.of(symptom(BodyView.POSTERIOR, circle(200, 300, 60)));

    VisitComparison small = comparer.compare(before, atlas(), slightlyBigger, atlas());
    VisitComparison large = comparer.compare(before, atlas(), muchBigger, atlas());

    assertThat(small.symptomChange().deltaPoints()).isPositive().isLessThan(0.4);
    assertThat(small.symptomChange().label()).isEqualTo(ChangeLabel.WITHIN_ERROR);
    assertThat(large.symptomChange().deltaPoints()).isGreaterThan(0.4);
    assertThat(large.symptomChange().label()).isEqualTo(ChangeLabel.LIKELY_REAL);
    assertThat(large.referralChange().deltaPoints()).isZero();
    assertThat(large.paintedChange(BodyView.POSTERIOR).deltaPoints())
        .isGreaterThan(large.paintedChange().deltaPoints());

    VisitComparer strict =
        new VisitComparer(CompareSettings.DEFAULTS.withSmallestDetectableChange(0.01));
    assertThat(strict.compare(before, atlas(), slightlyBigger, atlas()).symptomChange().label())
        .isEqualTo(ChangeLabel.LIKELY_REAL);
  }

  @Test
  void movedPointsFollowTheConfiguredTolerance() {
    Chart before = Chart.of(point("upper-trapezius", Side.RIGHT, 250, 170));
    Chart after = Chart.of(before.triggerPoints().get(0).withPosition(250, 180));

    assertThat(comparer.compare(before, atlas(), after, atlas()).points().persisting()).hasSize(1);
    VisitComparison tight =
        new VisitComparer(CompareSettings.DEFAULTS.withMatchTolerance(5))
            .compare(before, atlas(), after, atlas());
    assertThat(tight.points().resolved()).hasSize(1);
    assertThat(tight.points().added()).hasSize(1);
  }
}
