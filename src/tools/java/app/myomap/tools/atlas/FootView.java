package app.myomap.tools.atlas;

import app.myomap.model.BodyView;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The foot view: the right foot on the viewer's left half (sole, then inner side), the left foot on
 * the right half as the exact mirror (inner side, then sole). The big toe of each sole faces the
 * toes of its inner-side picture. 1 unit = 1 mm of an average adult foot (heel to big toe 262).
 */
public final class FootView implements ViewDrawing {

  static final double WIDTH = 872;
  static final double HEIGHT = 380;
  static final double AXIS_X = WIDTH / 2;

  /** View y of the back of the heel of the soles and of the ground under the inner sides. */
  static final double GROUND_Y = 334;

  /** Where the sole of the right foot is drawn: the back of its heel. */
  static final AffineTransform PLANTAR = AffineTransform.getTranslateInstance(72, GROUND_Y);

  /** Where the inner side of the right foot is drawn: the ground below the medial malleolus. */
  static final AffineTransform MEDIAL = AffineTransform.getTranslateInstance(346, GROUND_Y);

  @Override
  public BodyView view() {
    return BodyView.FOOT;
  }

  @Override
  public SvgView draw() {
    SvgView svg = new SvgView(view(), WIDTH, HEIGHT, "Feet: plantar and medial");
    svg.silhouette(silhouette());
    sole(svg);
    innerSide(svg);
    labels(svg);
    FootRegions.add(svg);
    return svg;
  }

  /** The four pictures: the right sole and inner side and their mirrors. */
  static Area silhouette() {
    Area right = new Area(PLANTAR.createTransformedShape(FootShape.plantarOutline()));
    right.add(new Area(MEDIAL.createTransformedShape(FootShape.medialOutline())));
    Area all = new Area(Curves.rounded(right));
    all.add(new Area(Curves.mirror(right, AXIS_X)));
    return all;
  }

  private static void sole(SvgView svg) {
    for (Shape crease : FootShape.toeCreases()) {
      both(svg, PLANTAR, crease, Style.LIGHT_CONTOUR);
    }
    both(svg, PLANTAR, FootShape.heelPad(), Style.LIGHT);
    both(svg, PLANTAR, FootShape.ballOfFoot(), Style.LIGHT);
    both(svg, PLANTAR, FootShape.archEdge(), Style.LIGHT_CONTOUR);
    dots(
        svg,
        PLANTAR,
        List.of(
            FootShape.heel(),
            FootShape.firstMetatarsalHead(),
            FootShape.fifthMetatarsalHead(),
            FootShape.fifthMetatarsalBase()));
  }

  private static void innerSide(SvgView svg) {
    both(svg, MEDIAL, FootShape.medialMalleolus(), Style.CONTOUR);
    both(svg, MEDIAL, FootShape.medialSoleBorder(), Style.LIGHT_CONTOUR);
    both(svg, MEDIAL, FootShape.achillesTendon(), Style.LIGHT);
    both(svg, MEDIAL, FootShape.tibialisAnteriorTendon(), Style.LIGHT);
    for (Shape line : FootShape.halluxMedial()) {
      both(svg, MEDIAL, line, Style.LIGHT_CONTOUR);
    }
    dots(
        svg,
        MEDIAL,
        List.of(
            FootShape.medialMalleolusCentre(),
            FootShape.navicularTuberosity(),
            FootShape.medialFirstMetatarsalHead()));
  }

  private static void labels(SvgView svg) {
    svg.text("R", AXIS_X / 2, 62, 26, "middle");
    svg.text("L", AXIS_X * 1.5, 62, 26, "middle");
    svg.dashed(Curves.open(AXIS_X, 40, AXIS_X, HEIGHT - 12));
    double captionY = GROUND_Y + 28;
    double plantarX = PLANTAR.getTranslateX() - 2;
    double medialX = MEDIAL.getTranslateX() - 64;
    svg.text("Plantar", plantarX, captionY, 13, "middle");
    svg.text("Plantar", WIDTH - plantarX, captionY, 13, "middle");
    svg.text("Medial", medialX, captionY, 13, "middle");
    svg.text("Medial", WIDTH - medialX, captionY, 13, "middle");
  }

  @Override
  public Map<String, Point2D> landmarks() {
    Map<String, Point2D> right = new LinkedHashMap<>();
    right.put("heel", PLANTAR.transform(FootShape.heel(), null));
    right.put("first-metatarsal-head", PLANTAR.transform(FootShape.firstMetatarsalHead(), null));
    right.put("fifth-metatarsal-head", PLANTAR.transform(FootShape.fifthMetatarsalHead(), null));
    right.put("fifth-metatarsal-base", PLANTAR.transform(FootShape.fifthMetatarsalBase(), null));
    right.put("hallux-tip", PLANTAR.transform(tip(FootShape.HALLUX), null));
    right.put("second-toe-tip", PLANTAR.transform(tip(FootShape.SECOND), null));
    right.put("medial-malleolus", MEDIAL.transform(FootShape.medialMalleolusCentre(), null));
    right.put("navicular-tuberosity", MEDIAL.transform(FootShape.navicularTuberosity(), null));
    right.put(
        "medial-first-metatarsal-head",
        MEDIAL.transform(FootShape.medialFirstMetatarsalHead(), null));
    right.put("medial-heel", MEDIAL.transform(FootShape.medialHeel(), null));
    return SideLandmarks.bothSides(right, AXIS_X);
  }

  private static Point2D tip(Digit digit) {
    return digit.point(digit.size() - 1);
  }

  /** Draws a shape of the right foot, placed by {@code where}, and its mirror for the left. */
  private static void both(SvgView svg, AffineTransform where, Shape local, Style style) {
    Shape right = where.createTransformedShape(local);
    style.draw(svg, Curves.rounded(right));
    style.draw(svg, Curves.mirror(right, AXIS_X));
  }

  private static void dots(SvgView svg, AffineTransform where, List<Point2D> points) {
    for (Point2D p : points) {
      Point2D q = where.transform(p, null);
      svg.dot(Curves.round(q.getX()), Curves.round(q.getY()), 1.6);
      svg.dot(Curves.round(2 * AXIS_X - q.getX()), Curves.round(q.getY()), 1.6);
    }
  }
}
