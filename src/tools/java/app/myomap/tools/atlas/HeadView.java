package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Knot.c;
import static app.myomap.tools.atlas.Knot.p;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enlarged head and neck view of one side at 2.6 times the body scale, authored for the left
 * side and mirrored exactly (labels excepted) for the right.
 */
public final class HeadView implements ViewDrawing {

  static final double WIDTH = 400;
  static final double HEIGHT = 440;
  static final double AXIS_X = WIDTH / 2;

  /** Head-view y where the bust is cut off at the bottom. */
  static final double CUT_Y = 432;

  private final Side side;

  private HeadView(Side side) {
    this.side = side;
  }

  /** The head view of the patient's left side, face to the viewer's left. */
  public static HeadView left() {
    return new HeadView(Side.LEFT);
  }

  /** The head view of the patient's right side, face to the viewer's right. */
  public static HeadView right() {
    return new HeadView(Side.RIGHT);
  }

  @Override
  public BodyView view() {
    return side == Side.LEFT ? BodyView.HEAD_LEFT : BodyView.HEAD_RIGHT;
  }

  @Override
  public SvgView draw() {
    String title = side == Side.LEFT ? "Head and neck, left" : "Head and neck, right";
    SvgView svg = new SvgView(view(), WIDTH, HEIGHT, title);
    svg.silhouette(place(Curves.closed(silhouette())));
    drawSkull(svg);
    drawFace(svg);
    drawEar(svg);
    drawNeck(svg);
    drawLabels(svg);
    HeadViewRegions.all().forEach((muscle, shape) -> svg.region(muscle, side, place(shape)));
    return svg;
  }

  @Override
  public Map<String, Point2D> landmarks() {
    AffineTransform toHead = HeadViewProfile.toHead();
    Map<String, Point2D> m = new LinkedHashMap<>();
    m.put("top-of-head", HeadViewProfile.vertex());
    m.put("temple", HeadViewProfile.temple());
    m.put("eye", new Point2D.Double(118, 158));
    m.put("ear", HeadViewProfile.tragus());
    m.put("zygomatic-arch", HeadViewProfile.zygomaticArchMid());
    m.put("mastoid", HeadViewProfile.mastoidTip());
    m.put("occiput", HeadViewProfile.occiput());
    m.put("mandible-angle", HeadViewProfile.mandibleAngle());
    m.put("chin", HeadViewProfile.chin());
    Map<String, Point2D> body = LateralViewLandmarks.points();
    for (String name : List.of("c7", "sternal-notch", "clavicle-mid", "acromion")) {
      m.put(name, HeadViewProfile.map(body.get(name), toHead));
    }
    Map<String, Point2D> result = new LinkedHashMap<>();
    m.forEach((name, p) -> result.put(name, place(p)));
    return result;
  }

  /** The closed outline: the head profile, the neck and a level cut below the shoulder. */
  static List<Knot> silhouette() {
    AffineTransform toHead = HeadViewProfile.toHead();
    List<Knot> knots = new ArrayList<>();
    knots.addAll(HeadViewProfile.face());
    knots.addAll(HeadViewProfile.skullBack());
    knots.addAll(HeadViewProfile.map(LateralViewOutline.upperBack(), toHead));
    knots.add(c(314, CUT_Y));
    knots.add(c(96.5, CUT_Y));
    knots.addAll(HeadViewProfile.map(LateralViewOutline.upperChest(), toHead));
    knots.addAll(HeadViewProfile.neckFront());
    return knots;
  }

  private void drawSkull(SvgView svg) {
    svg.dashed(place(Curves.open(HeadViewProfile.temporalLine())));
    svg.contour(place(Curves.open(HeadViewProfile.zygomaticArch())));
    svg.contour(place(Curves.open(HeadViewProfile.jawLine())));
    Point2D angle = HeadViewProfile.mandibleAngle();
    svg.fill(place(Curves.ellipse(angle.getX(), angle.getY(), 2.2, 2.2)), SvgView.LANDMARK);
    svg.landmark(place(Curves.open(HeadViewProfile.mastoid())));
    svg.landmark(place(Curves.open(HeadViewProfile.nuchalLine())));
    Point2D inion = HeadViewProfile.occiput();
    svg.fill(place(Curves.ellipse(inion.getX() - 3, inion.getY(), 2.2, 2.2)), SvgView.LANDMARK);
  }

  private void drawFace(SvgView svg) {
    svg.landmark(place(Curves.open(HeadViewProfile.brow())));
    svg.contour(place(Curves.open(HeadViewProfile.eye())));
    svg.landmark(place(Curves.open(HeadViewProfile.cornea())));
    svg.contour(place(Curves.open(HeadViewProfile.nostril())));
    svg.contour(place(Curves.open(HeadViewProfile.mouth())));
    svg.landmark(place(Curves.open(p(98, 208), p(102, 219), p(106, 230))));
  }

  private void drawEar(SvgView svg) {
    svg.contour(place(Curves.closed(HeadViewProfile.ear())));
    svg.contour(place(Curves.open(HeadViewProfile.helixRim())));
    svg.landmark(place(Curves.open(HeadViewProfile.concha())));
    svg.landmark(place(Curves.open(HeadViewProfile.antihelix())));
  }

  private void drawNeck(SvgView svg) {
    svg.landmark(place(Curves.open(HeadViewRegions.scmFront())));
    svg.landmark(place(Curves.open(HeadViewRegions.scmBack())));
    svg.contour(place(Curves.open(HeadViewRegions.trapeziusBorder())));
    svg.landmark(place(Curves.open(HeadViewRegions.clavicle())));
    svg.landmark(place(Curves.open(HeadViewRegions.scapularSpine())));
    Shape cap = Curves.open(HeadViewRegions.shoulderCap());
    svg.stroke(place(cap), SvgView.CONTOUR, 1.1, null);
    Point2D c7 =
        HeadViewProfile.map(LateralViewLandmarks.points().get("c7"), HeadViewProfile.toHead());
    svg.fill(place(Curves.ellipse(c7.getX(), c7.getY(), 2.6, 2.6)), SvgView.LANDMARK);
    Point2D tag = place(new Point2D.Double(c7.getX() + 9, c7.getY() + 4));
    svg.text("C7", tag.getX(), tag.getY(), 11, side == Side.LEFT ? "start" : "end");
  }

  private void drawLabels(SvgView svg) {
    boolean left = side == Side.LEFT;
    double frontX = left ? 46 : WIDTH - 46;
    double backX = left ? WIDTH - 46 : 46;
    svg.text(left ? "L" : "R", backX, 80, 26, "middle");
    svg.text("Front", frontX, 345, 13, "middle");
    svg.text("Back", backX, 345, 13, "middle");
    svg.stroke(arrow(frontX, 355, left ? -1 : 1), SvgView.LABEL, 1, null);
    svg.stroke(arrow(backX, 355, left ? 1 : -1), SvgView.LABEL, 1, null);
  }

  /** A short horizontal arrow centred on (x, y) pointing left (-1) or right (+1). */
  private static Shape arrow(double x, double y, int direction) {
    double tip = x + 14 * direction;
    return Curves.polyline(
        x - 14 * direction,
        y,
        tip,
        y,
        tip - 5 * direction,
        y - 3.5,
        tip,
        y,
        tip - 5 * direction,
        y + 3.5);
  }

  /** The authored left-view shape, rounded, or its exact mirror on the right view. */
  private Shape place(Shape leftShape) {
    return side == Side.LEFT ? Curves.rounded(leftShape) : Curves.mirror(leftShape, AXIS_X);
  }

  private Point2D place(Point2D leftPoint) {
    double x = Curves.round(leftPoint.getX());
    double y = Curves.round(leftPoint.getY());
    return new Point2D.Double(side == Side.LEFT ? x : 2 * AXIS_X - x, y);
  }
}
