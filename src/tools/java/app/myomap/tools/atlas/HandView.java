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
 * The hand view: the right hand on the viewer's left half (palm, then back), the left hand on the
 * right half as the exact mirror (back, then palm). Each hand is turned over about its
 * little-finger edge, so the two pictures of one hand share that edge and the thumbs point outward.
 * 1 unit = 1 mm of an average adult hand (wrist crease to middle fingertip 186).
 */
public final class HandView implements ViewDrawing {

  static final double WIDTH = 640;
  static final double HEIGHT = 360;
  static final double AXIS_X = WIDTH / 2;

  /** View y of the distal wrist crease of all four hands. */
  static final double WRIST_Y = 270;

  /** Where the palm of the right hand is drawn: its wrist crease centre, thumb to the left. */
  static final AffineTransform PALMAR = AffineTransform.getTranslateInstance(102, WRIST_Y);

  /** Where the back of the right hand is drawn: reflected, thumb to the right. */
  static final AffineTransform DORSAL = new AffineTransform(-1, 0, 0, 1, 214, WRIST_Y);

  @Override
  public BodyView view() {
    return BodyView.HAND;
  }

  @Override
  public SvgView draw() {
    SvgView svg = new SvgView(view(), WIDTH, HEIGHT, "Hands: palmar and dorsal");
    svg.silhouette(silhouette());
    palm(svg);
    back(svg);
    labels(svg);
    HandRegions.add(svg);
    return svg;
  }

  /** The four hands: the right palm and back and their mirrors. */
  static Area silhouette() {
    Area right = new Area(PALMAR.createTransformedShape(HandShape.outline()));
    right.add(new Area(DORSAL.createTransformedShape(HandShape.outline())));
    Area all = new Area(Curves.rounded(right));
    all.add(new Area(Curves.mirror(right, AXIS_X)));
    return all;
  }

  private static void palm(SvgView svg) {
    for (Shape crease : HandShape.wristCreases()) {
      both(svg, PALMAR, crease, Style.LIGHT);
    }
    both(svg, PALMAR, HandShape.thenarCrease(), Style.LIGHT_CONTOUR);
    both(svg, PALMAR, HandShape.proximalPalmarCrease(), Style.LIGHT_CONTOUR);
    both(svg, PALMAR, HandShape.distalPalmarCrease(), Style.LIGHT_CONTOUR);
    both(svg, PALMAR, HandShape.hypothenarEdge(), Style.LIGHT);
    for (Digit finger : HandShape.fingers()) {
      both(svg, PALMAR, finger.crease(1, 0.85, 1.2), Style.LIGHT_CONTOUR);
      both(svg, PALMAR, finger.crease(2, 0.8, 1), Style.LIGHT_CONTOUR);
      both(svg, PALMAR, finger.creaseBetween(2, 0.08, 0.75, 1), Style.LIGHT);
      both(svg, PALMAR, finger.crease(3, 0.75, 1), Style.LIGHT_CONTOUR);
    }
    both(svg, PALMAR, HandShape.THUMB.crease(2, 0.85, 1.5), Style.LIGHT_CONTOUR);
    both(svg, PALMAR, HandShape.THUMB.crease(3, 0.8, 1.2), Style.LIGHT_CONTOUR);
    dots(svg, PALMAR, List.of(HandShape.pisiform(), HandShape.scaphoidTubercle()));
  }

  private static void back(SvgView svg) {
    for (Digit finger : HandShape.fingers()) {
      both(svg, DORSAL, finger.nail(0.72), Style.CONTOUR);
      both(svg, DORSAL, finger.creaseBetween(2, 0.5, 0.55, -1.6), Style.LIGHT);
      both(svg, DORSAL, finger.creaseBetween(2, 0.56, 0.45, -1.4), Style.LIGHT);
      both(svg, DORSAL, finger.creaseBetween(3, 0.12, 0.5, -1.2), Style.LIGHT);
    }
    both(svg, DORSAL, HandShape.THUMB.nail(0.76), Style.CONTOUR);
    both(svg, DORSAL, HandShape.THUMB.creaseBetween(3, 0.1, 0.5, -1.4), Style.LIGHT);
    for (Point2D knuckle : HandShape.knuckles()) {
      double x = knuckle.getX();
      double y = knuckle.getY();
      both(svg, DORSAL, Curves.open(x - 6, y + 1.5, x, y - 2.5, x + 6, y + 1.5), Style.LANDMARK);
    }
    for (Shape tendon : HandShape.extensorTendons()) {
      both(svg, DORSAL, tendon, Style.LIGHT);
    }
    both(svg, DORSAL, HandShape.thumbExtensorTendon(), Style.LIGHT);
    both(svg, DORSAL, HandShape.firstWebContour(), Style.LIGHT_CONTOUR);
    both(svg, DORSAL, Curves.open(-27, 1, 0, -1, 27, 1), Style.DASHED);
    dots(svg, DORSAL, List.of(HandShape.ulnarStyloid()));
  }

  private static void labels(SvgView svg) {
    svg.text("R", AXIS_X / 2, 62, 26, "middle");
    svg.text("L", AXIS_X * 1.5, 62, 26, "middle");
    svg.dashed(Curves.open(AXIS_X, 40, AXIS_X, HEIGHT - 12));
    double captionY = WRIST_Y + HandShape.CUT_Y + 24;
    for (double x : new double[] {PALMAR.getTranslateX() - 14, DORSAL.getTranslateX() + 14}) {
      String word = x < DORSAL.getTranslateX() - 40 ? "Palmar" : "Dorsal";
      svg.text(word, x, captionY, 13, "middle");
      svg.text(word, WIDTH - x, captionY, 13, "middle");
    }
  }

  @Override
  public Map<String, Point2D> landmarks() {
    Map<String, Point2D> right = new LinkedHashMap<>();
    right.put("palmar-wrist-crease", PALMAR.transform(HandShape.wristCrease(), null));
    right.put("pisiform", PALMAR.transform(HandShape.pisiform(), null));
    right.put("scaphoid-tubercle", PALMAR.transform(HandShape.scaphoidTubercle(), null));
    right.put("palmar-thumb-tip", PALMAR.transform(HandShape.THUMB.point(4), null));
    right.put("palmar-index-tip", PALMAR.transform(tip(HandShape.INDEX), null));
    right.put("palmar-middle-tip", PALMAR.transform(tip(HandShape.MIDDLE), null));
    right.put("palmar-little-tip", PALMAR.transform(tip(HandShape.LITTLE), null));
    right.put("dorsal-wrist", DORSAL.transform(HandShape.wristCrease(), null));
    right.put("ulnar-styloid", DORSAL.transform(HandShape.ulnarStyloid(), null));
    right.put("mcp2", DORSAL.transform(HandShape.knuckles().get(0), null));
    right.put("mcp3", DORSAL.transform(HandShape.knuckles().get(1), null));
    right.put("mcp5", DORSAL.transform(HandShape.knuckles().get(3), null));
    right.put("thumb-mcp", DORSAL.transform(HandShape.THUMB.point(2), null));
    right.put("dorsal-middle-tip", DORSAL.transform(tip(HandShape.MIDDLE), null));
    return SideLandmarks.bothSides(right, AXIS_X);
  }

  private static Point2D tip(Digit digit) {
    return digit.point(digit.size() - 1);
  }

  /** Draws a shape of the right hand, placed by {@code where}, and its mirror for the left. */
  static void both(SvgView svg, AffineTransform where, Shape local, Style style) {
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
