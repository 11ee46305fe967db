package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.ZoneShape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The warp from v1 onto the bent test atlas, whose true map is known. */
class AtlasWarpTest {
  private static Atlas v1;
  private static Atlas bent;
  private static AtlasWarp warp;

  @BeforeAll
  static void load() {
    v1 = Atlas.load("v1");
    bent = Atlas.load(WarpedAtlasFixture.VERSION);
    warp = AtlasWarp.between(v1, bent);
  }

  @Test
  void everyV1LandmarkLandsExactlyOnItsPartner() {
    for (BodyView view : v1.views()) {
      ViewWarp viewWarp = warp.view(view).orElseThrow();
      assertThat(viewWarp.pairedLandmarks()).hasSameSizeAs(v1.landmarks().names(view));
      for (String name : viewWarp.pairedLandmarks()) {
        assertThat(viewWarp.map(v1.landmarks().point(view, name)))
            .as("%s %s", view.id(), name)
            .isEqualTo(bent.landmarks().point(view, name));
      }
    }
  }

  @Test
  void onTheRealV2EveryPairedLandmarkLandsExactlyAndOnlyHandAndFootHaveNoWarp() {
    Atlas v2 = Atlas.loadOnDemand("v2");
    AtlasWarp toV2 = AtlasWarp.between(v1, v2);
    for (BodyView view : v2.views()) {
      if (!v1.hasView(view)) {
        assertThat(toV2.view(view)).as(view.id()).isEmpty();
        assertThat(AtlasWarp.between(v2, v1).view(view)).as(view.id()).isEmpty();
        continue;
      }
      ViewWarp viewWarp = toV2.view(view).orElseThrow();
      assertThat(viewWarp.pairedLandmarks()).as(view.id()).hasSizeGreaterThanOrEqualTo(3);
      for (String name : viewWarp.pairedLandmarks()) {
        assertThat(viewWarp.map(v1.landmarks().point(view, name)))
            .as("%s %s", view.id(), name)
            .isEqualTo(v2.landmarks().point(view, name));
      }
    }
    assertThat(v2.views()).contains(BodyView.HAND, BodyView.FOOT);
    // v1's hanging arm lies over the flank and v2 draws it forward: the side views move the arm
    // apart from the trunk, so the map folds nowhere.
    for (BodyView view : v1.views()) {
      assertThat(toV2.view(view).orElseThrow().foldedTriangles()).as(view.id()).isZero();
    }
  }

  @Test
  void onTheRealV2TheHangingArmOfV1MovesForwardWithTheArm() {
    Atlas v2 = Atlas.loadOnDemand("v2");
    AtlasWarp toV2 = AtlasWarp.between(v1, v2);
    for (BodyView view : List.of(BodyView.LATERAL_LEFT, BodyView.LATERAL_RIGHT)) {
      for (String muscle : List.of("biceps-brachii", "triceps-brachii", "brachioradialis")) {
        MuscleRegion before =
            v1.view(view).regions().stream()
                .filter(r -> r.muscleId().equals(muscle))
                .findFirst()
                .orElseThrow();
        MuscleRegion after = v2.view(view).region(muscle, before.side()).orElseThrow();
        assertThat(WarpedRegionsTest.iou(toV2.region(before).orElseThrow(), after.shape()))
            .as("%s %s", view.id(), muscle)
            .isGreaterThan(0.85);
      }
      // A trigger point on the biceps goes with the arm; one on the flank under it stays.
      ViewWarp warp = toV2.view(view).orElseThrow();
      MuscleRegion biceps =
          v1.view(view).regions().stream()
              .filter(r -> r.muscleId().equals("biceps-brachii"))
              .findFirst()
              .orElseThrow();
      Point2D inside = interiorPoint(biceps);
      assertThat(warp.onLimb(inside.getX(), inside.getY())).isTrue();
      Point2D.Double withArm = warp.map(inside.getX(), inside.getY(), true);
      Point2D.Double withBody = warp.map(inside.getX(), inside.getY(), false);
      assertThat(
              v2.view(view)
                  .region("biceps-brachii", biceps.side())
                  .orElseThrow()
                  .shape()
                  .contains(withArm))
          .isTrue();
      assertThat(withArm.distance(withBody)).isGreaterThan(20);
    }
  }

  private static Point2D interiorPoint(MuscleRegion region) {
    java.awt.geom.Rectangle2D bounds = region.shape().getBounds2D();
    for (double f = 0.5; f < 1; f += 0.05) {
      for (double g : new double[] {f, 1 - f}) {
        Point2D.Double p =
            new Point2D.Double(bounds.getCenterX(), bounds.getMinY() + g * bounds.getHeight());
        if (region.shape().contains(p)) {
          return p;
        }
      }
    }
    throw new AssertionError("no interior point on the middle line of " + region.regionId());
  }

  @Test
  void aPointInsideATriangleLandsInsideTheCorrespondingTriangle() {
    Random random = new Random(2026);
    for (BodyView view : v1.views()) {
      ViewWarp viewWarp = warp.view(view).orElseThrow();
      assertThat(viewWarp.foldedTriangles()).as(view.id()).isZero();
      for (Point2D[][] pair : viewWarp.triangles()) {
        for (int i = 0; i < 5; i++) {
          double a = random.nextDouble();
          double b = random.nextDouble() * (1 - a);
          double c = 1 - a - b;
          Point2D[] s = pair[0];
          Point2D[] t = pair[1];
          Point2D.Double inside =
              new Point2D.Double(
                  a * s[0].getX() + b * s[1].getX() + c * s[2].getX(),
                  a * s[0].getY() + b * s[1].getY() + c * s[2].getY());
          Point2D.Double mapped = viewWarp.map(inside);
          assertThat(insideOrOn(t, mapped)).as("%s at %s", view.id(), inside).isTrue();
        }
      }
    }
  }

  @Test
  void insideTheFigureTheWarpFollowsTheTrueBendClosely() {
    for (BodyView view : v1.views()) {
      ViewWarp viewWarp = warp.view(view).orElseThrow();
      AtlasView drawn = v1.view(view);
      Rectangle2D box = drawn.viewBox();
      double worst = 0;
      for (double x = box.getMinX(); x < box.getMaxX(); x += 2) {
        for (double y = box.getMinY(); y < box.getMaxY(); y += 2) {
          if (drawn.silhouette().contains(x, y)) {
            worst =
                Math.max(worst, viewWarp.map(x, y).distance(WarpedAtlasFixture.bend(box, x, y)));
          }
        }
      }
      // The landmarks pin the warp to within half of the largest move the bend makes.
      assertThat(worst).as(view.id()).isLessThan(WarpedAtlasFixture.largestMove(box) / 2);
    }
  }

  @Test
  void aChartIsCarriedWithItsFindingsAndItsZonesReshaped() {
    Point2D shoulder = v1.landmarks().point(BodyView.POSTERIOR, "acromion.R");
    TriggerPoint point =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            shoulder.getX(),
            shoulder.getY(),
            new MuscleRef("upper-trapezius"),
            Side.RIGHT,
            "Dr A");
    NotePin pin = new NotePin(MarkId.random(), BodyView.ANTERIOR, 200, 340, "navel");
    ZoneShape square = ZoneShape.fromText("M180,300L220,300L220,360L180,360Z");
    ReferralZone zone =
        new ReferralZone(
            MarkId.random(),
            BodyView.ANTERIOR,
            square,
            Optional.of(point.id()),
            ReferralKind.ESSENTIAL,
            ReferredSensation.PAIN,
            Optional.empty());
    Chart chart = Chart.of(point, pin, zone);

    Chart carried = warp.chart(chart);

    assertThat(carried.marks())
        .extracting(m -> m.id())
        .containsExactly(point.id(), pin.id(), zone.id());
    TriggerPoint moved = carried.triggerPoints().get(0);
    assertThat(moved.muscle()).isEqualTo(point.muscle());
    assertThat(moved.position())
        .isEqualTo(bent.landmarks().point(BodyView.POSTERIOR, "acromion.R"));
    assertThat(carried.notePins().get(0).position())
        .isEqualTo(bent.landmarks().point(BodyView.ANTERIOR, "navel"));
    ZoneShape reshaped = carried.referralZones().get(0).shape();
    Rectangle2D box = v1.view(BodyView.ANTERIOR).viewBox();
    Point2D.Double corner = WarpedAtlasFixture.bend(box, 180, 300);
    assertThat(reshaped.contains(bent.landmarks().point(BodyView.ANTERIOR, "navel"))).isTrue();
    assertThat(reshaped.distanceToEdge(corner)).isLessThan(1.5);
    assertThat(reshaped.area()).isNotEqualTo(square.area());
  }

  @Test
  void aViewOneVersionDoesNotDrawHasNoWarpAndItsMarksStayBehind() {
    Landmarks frontOnly =
        Landmarks.parse(
            new java.io.StringReader(
                "anterior\tnavel\t200\t340\nanterior\tchin\t200\t140\nanterior\tpubis\t180\t432\n"),
            "front only");
    Atlas partial = Atlas.of("v91", v1.muscles(), frontOnly, List.of(v1.view(BodyView.ANTERIOR)));
    AtlasWarp toPartial = AtlasWarp.between(v1, partial);
    NotePin back = new NotePin(MarkId.random(), BodyView.POSTERIOR, 200, 300, "back");
    NotePin front = new NotePin(MarkId.random(), BodyView.ANTERIOR, 200, 300, "front");

    assertThat(toPartial.view(BodyView.POSTERIOR)).isEmpty();
    assertThat(toPartial.view(BodyView.ANTERIOR)).isPresent();
    assertThat(toPartial.chart(Chart.of(back, front)).marks())
        .extracting(m -> m.id())
        .containsExactly(front.id());
  }

  private static boolean insideOrOn(Point2D[] t, Point2D p) {
    double tolerance = 1e-9 * 1000;
    double ab = Triangulation.cross(t[0], t[1], p);
    double bc = Triangulation.cross(t[1], t[2], p);
    double ca = Triangulation.cross(t[2], t[0], p);
    return ab >= -tolerance && bc >= -tolerance && ca >= -tolerance;
  }
}
