package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the hand and foot views of atlas v2: each shows the right side on the viewer's left half
 * and the left side as its exact mirror; every catalogue muscle of the view has a region on each
 * side, inside the outline, on one picture; regions of one depth do not overlap; the landmarks give
 * the scale of FORMAT.md (1 unit = 1 mm) and the pictures face the way their captions say.
 */
class HandFootGeometryTest {

  private static final String VERSION = "v2";

  /** Overlap allowed between two regions of the same depth, as a share of the smaller one. */
  private static final double SAME_DEPTH_OVERLAP = 0.02;

  private static final Map<BodyView, AtlasView> VIEWS = new EnumMap<>(BodyView.class);
  private static MuscleCatalogue muscles;
  private static Landmarks landmarks;

  @BeforeAll
  static void load() {
    for (BodyView view : List.of(BodyView.HAND, BodyView.FOOT)) {
      VIEWS.put(view, Atlas.loadView(VERSION, view));
    }
    muscles = MuscleCatalogue.load(VERSION);
    landmarks = Landmarks.load(VERSION);
  }

  @ParameterizedTest
  @CsvSource({"HAND, 640, 360, 6", "FOOT, 872, 380, 5"})
  void everyCatalogueMuscleOfTheViewHasARegionOnBothSides(
      BodyView view, double width, double height, int muscleCount) {
    Set<String> expected = new TreeSet<>();
    for (Muscle muscle : muscles.all()) {
      if (muscle.isOn(view)) {
        expected.add(muscle.id() + ".R");
        expected.add(muscle.id() + ".L");
      }
    }
    Set<String> actual = new TreeSet<>();
    VIEWS.get(view).regions().forEach(r -> actual.add(r.regionId()));

    assertThat(VIEWS.get(view).viewBox()).isEqualTo(new Rectangle2D.Double(0, 0, width, height));
    assertThat(expected).hasSize(2 * muscleCount);
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(names = {"HAND", "FOOT"})
  void everyRegionIsOneOutlineInsideTheSilhouetteOnItsSidesHalf(BodyView view) {
    AtlasView atlasView = VIEWS.get(view);
    Area silhouette = new Area(atlasView.silhouette());
    double midline = atlasView.viewBox().getCenterX();
    for (MuscleRegion region : atlasView.regions()) {
      Area outside = new Area(region.shape());
      outside.subtract(silhouette);
      Rectangle2D bounds = region.shape().getBounds2D();

      assertThat(subpaths(region.shape())).as(region.regionId() + " pieces").isEqualTo(1);
      assertThat(region.area()).as(region.regionId()).isGreaterThan(150);
      assertThat(region.depth())
          .as(region.regionId())
          .isEqualTo(muscles.require(region.muscleId()).depth());
      assertThat(MuscleRegion.areaOf(new Path2D.Double(outside)) / region.area())
          .as(region.regionId() + " outside")
          .isLessThan(0.005);
      if (region.side() == Side.RIGHT) {
        assertThat(bounds.getMaxX()).as(region.regionId()).isLessThan(midline);
      } else {
        assertThat(bounds.getMinX()).as(region.regionId()).isGreaterThan(midline);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"HAND", "FOOT"})
  void theLeftSideIsTheExactMirrorOfTheRightSide(BodyView view) {
    AtlasView atlasView = VIEWS.get(view);
    double width = atlasView.viewBox().getWidth();
    for (MuscleRegion right : atlasView.regions()) {
      if (right.side() == Side.RIGHT) {
        MuscleRegion left = atlasView.region(right.muscleId(), Side.LEFT).orElseThrow();
        assertMirrored(right.shape(), left.shape(), width, right.muscleId());
      }
    }
    // Compared as polygons within 0.02 units of the curves: Area's boolean operations on the
    // hand's hundreds of cubic curves took 40 s, on their polygons a fraction of a second.
    Path2D outline = flattened(atlasView.silhouette());
    Area silhouette = new Area(outline);
    Area mirrored =
        new Area(new AffineTransform(-1, 0, 0, 1, width, 0).createTransformedShape(outline));
    Area difference = new Area(silhouette);
    difference.exclusiveOr(mirrored);
    assertThat(MuscleRegion.areaOf(new Path2D.Double(difference)))
        .isLessThan(0.001 * MuscleRegion.areaOf(new Path2D.Double(silhouette)));
    for (String name : landmarks.names(view)) {
      if (name.endsWith(".R")) {
        Point2D r = landmarks.point(view, name);
        Point2D l = landmarks.point(view, name.substring(0, name.length() - 2) + ".L");
        assertThat(l.getX()).as(name).isCloseTo(width - r.getX(), within(0.01));
        assertThat(l.getY()).as(name).isCloseTo(r.getY(), within(0.01));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"HAND", "FOOT"})
  void regionsOfOneDepthDoNotOverlap(BodyView view) {
    List<MuscleRegion> regions = VIEWS.get(view).regions();
    for (int i = 0; i < regions.size(); i++) {
      for (int j = i + 1; j < regions.size(); j++) {
        MuscleRegion a = regions.get(i);
        MuscleRegion b = regions.get(j);
        if (a.depth() == b.depth()) {
          Area overlap = new Area(a.shape());
          overlap.intersect(new Area(b.shape()));
          double shared = MuscleRegion.areaOf(new Path2D.Double(overlap));
          assertThat(shared / Math.min(a.area(), b.area()))
              .as(a.regionId() + " over " + b.regionId())
              .isLessThan(SAME_DEPTH_OVERLAP);
        }
      }
    }
  }

  @Test
  void deepThumbMusclesLieUnderTheThenarEminenceAndTheWeb() {
    AtlasView hand = VIEWS.get(BodyView.HAND);
    Area thenar = union(hand, Side.RIGHT, "abductor-pollicis-brevis", "flexor-pollicis-brevis");
    Area opponens = new Area(hand.region("opponens-pollicis", Side.RIGHT).orElseThrow().shape());
    double opponensArea = MuscleRegion.areaOf(new Path2D.Double(opponens));
    opponens.intersect(thenar);

    assertThat(MuscleRegion.areaOf(new Path2D.Double(opponens)) / opponensArea).isGreaterThan(0.8);
  }

  @Test
  void theHandLandmarksGiveTheScaleInMillimetres() {
    Point2D wrist = point(BodyView.HAND, "palmar-wrist-crease.R");
    Point2D middleTip = point(BodyView.HAND, "palmar-middle-tip.R");
    Point2D mcp2 = point(BodyView.HAND, "mcp2.R");
    Point2D mcp5 = point(BodyView.HAND, "mcp5.R");

    assertThat(wrist.distance(middleTip)).isCloseTo(186, within(4.0));
    assertThat(mcp2.distance(mcp5)).isCloseTo(56, within(8.0));
    assertThat(
            point(BodyView.HAND, "pisiform.R")
                .distance(point(BodyView.HAND, "scaphoid-tubercle.R")))
        .isCloseTo(45, within(8.0));
  }

  @Test
  void theRightPalmShowsTheThumbOutwardAndTheBackOfTheHandTurnsOverAboutTheLittleFinger() {
    Point2D palmWrist = point(BodyView.HAND, "palmar-wrist-crease.R");
    Point2D backWrist = point(BodyView.HAND, "dorsal-wrist.R");

    assertThat(point(BodyView.HAND, "palmar-thumb-tip.R").getX()).isLessThan(palmWrist.getX());
    assertThat(point(BodyView.HAND, "palmar-little-tip.R").getX()).isGreaterThan(palmWrist.getX());
    assertThat(point(BodyView.HAND, "thumb-mcp.R").getX()).isGreaterThan(backWrist.getX());
    assertThat(point(BodyView.HAND, "mcp5.R").getX()).isLessThan(backWrist.getX());
    assertThat(palmWrist.getX()).isLessThan(backWrist.getX());
  }

  @Test
  void theFootLandmarksGiveTheScaleAndTheInnerSideFacesTheSole() {
    Point2D heel = point(BodyView.FOOT, "heel.R");
    Point2D hallux = point(BodyView.FOOT, "hallux-tip.R");
    Point2D malleolus = point(BodyView.FOOT, "medial-malleolus.R");
    Point2D navicular = point(BodyView.FOOT, "navicular-tuberosity.R");
    Point2D firstHead = point(BodyView.FOOT, "medial-first-metatarsal-head.R");
    double ground = VIEWS.get(BodyView.FOOT).silhouette().getBounds2D().getMaxY();

    Area sole = new Area(VIEWS.get(BodyView.FOOT).silhouette());
    sole.intersect(new Area(new Rectangle2D.Double(0, 0, heel.getX() + 60, 1000)));

    assertThat(sole.getBounds2D().getHeight()).as("heel to big toe").isCloseTo(262, within(5.0));
    assertThat(sole.getBounds2D().getWidth()).as("across the ball").isCloseTo(100, within(10.0));
    assertThat(hallux.getX()).as("big toe on the medial edge").isGreaterThan(heel.getX());
    assertThat(point(BodyView.FOOT, "first-metatarsal-head.R").getX())
        .isGreaterThan(point(BodyView.FOOT, "fifth-metatarsal-head.R").getX());
    assertThat(navicular.getX())
        .as("toes of the inner side to the left")
        .isLessThan(malleolus.getX());
    assertThat(malleolus.getY()).isLessThan(navicular.getY());
    assertThat(ground - malleolus.getY()).isCloseTo(72, within(10.0));
    assertThat(malleolus.getX() - navicular.getX()).isCloseTo(38, within(10.0));
    assertThat(firstHead.getX()).isLessThan(navicular.getX());
    assertThat(hallux.getX()).isLessThan(firstHead.getX());
  }

  @ParameterizedTest
  @CsvSource({"hand, Palmar, Dorsal", "foot, Plantar, Medial"})
  void theHalvesAreLabelledRightAndLeftAndEachPictureIsCaptioned(
      String viewId, String outer, String inner) throws Exception {
    List<Label> labels = labels(viewId);
    double middle = VIEWS.get(BodyView.ofId(viewId)).viewBox().getCenterX();

    assertThat(only(labels, "R").x()).isLessThan(middle);
    assertThat(only(labels, "L").x()).isGreaterThan(middle);
    assertThat(only(labels, "R").fontSize()).isGreaterThanOrEqualTo(22);
    for (String caption : List.of(outer, inner)) {
      List<Label> found = labels.stream().filter(l -> l.text().equals(caption)).toList();
      assertThat(found).as(caption).hasSize(2);
      assertThat(found.get(0).x() + found.get(1).x()).isCloseTo(2 * middle, within(0.5));
    }
    double outerX = Math.min(xs(labels, outer).get(0), xs(labels, outer).get(1));
    double innerX = Math.min(xs(labels, inner).get(0), xs(labels, inner).get(1));
    assertThat(outerX).as(outer + " is the outer picture").isLessThan(innerX);
  }

  private static Point2D point(BodyView view, String name) {
    return landmarks.point(view, name);
  }

  private static Area union(AtlasView view, Side side, String... muscleIds) {
    Area area = new Area();
    for (String id : muscleIds) {
      area.add(new Area(view.region(id, side).orElseThrow().shape()));
    }
    return area;
  }

  private static void assertMirrored(Shape right, Shape left, double width, String what) {
    List<double[]> r = segments(right);
    List<double[]> l = segments(left);
    assertThat(l).as(what).hasSameSizeAs(r);
    for (int i = 0; i < r.size(); i++) {
      double[] a = r.get(i);
      double[] b = l.get(i);
      assertThat(b[0]).as(what + " segment type").isEqualTo(a[0]);
      for (int c = 1; c < a.length; c += 2) {
        assertThat(b[c]).as(what).isCloseTo(width - a[c], within(0.011));
        assertThat(b[c + 1]).as(what).isCloseTo(a[c + 1], within(0.011));
      }
    }
  }

  private static Path2D flattened(Shape shape) {
    Path2D.Double polygon = new Path2D.Double();
    polygon.append(
        new java.awt.geom.FlatteningPathIterator(shape.getPathIterator(null), 0.02), false);
    return polygon;
  }

  private static List<double[]> segments(Shape shape) {
    List<double[]> result = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      int points =
          switch (type) {
            case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
            case PathIterator.SEG_QUADTO -> 2;
            case PathIterator.SEG_CUBICTO -> 3;
            default -> 0;
          };
      double[] segment = new double[1 + 2 * points];
      segment[0] = type;
      System.arraycopy(c, 0, segment, 1, 2 * points);
      result.add(segment);
    }
    return result;
  }

  private static int subpaths(Shape shape) {
    int count = 0;
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      if (it.currentSegment(c) == PathIterator.SEG_MOVETO) {
        count++;
      }
    }
    return count;
  }

  private record Label(String text, double x, double y, double fontSize) {}

  private static Label only(List<Label> labels, String text) {
    List<Label> found = labels.stream().filter(l -> l.text().equals(text)).toList();
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  private static List<Double> xs(List<Label> labels, String text) {
    return labels.stream().filter(l -> l.text().equals(text)).map(Label::x).toList();
  }

  private static List<Label> labels(String viewId) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document;
    try (InputStream in =
        HandFootGeometryTest.class.getResourceAsStream(
            "/assets/atlas/" + VERSION + "/" + viewId + ".svg")) {
      document = factory.newDocumentBuilder().parse(in);
    }
    NodeList texts = document.getElementsByTagNameNS("*", "text");
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      labels.add(
          new Label(
              text.getTextContent(),
              Double.parseDouble(text.getAttribute("x")),
              Double.parseDouble(text.getAttribute("y")),
              Double.parseDouble(text.getAttribute("font-size"))));
    }
    return labels;
  }
}
