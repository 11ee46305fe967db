package app.myomap.compare;

import static app.myomap.compare.CompareFixtures.point;
import static app.myomap.compare.CompareFixtures.symptom;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visit charted on v1 compared with one charted on the bent test atlas (v1 with every coordinate
 * moved by a known smooth bend): the same findings, charted where the anatomy is on each version,
 * agree and pair as on one version; the coordinates alone would not.
 */
class AcrossVersionsComparerTest {
  private static final String BENT = app.myomap.atlas.WarpedAtlasFixture.VERSION;
  private static Atlas v1;
  private static Atlas bent;
  private static Rectangle2D posteriorBox;

  @BeforeAll
  static void load() {
    v1 = CompareFixtures.atlas();
    bent = Atlas.load(BENT);
    posteriorBox = v1.view(BodyView.POSTERIOR).viewBox();
  }

  @Test
  void theSameFindingsChartedOnEachVersionAgreeAndPair() {
    Point2D shoulder = v1.landmarks().point(BodyView.POSTERIOR, "acromion.R");
    Point2D back = v1.landmarks().point(BodyView.POSTERIOR, "t7");
    Chart earlier =
        Chart.of(
            point("upper-trapezius", Side.RIGHT, shoulder.getX() - 20, shoulder.getY() + 2),
            symptom(BodyView.POSTERIOR, circleAt(back, 20)));
    Chart later =
        Chart.of(
            point(
                "upper-trapezius",
                Side.RIGHT,
                bent(shoulder.getX() - 20, shoulder.getY() + 2).x,
                bent(shoulder.getX() - 20, shoulder.getY() + 2).y),
            symptom(BodyView.POSTERIOR, bent(circleAt(back, 20))));

    VisitComparison across = new VisitComparer().compare(earlier, v1, later, bent);
    VisitComparison naive = new VisitComparer().compare(earlier, v1, later, v1);

    assertThat(across.locationAgreement().orElseThrow().view(BodyView.POSTERIOR))
        .isGreaterThan(0.9);
    assertThat(naive.locationAgreement().orElseThrow().view(BodyView.POSTERIOR))
        .as("the raw coordinates of the two versions do not lie over each other")
        .isLessThan(0.6);
    assertThat(across.points().persisting()).hasSize(1);
    assertThat(across.points().persisting().get(0).distance()).isLessThan(2);
    assertThat(across.laterWpi()).as("v1's areas carried onto the bent version").isPresent();
    assertThat(across.laterWpi().orElseThrow().touched())
        .isEqualTo(across.earlierWpi().orElseThrow().touched());
  }

  @Test
  void acrossVersionsAPointFarFromTheEarlierOneIsANewPoint() {
    Chart earlier = Chart.of(point("infraspinatus", Side.RIGHT, 240, 225));
    Point2D.Double far = bent(240, 265);
    TriggerPoint elsewhere = point("infraspinatus", Side.RIGHT, far.x, far.y);

    VisitComparison comparison =
        new VisitComparer().compare(earlier, v1, Chart.of(elsewhere), bent);

    assertThat(comparison.points().persisting()).isEmpty();
    assertThat(comparison.points().added())
        .extracting(TriggerPoint::id)
        .containsExactly(elsewhere.id());
    assertThat(comparison.points().resolved()).hasSize(1);
  }

  @Test
  void marksOnAViewTheLaterVersionDoesNotDrawLeaveAgreementOutAndPairByMuscle() {
    // A later version drawing only the front and the back: the earlier side view has nowhere to go.
    Atlas frontAndBack =
        Atlas.of(
            "v91",
            v1.muscles(),
            v1.landmarks(),
            java.util.List.of(v1.view(BodyView.ANTERIOR), v1.view(BodyView.POSTERIOR)));
    Chart earlier =
        Chart.of(
            TriggerPoint.place(
                app.myomap.model.MarkId.random(),
                BodyView.LATERAL_RIGHT,
                180,
                230,
                new app.myomap.model.MuscleRef("infraspinatus"),
                Side.RIGHT,
                "Dr Lee"),
            symptom(BodyView.LATERAL_RIGHT, circleAt(new Point2D.Double(160, 300), 20)));
    TriggerPoint far = point("infraspinatus", Side.RIGHT, 240, 300);

    VisitComparison comparison =
        new VisitComparer().compare(earlier, v1, Chart.of(far), frontAndBack);

    assertThat(comparison.locationAgreement()).isEmpty();
    assertThat(comparison.points().persisting())
        .singleElement()
        .satisfies(m -> assertThat(m.pairing()).isEqualTo(PointMatch.Pairing.MUSCLE_AND_SIDE));
  }

  private static Point2D.Double bent(double x, double y) {
    return app.myomap.atlas.WarpedAtlasFixture.bend(posteriorBox, x, y);
  }

  private static Path2D.Double bent(java.awt.Shape shape) {
    Path2D.Double out = new Path2D.Double();
    double[] c = new double[6];
    for (var it = shape.getPathIterator(null, 0.05); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == java.awt.geom.PathIterator.SEG_CLOSE) {
        out.closePath();
        continue;
      }
      Point2D.Double p = bent(c[0], c[1]);
      if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
        out.moveTo(p.x, p.y);
      } else {
        out.lineTo(p.x, p.y);
      }
    }
    return out;
  }

  private static Ellipse2D circleAt(Point2D centre, double radius) {
    return new Ellipse2D.Double(
        centre.getX() - radius, centre.getY() - radius, 2 * radius, 2 * radius);
  }
}
