package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranked region lookups on the lateral and head views at points built from named landmarks where
 * DOMAIN.md places each muscle: the expected muscle and side must be found, first when it is
 * superficial, anywhere in the list when it is deep.
 *
 * <p>Each point is {@code from + t * (to - from)} moved {@code forward} units towards the patient's
 * front (to the viewer's left on the left views, right on the right views) and {@code down} units
 * downwards ({@code to} "-" means the landmark itself). One body-view unit is about 2.3 mm on an
 * adult; the head views are 2.6 times larger.
 */
class SideHeadLookupCasesTest {

  private static RegionLookup lookup;
  private static Landmarks landmarks;
  private static MuscleCatalogue muscles;

  @BeforeAll
  static void load() {
    List<MuscleRegion> regions = new ArrayList<>();
    for (BodyView view :
        List.of(
            BodyView.LATERAL_LEFT,
            BodyView.LATERAL_RIGHT,
            BodyView.HEAD_LEFT,
            BodyView.HEAD_RIGHT)) {
      regions.addAll(Atlas.loadView("v1", view).regions());
    }
    lookup = RegionLookup.of(regions);
    landmarks = Landmarks.load("v1");
    muscles = MuscleCatalogue.load("v1");
  }

  @ParameterizedTest(name = "{0} {1}.{2}: {3} -> {4} t={5} forward {6} down {7}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # view      | muscle                         | side | from               | to                 | t    | forward | down
          head-left     | masseter                       | L | zygomatic-arch     | mandible-angle     | 0.5  | 8   | 0
          head-right    | masseter                       | R | mandible-angle     | -                  | 0    | 10  | -12
          head-left     | temporalis                     | L | zygomatic-arch     | -                  | 0    | 0   | -30
          head-right    | temporalis                     | R | temple             | -                  | 0    | 0   | 0
          head-left     | sternocleidomastoid            | L | mastoid            | sternal-notch      | 0.5  | 0   | 0
          head-right    | sternocleidomastoid            | R | mastoid            | -                  | 0    | 5   | 15
          head-left     | upper-trapezius                | L | c7                 | acromion           | 0.5  | 0   | 0
          head-right    | upper-trapezius                | R | c7                 | acromion           | 0.4  | 0   | -6
          head-left     | suboccipitals                  | L | mastoid            | occiput            | 0.5  | 0   | 8
          head-right    | suboccipitals                  | R | mastoid            | occiput            | 0.6  | 0   | 10
          head-left     | splenius-capitis               | L | mastoid            | occiput            | 0.5  | 0   | 30
          head-right    | levator-scapulae               | R | mastoid            | c7                 | 0.4  | 2   | 0
          head-left     | scalenes                       | L | acromion           | -                  | 0    | -12 | -18
          head-right    | scalenes                       | R | sternal-notch      | c7                 | 0.45 | 0   | -8
          lateral-left  | upper-trapezius                | L | acromion           | c7                 | 0.6  | 0   | 0
          lateral-right | sternocleidomastoid            | R | mastoid            | sternal-notch      | 0.5  | -3  | 0
          lateral-left  | scalenes                       | L | acromion           | -                  | 0    | -5  | -8
          lateral-right | levator-scapulae               | R | mastoid            | c7                 | 0.45 | 2   | 0
          lateral-left  | deltoid                        | L | acromion           | -                  | 0    | 0   | 20
          lateral-right | pectoralis-major               | R | nipple             | clavicle-mid       | 0.5  | 0   | 0
          lateral-left  | serratus-anterior              | L | nipple             | -                  | 0    | -25 | 30
          lateral-right | latissimus-dorsi               | R | axilla-posterior   | -                  | 0    | -8  | 20
          lateral-left  | quadratus-lumborum             | L | rib-12             | -                  | 0    | -3  | 25
          lateral-right | biceps-brachii                 | R | elbow              | -                  | 0    | 12  | -35
          lateral-left  | triceps-brachii                | L | elbow              | -                  | 0    | -15 | -45
          lateral-right | brachioradialis                | R | elbow              | -                  | 0    | 12  | 20
          lateral-left  | extensor-carpi-radialis-longus | L | lateral-epicondyle | -                  | 0    | 7   | 12
          lateral-right | extensor-carpi-radialis-brevis | R | lateral-epicondyle | -                  | 0    | 3   | 25
          lateral-left  | gluteus-medius                 | L | asis               | iliac-crest        | 0.45 | 0   | 8
          lateral-right | gluteus-minimus                | R | greater-trochanter | -                  | 0    | 15  | -5
          lateral-left  | tensor-fasciae-latae           | L | asis               | -                  | 0    | -10 | 20
          lateral-right | gluteus-maximus                | R | psis               | gluteal-fold       | 0.5  | 0   | 0
          lateral-left  | vastus-lateralis               | L | mid-thigh          | -                  | 0    | 0   | 0
          lateral-right | rectus-femoris                 | R | mid-thigh          | -                  | 0    | 28  | 0
          lateral-left  | biceps-femoris                 | L | mid-thigh          | -                  | 0    | -30 | 0
          lateral-right | fibularis-longus               | R | fibular-head       | -                  | 0    | 3   | 13
          lateral-left  | tibialis-anterior              | L | fibular-head       | -                  | 0    | 20  | 20
          lateral-right | gastrocnemius                  | R | knee               | -                  | 0    | -25 | 50
          lateral-left  | soleus                         | L | lateral-malleolus  | -                  | 0    | -10 | -45
          """)
  void landmarkPointFindsTheMuscleOnTheViewSide(
      String viewId,
      String muscleId,
      String sideCode,
      String from,
      String to,
      double t,
      double forward,
      double down) {
    BodyView view = BodyView.ofId(viewId);
    Side side = Side.ofCode(sideCode);
    Point2D point = point(view, from, to, t, forward, down);

    List<MuscleRegion> ranked = lookup.at(view, point);

    assertThat(ranked)
        .as("%s at %s", viewId, point)
        .anyMatch(r -> r.muscleId().equals(muscleId) && r.side() == side);
    assertThat(ranked).allMatch(r -> r.side() == side && r.view() == view);
    if (muscles.require(muscleId).depth() == Depth.SUPERFICIAL) {
      assertThat(ranked.get(0).muscleId()).as("%s at %s", viewId, point).isEqualTo(muscleId);
    }
  }

  private static Point2D point(
      BodyView view, String from, String to, double t, double forward, double down) {
    Point2D a = landmarks.point(view, from);
    Point2D b = to.equals("-") ? a : landmarks.point(view, to);
    boolean frontToTheLeft = view == BodyView.LATERAL_LEFT || view == BodyView.HEAD_LEFT;
    double dx = frontToTheLeft ? -forward : forward;
    return new Point2D.Double(
        a.getX() + t * (b.getX() - a.getX()) + dx, a.getY() + t * (b.getY() - a.getY()) + down);
  }
}
