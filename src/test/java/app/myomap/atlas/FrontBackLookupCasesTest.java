package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranked region lookups on the anterior and posterior views at points built from named landmarks
 * where DOMAIN.md places each muscle: the expected muscle and side must be found, first when it is
 * superficial.
 *
 * <p>A point reads "from .. to @ t + dx,dy": the landmark {@code from}, moved the fraction {@code
 * t} towards {@code to}, then offset by (dx, dy) outline units (one unit is about 2.3 mm on an
 * adult).
 */
class FrontBackLookupCasesTest {

  private static final Pattern SPEC =
      Pattern.compile(
          "([\\w.-]+)(?: \\.\\. ([\\w.-]+) @ ([\\d.]+))?" + "(?: \\+ (-?[\\d.]+),(-?[\\d.]+))?");

  private static RegionLookup lookup;
  private static Landmarks landmarks;
  private static MuscleCatalogue muscles;

  @BeforeAll
  static void load() {
    List<MuscleRegion> regions = new ArrayList<>();
    regions.addAll(Atlas.loadView("v1", BodyView.ANTERIOR).regions());
    regions.addAll(Atlas.loadView("v1", BodyView.POSTERIOR).regions());
    lookup = RegionLookup.of(regions);
    landmarks = Landmarks.load("v1");
    muscles = MuscleCatalogue.load("v1");
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          upper-trapezius.R        | clavicle-mid.R .. acromion.R @ 0.5 + 0,-7
          upper-trapezius.L        | clavicle-mid.L .. acromion.L @ 0.5 + 0,-7
          sternocleidomastoid.R    | jaw-angle.R .. sternal-notch @ 0.45
          sternocleidomastoid.L    | jaw-angle.L .. sternal-notch @ 0.45
          scalenes.R               | clavicle-mid.R .. sternal-notch @ 0.4 + 0,-9
          deltoid.R                | acromion.R .. deltoid-insertion.R @ 0.35
          deltoid.L                | acromion.L .. deltoid-insertion.L @ 0.35
          pectoralis-major.R       | nipple.R .. sternal-notch @ 0.35
          pectoralis-major.L       | nipple.L .. sternal-notch @ 0.35
          pectoralis-minor.R       | coracoid.R .. nipple.R @ 0.5
          serratus-anterior.R      | nipple.R + -18,32
          serratus-anterior.L      | nipple.L + 18,32
          biceps-brachii.R         | elbow.R .. deltoid-insertion.R @ 0.3
          biceps-brachii.L         | elbow.L .. deltoid-insertion.L @ 0.3
          brachioradialis.R        | lateral-epicondyle.R .. wrist.R @ 0.3
          wrist-flexors.R          | medial-epicondyle.R .. wrist.R @ 0.35
          wrist-flexors.L          | medial-epicondyle.L .. wrist.L @ 0.35
          rectus-abdominis.R       | navel + -12,0
          rectus-abdominis.L       | navel + 12,0
          tensor-fasciae-latae.R   | asis.R .. greater-trochanter.R @ 0.5 + 0,12
          rectus-femoris.R         | aiis.R + 0,25
          rectus-femoris.L         | aiis.L + 0,25
          vastus-lateralis.L       | mid-thigh.L + 24,0
          vastus-medialis.R        | patella.R + 16,-22
          vastus-medialis.L        | patella.L + -16,-22
          adductor-longus-brevis.R | crotch .. mid-thigh.R @ 0.3
          adductor-magnus.L        | mid-thigh.L + -26,20
          tibialis-anterior.R      | tibial-tuberosity.R .. lateral-malleolus.R @ 0.25
          tibialis-anterior.L      | tibial-tuberosity.L .. lateral-malleolus.L @ 0.25
          """)
  void anteriorLookupFindsTheMuscleWhereTheDomainPlacesIt(String regionId, String point) {
    check(BodyView.ANTERIOR, regionId, point);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          upper-trapezius.R                | c7 .. acromion.R @ 0.5
          upper-trapezius.L                | c7 .. acromion.L @ 0.5
          levator-scapulae.L               | scapula-superior-angle.L + 3,-10
          levator-scapulae.R               | scapula-superior-angle.R + -3,-10
          middle-trapezius.R               | t3 .. scapula-spine-root.R @ 0.5
          rhomboids.L                      | t3 .. scapula-spine-root.L @ 0.5
          rhomboids.R                      | t3 .. scapula-spine-root.R @ 0.5 + 0,8
          lower-trapezius.R                | t7 .. scapula-spine-root.R @ 0.4
          supraspinatus.L                  | scapula-superior-angle.L .. acromion.L @ 0.4 + 0,4
          infraspinatus.R                  | scapula-spine-root.R .. scapula-glenoid.R @ 0.5 + 0,14
          infraspinatus.L                  | scapula-spine-root.L .. scapula-glenoid.L @ 0.5 + 0,14
          teres-minor.R                    | scapula-glenoid.R .. scapula-inferior-angle.R @ 0.3
          teres-major.L                    | scapula-inferior-angle.L + -12,-2
          subscapularis.L                  | scapula-glenoid.L .. scapula-inferior-angle.L @ 0.5
          latissimus-dorsi.R               | scapula-inferior-angle.R + 12,30
          deltoid.R                        | acromion.R .. deltoid-insertion.R @ 0.4
          triceps-brachii.L                | elbow.L .. deltoid-insertion.L @ 0.45
          triceps-brachii.R                | elbow.R .. deltoid-insertion.R @ 0.45
          extensor-carpi-radialis-longus.R | lateral-epicondyle.R + 0,12
          extensor-carpi-radialis-brevis.L | lateral-epicondyle.L .. wrist.L @ 0.3 + 5,0
          extensor-digitorum.R             | elbow.R .. wrist.R @ 0.45
          splenius-capitis.L               | mastoid.L .. c7 @ 0.45
          suboccipitals.R                  | occiput + 8,8
          quadratus-lumborum.L             | l3 + -33,0
          iliocostalis.R                   | l3 + 28,0
          longissimus.L                    | t12 + -14,20
          lumbar-multifidus.R              | l4 + 5,0
          gluteus-medius.L                 | iliac-crest.L + 0,14
          gluteus-medius.R                 | iliac-crest.R + 0,14
          gluteus-maximus.R                | psis.R .. greater-trochanter.R @ 0.5 + 0,30
          gluteus-minimus.R                | greater-trochanter.R + -8,-20
          piriformis.L                     | s2 .. greater-trochanter.L @ 0.45 + 0,8
          piriformis.R                     | s2 .. greater-trochanter.R @ 0.45 + 0,8
          biceps-femoris.L                 | mid-thigh.L + -14,40
          semitendinosus-semimembranosus.R | mid-thigh.R + -14,20
          adductor-magnus.L                | mid-thigh.L + 29,-20
          gastrocnemius.R                  | knee.R + 0,45
          gastrocnemius.L                  | knee.L + 0,45
          soleus.L                         | achilles-junction.L + 3,-12
          soleus.R                         | achilles-junction.R + -3,-12
          """)
  void posteriorLookupFindsTheMuscleWhereTheDomainPlacesIt(String regionId, String point) {
    check(BodyView.POSTERIOR, regionId, point);
  }

  private static void check(BodyView view, String regionId, String pointSpec) {
    Point2D point = point(view, pointSpec);
    String muscleId = regionId.substring(0, regionId.lastIndexOf('.'));
    Side side = Side.ofCode(regionId.substring(regionId.lastIndexOf('.') + 1));

    List<MuscleRegion> ranked = lookup.at(view, point);

    assertThat(ranked).as("regions at %s", point).anyMatch(r -> r.regionId().equals(regionId));
    if (muscles.require(muscleId).depth() == Depth.SUPERFICIAL) {
      assertThat(ranked.get(0).regionId()).as("first at %s", point).isEqualTo(regionId);
    }
    assertThat(ranked).as("sides at %s", point).allMatch(r -> r.side() == side);
  }

  /** Evaluates "from", "from .. to @ t" and either followed by "+ dx,dy". */
  private static Point2D point(BodyView view, String spec) {
    Matcher m = SPEC.matcher(spec.trim());
    assertThat(m.matches()).as(spec).isTrue();
    Point2D a = landmarks.point(view, m.group(1));
    Point2D b = m.group(2) == null ? a : landmarks.point(view, m.group(2));
    double t = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
    double dx = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
    double dy = m.group(5) == null ? 0 : Double.parseDouble(m.group(5));
    return new Point2D.Double(
        a.getX() + t * (b.getX() - a.getX()) + dx, a.getY() + t * (b.getY() - a.getY()) + dy);
  }
}
