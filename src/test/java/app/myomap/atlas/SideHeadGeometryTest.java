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
 * Checks the lateral and head views of atlas v1: catalogue coverage, regions inside the outline,
 * exact mirroring of the right views, their own (unmirrored) labels, the canon heights shared with
 * the anterior view, the lateral depths of DOMAIN.md section 5 and the plumb line.
 */
class SideHeadGeometryTest {

  private static final double HEAD = 100;
  private static final double BODY_HEIGHT = 8 * HEAD;
  private static final double TOLERANCE = 0.02 * BODY_HEIGHT;
  private static final double HEAD_VIEW_SCALE = 2.6;

  private static final Map<BodyView, AtlasView> VIEWS = new EnumMap<>(BodyView.class);
  private static MuscleCatalogue muscles;
  private static Landmarks landmarks;

  @BeforeAll
  static void load() {
    for (BodyView view : Atlas.viewsOf("v1")) {
      if (view != BodyView.ANTERIOR && view != BodyView.POSTERIOR) {
        VIEWS.put(view, Atlas.loadView("v1", view));
      }
    }
    muscles = MuscleCatalogue.load("v1");
    landmarks = Landmarks.load("v1");
  }

  @ParameterizedTest
  @EnumSource(names = {"LATERAL_LEFT", "LATERAL_RIGHT", "HEAD_LEFT", "HEAD_RIGHT"})
  void everyCatalogueMuscleOfTheViewHasARegionOnTheShownSideOnly(BodyView view) {
    String side = shownSide(view).code();
    Set<String> expected = new TreeSet<>();
    for (Muscle muscle : muscles.all()) {
      if (muscle.isOn(view)) {
        expected.add(muscle.id() + "." + side);
      }
    }
    Set<String> actual = new TreeSet<>();
    VIEWS.get(view).regions().forEach(r -> actual.add(r.regionId()));

    assertThat(expected).hasSizeGreaterThanOrEqualTo(view.id().startsWith("head") ? 8 : 25);
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(names = {"LATERAL_LEFT", "LATERAL_RIGHT", "HEAD_LEFT", "HEAD_RIGHT"})
  void everyRegionIsOneOutlineOfUsableSizeWithTheCatalogueDepth(BodyView view) {
    double minimumArea = view.id().startsWith("head") ? 400 : 60;
    for (MuscleRegion region : VIEWS.get(view).regions()) {
      Muscle muscle = muscles.require(region.muscleId());
      assertThat(region.depth()).as(region.regionId()).isEqualTo(muscle.depth());
      assertThat(region.area()).as(region.regionId()).isGreaterThan(minimumArea);
      assertThat(subpaths(region.shape())).as(region.regionId() + " pieces").isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"LATERAL_LEFT", "LATERAL_RIGHT", "HEAD_LEFT", "HEAD_RIGHT"})
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
  @CsvSource({"LATERAL_LEFT, LATERAL_RIGHT, 320", "HEAD_LEFT, HEAD_RIGHT, 400"})
  void theRightViewIsTheExactMirrorOfTheLeftView(BodyView left, BodyView right, double width) {
    assertMirrored(VIEWS.get(left).silhouette(), VIEWS.get(right).silhouette(), width, "outline");
    assertThat(VIEWS.get(right).regions()).hasSameSizeAs(VIEWS.get(left).regions());
    for (MuscleRegion leftRegion : VIEWS.get(left).regions()) {
      MuscleRegion rightRegion =
          VIEWS.get(right).region(leftRegion.muscleId(), Side.RIGHT).orElseThrow();
      assertMirrored(leftRegion.shape(), rightRegion.shape(), width, leftRegion.muscleId());
    }
    for (String name : landmarks.names(left)) {
      Point2D l = landmarks.point(left, name);
      Point2D r = landmarks.point(right, name);
      assertThat(r.getX()).as(name).isCloseTo(width - l.getX(), within(0.01));
      assertThat(r.getY()).as(name).isCloseTo(l.getY(), within(0.01));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "LATERAL_LEFT, 320, 880",
    "LATERAL_RIGHT, 320, 880",
    "HEAD_LEFT, 400, 440",
    "HEAD_RIGHT, 400, 440"
  })
  void viewBoxesHaveTheSizesOfTheFormat(BodyView view, double width, double height) {
    assertThat(VIEWS.get(view).viewBox()).isEqualTo(new Rectangle2D.Double(0, 0, width, height));
    Rectangle2D bounds = VIEWS.get(view).silhouette().getBounds2D();
    assertThat(new Rectangle2D.Double(0, 0, width, height).contains(bounds)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "lateral-left, Left lateral, L, left", "lateral-right, Right lateral, R, right",
    "head-left, left, L, left", "head-right, right, R, right"
  })
  void labelsNameTheSideAndPointFrontAndBackTheRightWay(
      String viewId, String titleWord, String sideLetter, String frontSide) throws Exception {
    List<Label> labels = labels(viewId);
    double middle = VIEWS.get(BodyView.ofId(viewId)).viewBox().getCenterX();
    Label front = only(labels, "Front");
    Label back = only(labels, "Back");

    assertThat(labels).anyMatch(l -> l.text().contains(titleWord) && l.y() < 30);
    assertThat(only(labels, sideLetter).fontSize()).isGreaterThanOrEqualTo(22);
    assertThat(labels).noneMatch(l -> l.text().equals(sideLetter.equals("L") ? "R" : "L"));
    if (frontSide.equals("left")) {
      assertThat(front.x()).isLessThan(middle);
      assertThat(back.x()).isGreaterThan(middle);
    } else {
      assertThat(front.x()).isGreaterThan(middle);
      assertThat(back.x()).isLessThan(middle);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"LATERAL_LEFT", "LATERAL_RIGHT", "HEAD_LEFT", "HEAD_RIGHT"})
  void theFaceLooksTowardsTheLabelledFront(BodyView view) {
    double chinX = landmarks.point(view, "chin").getX();
    double earX = landmarks.point(view, "ear").getX();
    double occiputX = landmarks.point(view, "occiput").getX();
    if (shownSide(view) == Side.LEFT) {
      assertThat(chinX).isLessThan(earX);
      assertThat(occiputX).isGreaterThan(earX);
    } else {
      assertThat(chinX).isGreaterThan(earX);
      assertThat(occiputX).isLessThan(earX);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # lateral name     | anterior name
          top-of-head        | top-of-head
          chin               | chin
          sternal-notch      | sternal-notch
          acromion           | acromion.R
          nipple             | nipple.R
          xiphoid            | xiphoid
          navel              | navel
          elbow              | elbow.R
          lateral-epicondyle | lateral-epicondyle.R
          wrist              | wrist.R
          fingertip          | fingertip.R
          iliac-crest        | iliac-crest.R
          asis               | asis.R
          greater-trochanter | greater-trochanter.R
          mid-thigh          | mid-thigh.R
          knee               | knee.R
          fibular-head       | fibular-head.R
          lateral-malleolus  | lateral-malleolus.R
          soles              | soles
          """)
  void lateralLandmarksShareTheAnteriorHeights(String lateralName, String anteriorName) {
    double anteriorY = landmarks.point(BodyView.ANTERIOR, anteriorName).getY();
    for (BodyView view : List.of(BodyView.LATERAL_LEFT, BodyView.LATERAL_RIGHT)) {
      assertThat(landmarks.point(view, lateralName).getY())
          .as(view + " " + lateralName)
          .isCloseTo(anteriorY, within(TOLERANCE));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # lateral name | posterior name
          c7             | c7
          psis           | psis.R
          gluteal-fold   | gluteal-fold.R
          scapula-inferior-angle | scapula-inferior-angle.R
          """)
  void lateralLandmarksShareThePosteriorHeights(String lateralName, String posteriorName) {
    assertThat(landmarks.point(BodyView.LATERAL_LEFT, lateralName).getY())
        .isCloseTo(landmarks.point(BodyView.POSTERIOR, posteriorName).getY(), within(TOLERANCE));
  }

  @ParameterizedTest
  @EnumSource(names = {"LATERAL_LEFT", "LATERAL_RIGHT"})
  void measuredOutlineSpansEightHeadsWithTheChinAtOne(BodyView view) {
    Shape silhouette = VIEWS.get(view).silhouette();
    Rectangle2D bounds = silhouette.getBounds2D();
    Point2D chin = landmarks.point(view, "chin");

    assertThat(bounds.getMinY()).isCloseTo(40, within(1.0));
    assertThat(bounds.getMaxY()).isCloseTo(840, within(1.0));
    assertThat(firstExitBelow(silhouette, chin.getX(), 100)).isCloseTo(140, within(TOLERANCE));
    assertThat(landmarks.point(view, "top-of-head").getY())
        .isCloseTo(bounds.getMinY(), within(1.0));
    assertThat(landmarks.point(view, "soles").getY()).isCloseTo(bounds.getMaxY(), within(1.0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # level in heads | DOMAIN depth in heads | tolerance
          0.5              | 0.85                  | 0.1
          1.15             | 0.45                  | 0.06
          1.75             | 0.95                  | 0.06
          2.0              | 1.0                   | 0.06
          3.0              | 0.8                   | 0.06
          3.7              | 0.95                  | 0.08
          5.0              | 0.65                  | 0.08
          6.0              | 0.45                  | 0.06
          6.5              | 0.5                   | 0.06
          7.5              | 0.3                   | 0.05
          """)
  void lateralDepthsFollowTheCanon(double levelHeads, double depthHeads, double tolerance) {
    Shape silhouette = VIEWS.get(BodyView.LATERAL_LEFT).silhouette();
    double y = 40 + levelHeads * HEAD;
    double depth = outerWidth(silhouette, y);
    assertThat(depth / HEAD)
        .as("depth at %.2f heads", levelHeads)
        .isCloseTo(depthHeads, within(tolerance));
  }

  @Test
  void theFootIsOneHeadLongAndItsToesPointToTheFront() {
    Shape silhouette = VIEWS.get(BodyView.LATERAL_LEFT).silhouette();
    double toe = edge(silhouette, 832, true);
    double heel = edge(silhouette, 832, false);

    assertThat((heel - toe) / HEAD).isCloseTo(1.0, within(0.1));
    assertThat(toe).isLessThan(landmarks.point(BodyView.LATERAL_LEFT, "lateral-malleolus").getX());
  }

  @ParameterizedTest
  @EnumSource(names = {"LATERAL_LEFT", "LATERAL_RIGHT"})
  void thePlumbLineRunsThroughEarAcromionTrochanterAndJustInFrontOfKneeAndAnkle(BodyView view) {
    double forward = shownSide(view) == Side.LEFT ? -1 : 1;
    double plumbX = landmarks.point(view, "ear").getX();

    assertThat(landmarks.point(view, "acromion").getX()).isCloseTo(plumbX, within(2.0));
    assertThat(landmarks.point(view, "greater-trochanter").getX()).isCloseTo(plumbX, within(2.0));
    for (String behind : List.of("knee", "lateral-malleolus")) {
      double ahead = (plumbX - landmarks.point(view, behind).getX()) * forward;
      assertThat(ahead).as(behind).isBetween(1.0, 10.0);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"HEAD_LEFT", "HEAD_RIGHT"})
  void theHeadViewShowsTheHeadAtTwoPointSixTimesTheBodyScale(BodyView view) {
    Shape silhouette = VIEWS.get(view).silhouette();
    double top = silhouette.getBounds2D().getMinY();
    double chin = landmarks.point(view, "chin").getY();
    double eyeY = landmarks.point(view, "eye").getY();

    assertThat(landmarks.point(view, "top-of-head").getY()).isCloseTo(top, within(1.0));
    assertThat((chin - top) / (HEAD_VIEW_SCALE * HEAD)).isCloseTo(1.0, within(0.02));
    assertThat(firstExitBelow(silhouette, landmarks.point(view, "chin").getX(), 250))
        .isCloseTo(chin, within(0.02 * HEAD_VIEW_SCALE * HEAD));
    assertThat(eyeY - top).isCloseTo(0.5 * HEAD_VIEW_SCALE * HEAD, within(0.05 * 260));
    assertThat(outerWidth(silhouette, eyeY) / (HEAD_VIEW_SCALE * HEAD))
        .isCloseTo(0.85, within(0.08));
    assertThat(landmarks.point(view, "acromion").getY()).isLessThan(440);
  }

  @ParameterizedTest
  @EnumSource(names = {"HEAD_LEFT", "HEAD_RIGHT"})
  void headLandmarksKeepTheirAnatomicalOrder(BodyView view) {
    double forward = shownSide(view) == Side.LEFT ? -1 : 1;
    Point2D ear = landmarks.point(view, "ear");
    Point2D mastoid = landmarks.point(view, "mastoid");
    Point2D angle = landmarks.point(view, "mandible-angle");
    Point2D arch = landmarks.point(view, "zygomatic-arch");
    Point2D temple = landmarks.point(view, "temple");

    assertThat((mastoid.getX() - ear.getX()) * forward).isNegative();
    assertThat(mastoid.getY()).isGreaterThan(ear.getY());
    assertThat(angle.getY()).isGreaterThan(mastoid.getY());
    assertThat((arch.getX() - ear.getX()) * forward).isPositive();
    assertThat(temple.getY()).isLessThan(arch.getY());
    assertThat(landmarks.point(view, "sternal-notch").getY())
        .isGreaterThan(landmarks.point(view, "chin").getY());
  }

  private static Side shownSide(BodyView view) {
    return view == BodyView.LATERAL_LEFT || view == BodyView.HEAD_LEFT ? Side.LEFT : Side.RIGHT;
  }

  private static void assertMirrored(Shape left, Shape right, double width, String what) {
    List<Point2D> l = flatten(left);
    List<Point2D> r = flatten(right);
    assertThat(r).as(what).hasSameSizeAs(l);
    for (int i = 0; i < l.size(); i++) {
      assertThat(r.get(i).getX()).as(what).isCloseTo(width - l.get(i).getX(), within(0.01));
      assertThat(r.get(i).getY()).as(what).isCloseTo(l.get(i).getY(), within(0.01));
    }
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

  /** The first y below {@code fromY} where the vertical line at x leaves the silhouette. */
  private static double firstExitBelow(Shape silhouette, double x, double fromY) {
    double y = fromY;
    while (silhouette.contains(x, y) && y < 880) {
      y += 0.25;
    }
    return y;
  }

  /** The distance between the outermost silhouette points on the horizontal line at y. */
  private static double outerWidth(Shape silhouette, double y) {
    return edge(silhouette, y, false) - edge(silhouette, y, true);
  }

  private static double edge(Shape silhouette, double y, boolean fromLeft) {
    double width = silhouette.getBounds2D().getMaxX() + 10;
    for (double step = 0; step <= width; step += 0.25) {
      double x = fromLeft ? step : width - step;
      if (silhouette.contains(x, y)) {
        return x;
      }
    }
    throw new AssertionError("no outline at y=" + y);
  }

  private record Label(String text, double x, double y, double fontSize) {}

  private static Label only(List<Label> labels, String text) {
    List<Label> found = labels.stream().filter(l -> l.text().equals(text)).toList();
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  private static List<Label> labels(String viewId) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document;
    try (InputStream in =
        SideHeadGeometryTest.class.getResourceAsStream("/assets/atlas/v1/" + viewId + ".svg")) {
      assertThat(in).as(viewId).isNotNull();
      document = factory.newDocumentBuilder().parse(in);
    }
    NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      labels.add(
          new Label(
              text.getTextContent().trim(),
              Double.parseDouble(text.getAttribute("x")),
              Double.parseDouble(text.getAttribute("y")),
              Double.parseDouble(text.getAttribute("font-size"))));
    }
    return labels;
  }
}
