package app.myomap.tools.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full-body lateral view of one side, a true profile with the near arm brought forward (see
 * {@link ArmPose}) so the flank and the lateral hip are open, authored for the left side in units
 * {@link #SHIFT} to the left of the view's and mirrored exactly (labels excepted) for the right.
 */
public final class LateralView implements ViewDrawing {

  static final double WIDTH = 360;
  static final double HEIGHT = 880;
  static final double AXIS_X = WIDTH / 2;

  /** The authored figure moves this far back in the left view, making room for the arm in front. */
  static final double SHIFT = 40;

  private final Side side;

  private LateralView(Side side) {
    this.side = side;
  }

  /** The left lateral view: the patient's left side, front to the viewer's left. */
  public static LateralView left() {
    return new LateralView(Side.LEFT);
  }

  /** The right lateral view: the patient's right side, front to the viewer's right. */
  public static LateralView right() {
    return new LateralView(Side.RIGHT);
  }

  @Override
  public BodyView view() {
    return side == Side.LEFT ? BodyView.LATERAL_LEFT : BodyView.LATERAL_RIGHT;
  }

  @Override
  public SvgView draw() {
    SvgView svg =
        new SvgView(view(), WIDTH, HEIGHT, side == Side.LEFT ? "Left lateral" : "Right lateral");
    Area outline = new Area(Curves.closed(LateralViewOutline.silhouette()));
    outline.add(new Area(Curves.closed(ArmPose.pose(LateralViewOutline.arm()))));
    svg.silhouette(place(outline));
    drawHead(svg);
    drawTrunk(svg);
    drawArm(svg);
    drawLeg(svg);
    drawLabels(svg);
    LateralViewRegions.all().forEach((muscle, shape) -> svg.region(muscle, side, place(shape)));
    return svg;
  }

  @Override
  public Map<String, Point2D> landmarks() {
    Map<String, Point2D> result = new LinkedHashMap<>();
    LateralViewLandmarks.points().forEach((name, p) -> result.put(name, place(p)));
    return result;
  }

  private void drawHead(SvgView svg) {
    AffineTransform toBody = HeadViewProfile.toBody();
    svg.landmark(place(Curves.open(HeadViewProfile.map(HeadViewProfile.jawLine(), toBody))));
    svg.landmark(place(Curves.open(HeadViewProfile.map(HeadViewProfile.brow(), toBody))));
    svg.contour(place(Curves.closed(HeadViewProfile.map(HeadViewProfile.ear(), toBody))));
    svg.landmark(place(Curves.open(HeadViewProfile.map(HeadViewProfile.helixRim(), toBody))));
    svg.contour(place(Curves.open(HeadViewProfile.map(HeadViewProfile.eye(), toBody))));
    svg.contour(place(Curves.open(HeadViewProfile.map(HeadViewProfile.nostril(), toBody))));
    svg.contour(place(Curves.open(HeadViewProfile.map(HeadViewProfile.mouth(), toBody))));
  }

  private void drawTrunk(SvgView svg) {
    AffineTransform toBody = HeadViewProfile.toBody();
    svg.landmark(place(Curves.open(HeadViewProfile.map(HeadViewRegions.scmFront(), toBody))));
    svg.landmark(place(Curves.open(HeadViewProfile.map(HeadViewRegions.scmBack(), toBody))));
    svg.contour(place(Curves.open(HeadViewProfile.map(HeadViewRegions.trapeziusBorder(), toBody))));
    svg.contour(place(Curves.open(LateralViewLandmarks.scapularSpine())));
    svg.contour(place(Curves.open(LateralViewLandmarks.scapulaBorder())));
    svg.contour(place(Curves.open(LateralViewLandmarks.scapulaMedialBorder())));
    svg.landmark(place(Curves.open(LateralViewLandmarks.rib12())));
    svg.landmark(place(Curves.open(LateralViewLandmarks.costalMargin())));
    svg.contour(place(Curves.open(LateralViewLandmarks.iliacCrest())));
    svg.landmark(place(Curves.open(LateralViewLandmarks.inguinal())));
    svg.contour(place(Curves.open(LateralViewOutline.pectoralBorder())));
    svg.contour(place(Curves.open(LateralViewOutline.glutealFold())));
    Point2D c7 = LateralViewLandmarks.points().get("c7");
    dot(svg, c7, 1.6);
    Point2D tag = place(new Point2D.Double(c7.getX() + 4, c7.getY() + 2.5));
    svg.text("C7", tag.getX(), tag.getY(), 7, side == Side.LEFT ? "start" : "end");
    dot(svg, LateralViewLandmarks.points().get("nipple"), 1.3);
    dot(svg, LateralViewLandmarks.points().get("psis"), 1.3);
    dot(svg, LateralViewLandmarks.points().get("asis"), 1.3);
    dot(svg, LateralViewLandmarks.points().get("greater-trochanter"), 1.6);
    svg.contour(place(Curves.open(LateralViewOutline.navel())));
  }

  private void drawArm(SvgView svg) {
    svg.contour(place(Curves.open(LateralViewLandmarks.clavicle())));
    Path2D.Double arm = Curves.closed(ArmPose.pose(LateralViewOutline.arm()));
    int knots = LateralViewOutline.arm().size();
    int capStart = knots - 2;
    int capEnd = LateralViewOutline.ARM_CAP_END;
    svg.fill(place(arm), SvgView.SKIN);
    // The top of the cap continues into the trunk, so only the free edges of the arm are firm.
    svg.stroke(place(segments(arm, capEnd, capStart)), SvgView.OUTLINE, 1.1, null);
    svg.contour(place(segments(arm, capStart, capEnd)));
    svg.contour(place(Curves.open(ArmPose.pose(LateralViewOutline.deltoidBorder()))));
    svg.contour(place(Curves.open(ArmPose.pose(LateralViewOutline.elbowCrease()))));
    svg.contour(place(Curves.open(ArmPose.pose(LateralViewOutline.thumb()))));
    for (List<Knot> finger : LateralViewOutline.fingers()) {
      svg.landmark(place(Curves.open(ArmPose.pose(finger))));
    }
    dot(svg, LateralViewLandmarks.points().get("lateral-epicondyle"), 1.3);
  }

  private void drawLeg(SvgView svg) {
    svg.contour(place(Curves.open(LateralViewOutline.patella())));
    svg.landmark(place(Curves.open(LateralViewOutline.patellarTendon())));
    svg.contour(place(Curves.open(LateralViewOutline.poplitealCrease())));
    svg.landmark(place(Curves.open(LateralViewOutline.gastrocnemiusBorder())));
    svg.landmark(place(Curves.open(LateralViewOutline.achilles())));
    svg.contour(place(Curves.closed(LateralViewOutline.lateralMalleolus())));
    svg.landmark(place(Curves.open(LateralViewOutline.littleToe())));
    Point2D fibula = LateralViewLandmarks.points().get("fibular-head");
    svg.landmark(place(Curves.ellipse(fibula.getX(), fibula.getY(), 3.2, 3.6)));
    svg.landmark(place(Curves.open(LateralViewOutline.iliotibialBand())));
  }

  private void drawLabels(SvgView svg) {
    boolean left = side == Side.LEFT;
    double frontX = left ? 36 : WIDTH - 36;
    double backX = left ? WIDTH - 42 : 42;
    svg.text(left ? "L" : "R", backX, 118, 26, "middle");
    svg.text("Front", frontX, 560, 13, "middle");
    svg.text("Back", backX, 300, 13, "middle");
    svg.stroke(arrow(frontX, 570, left ? -1 : 1), SvgView.LABEL, 1, null);
    svg.stroke(arrow(backX, 310, left ? 1 : -1), SvgView.LABEL, 1, null);
  }

  /**
   * The open path of the segments of a closed Catmull-Rom path from knot {@code from} to knot
   * {@code to}, wrapping round the start.
   */
  private static Path2D.Double segments(Path2D.Double closed, int from, int to) {
    List<double[]> cubics = new ArrayList<>();
    double[] c = new double[6];
    double[] start = new double[2];
    for (PathIterator it = closed.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_MOVETO) {
        start = new double[] {c[0], c[1]};
      } else if (type == PathIterator.SEG_CUBICTO) {
        cubics.add(c.clone());
      }
    }
    int n = cubics.size();
    Path2D.Double path = new Path2D.Double();
    double[] first = from == 0 ? start : cubics.get(from - 1);
    path.moveTo(first[from == 0 ? 0 : 4], first[from == 0 ? 1 : 5]);
    for (int i = from; i != to; i = (i + 1) % n) {
      double[] k = cubics.get(i);
      path.curveTo(k[0], k[1], k[2], k[3], k[4], k[5]);
    }
    return path;
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

  private void dot(SvgView svg, Point2D p, double radius) {
    svg.fill(place(Curves.ellipse(p.getX(), p.getY(), radius, radius)), SvgView.LANDMARK);
  }

  /**
   * The authored left-view shape moved back by {@link #SHIFT} and rounded, or its exact mirror on
   * the right view.
   */
  private Shape place(Shape leftShape) {
    Shape shifted =
        AffineTransform.getTranslateInstance(SHIFT, 0).createTransformedShape(leftShape);
    return side == Side.LEFT ? Curves.rounded(shifted) : Curves.mirror(shifted, AXIS_X);
  }

  private Point2D place(Point2D leftPoint) {
    double x = Curves.round(leftPoint.getX() + SHIFT);
    double y = Curves.round(leftPoint.getY());
    return new Point2D.Double(side == Side.LEFT ? x : 2 * AXIS_X - x, y);
  }
}
