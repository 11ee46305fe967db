package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the anterior and posterior outlines of atlas v1 against the catalogue and the canon. */
class FrontBackGeometryTest {

  private static final double HEAD = 100;
  private static final double BODY_HEIGHT = 8 * HEAD;
  private static final double TOLERANCE = 0.02 * BODY_HEIGHT;
  private static final double TOP = 40;

  private static final Map<BodyView, AtlasView> VIEWS = new EnumMap<>(BodyView.class);
  private static MuscleCatalogue muscles;
  private static Landmarks landmarks;

  @BeforeAll
  static void load() {
    for (BodyView view : List.of(BodyView.ANTERIOR, BodyView.POSTERIOR)) {
      VIEWS.put(view, Atlas.loadView("v1", view));
    }
    muscles = MuscleCatalogue.load("v1");
    landmarks = Landmarks.load("v1");
  }

  @ParameterizedTest
  @EnumSource(names = {"ANTERIOR", "POSTERIOR"})
  void everyCatalogueMuscleOfTheViewHasARegionOnEachSide(BodyView view) {
    Set<String> expected = new TreeSet<>();
    for (Muscle muscle : muscles.all()) {
      if (muscle.isOn(view)) {
        expected.add(muscle.id() + ".R");
        expected.add(muscle.id() + ".L");
      }
    }
    Set<String> actual = new TreeSet<>();
    VIEWS.get(view).regions().forEach(r -> actual.add(r.regionId()));

    assertThat(expected).hasSizeGreaterThan(15);
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(names = {"ANTERIOR", "POSTERIOR"})
  void everyRegionNamesACatalogueMuscleListingTheViewWithItsDepth(BodyView view) {
    for (MuscleRegion region : VIEWS.get(view).regions()) {
      Muscle muscle = muscles.require(region.muscleId());
      assertThat(muscle.isOn(view)).as(region.regionId()).isTrue();
      assertThat(region.depth()).as(region.regionId()).isEqualTo(muscle.depth());
      assertThat(region.area()).as(region.regionId()).isGreaterThan(20);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ANTERIOR", "POSTERIOR"})
  void everyRegionLiesInsideTheSilhouette(BodyView view) {
    Area silhouette = new Area(VIEWS.get(view).silhouette());
    for (MuscleRegion region : VIEWS.get(view).regions()) {
      Area outside = new Area(region.shape());
      outside.subtract(silhouette);
      double outsideArea = MuscleRegion.areaOf(new Path2D.Double(outside));
      assertThat(outsideArea / region.area()).as(region.regionId()).isLessThan(0.005);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ANTERIOR", "POSTERIOR"})
  void leftRegionsMirrorRightRegionsAboutTheMidline(BodyView view) {
    AtlasView atlasView = VIEWS.get(view);
    for (MuscleRegion right : atlasView.regions()) {
      if (right.side() != Side.RIGHT) {
        continue;
      }
      MuscleRegion left = atlasView.region(right.muscleId(), Side.LEFT).orElseThrow();
      List<Point2D> rightPoints = flatten(right.shape());
      List<Point2D> leftPoints = flatten(left.shape());
      assertThat(leftPoints).as(right.muscleId()).hasSameSizeAs(rightPoints);
      for (int i = 0; i < rightPoints.size(); i++) {
        assertThat(leftPoints.get(i).getX())
            .as(right.muscleId())
            .isCloseTo(400 - rightPoints.get(i).getX(), within(0.01));
        assertThat(leftPoints.get(i).getY())
            .as(right.muscleId())
            .isCloseTo(rightPoints.get(i).getY(), within(0.01));
      }
    }
  }

  @Test
  void patientRightIsOnTheViewersLeftInFrontAndOnTheViewersRightBehind() {
    double anteriorX = centre(BodyView.ANTERIOR, "deltoid", Side.RIGHT);
    double posteriorX = centre(BodyView.POSTERIOR, "deltoid", Side.RIGHT);

    assertThat(anteriorX).isLessThan(200);
    assertThat(posteriorX).isGreaterThan(200);
    assertThat(landmarks.point(BodyView.ANTERIOR, "acromion.R").getX()).isLessThan(200);
    assertThat(landmarks.point(BodyView.POSTERIOR, "acromion.R").getX()).isGreaterThan(200);
  }

  @ParameterizedTest
  @EnumSource(names = {"ANTERIOR", "POSTERIOR"})
  void theSilhouetteSpansEightHeadsAndIsSymmetric(BodyView view) {
    Shape silhouette = VIEWS.get(view).silhouette();
    Rectangle2D bounds = silhouette.getBounds2D();

    assertThat(bounds.getMinY()).isCloseTo(TOP, within(1.0));
    assertThat(bounds.getMaxY()).isCloseTo(TOP + BODY_HEIGHT, within(1.0));
    assertThat(bounds.getCenterX()).isCloseTo(200, within(0.05));
    assertThat(VIEWS.get(view).viewBox()).isEqualTo(new Rectangle2D.Double(0, 0, 400, 880));
  }

  @ParameterizedTest
  @EnumSource(names = {"ANTERIOR", "POSTERIOR"})
  void measuredLevelsFollowTheEightHeadCanon(BodyView view) {
    Shape silhouette = VIEWS.get(view).silhouette();

    assertThat(crotchLevel(silhouette)).isCloseTo(level(4.0), within(TOLERANCE));
    assertThat(narrowestNeckLevel(silhouette)).isCloseTo(level(1.0), within(TOLERANCE));
    assertThat(shoulderLevel(silhouette)).isBetween(level(1.33) - TOLERANCE, level(1.5));
    assertThat(lowestPointLeftOf(silhouette, 110)).isBetween(level(4.75) - TOLERANCE, level(5.0));
  }

  @ParameterizedTest
  @EnumSource(names = {"ANTERIOR", "POSTERIOR"})
  void widthsFollowTheMaleCanon(BodyView view) {
    Shape silhouette = VIEWS.get(view).silhouette();

    assertThat(maxWidth(silhouette, level(1.4), level(1.9))).isBetween(1.9 * HEAD, 2.3 * HEAD);
    assertThat(torsoWidth(silhouette, level(3.0))).isCloseTo(1.2 * HEAD, within(0.1 * HEAD));
    assertThat(torsoWidth(silhouette, level(3.7))).isCloseTo(1.5 * HEAD, within(0.1 * HEAD));
    assertThat(torsoWidth(silhouette, level(0.45))).isCloseTo(0.67 * HEAD, within(0.06 * HEAD));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          top-of-head      | 0.0
          chin             | 1.0
          acromion.R       | 1.4
          nipple.R         | 2.0
          navel            | 3.0
          elbow.R          | 3.0
          crotch           | 4.0
          wrist.L          | 4.0
          fingertip.R      | 4.8
          mid-thigh.L      | 5.0
          knee.R           | 6.0
          medial-malleolus.L | 7.6
          soles            | 8.0
          """)
  void anteriorLandmarksSitAtTheirCanonHeights(String name, double heads) {
    assertThat(landmarks.point(BodyView.ANTERIOR, name).getY())
        .isCloseTo(level(heads), within(TOLERANCE));
  }

  @Test
  void anteriorAndPosteriorShareEveryLandmarkHeight() {
    Set<String> shared = new TreeSet<>(landmarks.names(BodyView.ANTERIOR));
    shared.retainAll(landmarks.names(BodyView.POSTERIOR));

    assertThat(shared)
        .contains(
            "top-of-head",
            "chin",
            "acromion.R",
            "acromion.L",
            "elbow.R",
            "wrist.L",
            "fingertip.R",
            "iliac-crest.L",
            "greater-trochanter.R",
            "crotch",
            "knee.L",
            "medial-malleolus.R",
            "lateral-malleolus.L",
            "soles");
    for (String name : shared) {
      assertThat(landmarks.point(BodyView.POSTERIOR, name).getY())
          .as(name)
          .isCloseTo(landmarks.point(BodyView.ANTERIOR, name).getY(), within(0.01));
    }
  }

  @Test
  void anteriorAndPosteriorShareTheMeasuredLevels() {
    Shape front = VIEWS.get(BodyView.ANTERIOR).silhouette();
    Shape back = VIEWS.get(BodyView.POSTERIOR).silhouette();

    assertThat(crotchLevel(back)).isCloseTo(crotchLevel(front), within(0.5));
    assertThat(shoulderLevel(back)).isCloseTo(shoulderLevel(front), within(0.5));
    assertThat(narrowestNeckLevel(back)).isCloseTo(narrowestNeckLevel(front), within(0.5));
    assertThat(back.getBounds2D().getMaxY()).isCloseTo(front.getBounds2D().getMaxY(), within(0.5));
  }

  private static double level(double heads) {
    return TOP + heads * HEAD;
  }

  private static double centre(BodyView view, String muscle, Side side) {
    return VIEWS.get(view).region(muscle, side).orElseThrow().shape().getBounds2D().getCenterX();
  }

  /** The top of the gap between the legs: scanning up the midline from mid-thigh. */
  private static double crotchLevel(Shape silhouette) {
    double y = level(5.0);
    while (!silhouette.contains(200, y)) {
      y -= 0.25;
    }
    return y;
  }

  /** The level between the ears and the shoulders where the body is narrowest. */
  private static double narrowestNeckLevel(Shape silhouette) {
    double best = Double.MAX_VALUE;
    double bestY = 0;
    for (double y = level(0.85); y <= level(1.3); y += 0.5) {
      double width = torsoWidth(silhouette, y);
      if (width < best) {
        best = width;
        bestY = y;
      }
    }
    return bestY;
  }

  /** The first level from the top where the figure spans the acromions (1.6 heads wide). */
  private static double shoulderLevel(Shape silhouette) {
    double y = level(1.0);
    while (outerWidth(silhouette, y) < 1.6 * HEAD) {
      y += 0.5;
    }
    return y;
  }

  private static double lowestPointLeftOf(Shape silhouette, double x) {
    Area hand = new Area(silhouette);
    hand.intersect(new Area(new Rectangle2D.Double(0, 0, x, 880)));
    return hand.getBounds2D().getMaxY();
  }

  private static double maxWidth(Shape silhouette, double fromY, double toY) {
    double max = 0;
    for (double y = fromY; y <= toY; y += 1) {
      max = Math.max(max, outerWidth(silhouette, y));
    }
    return max;
  }

  /** Width of the inside run through the midline at a level. */
  private static double torsoWidth(Shape silhouette, double y) {
    double left = 200;
    while (silhouette.contains(left - 0.2, y)) {
      left -= 0.2;
    }
    double right = 200;
    while (silhouette.contains(right + 0.2, y)) {
      right += 0.2;
    }
    return right - left;
  }

  /** Width between the outermost inside points at a level. */
  private static double outerWidth(Shape silhouette, double y) {
    Area slice = new Area(silhouette);
    slice.intersect(new Area(new Rectangle2D.Double(0, y - 0.05, 400, 0.1)));
    return slice.isEmpty() ? 0 : slice.getBounds2D().getWidth();
  }

  private static List<Point2D> flatten(Shape shape) {
    List<Point2D> points = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null, 0.05); !it.isDone(); it.next()) {
      if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
        points.add(new Point2D.Double(c[0], c[1]));
      }
    }
    return points;
  }
}
