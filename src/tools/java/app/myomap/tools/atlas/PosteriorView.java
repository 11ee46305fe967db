package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Canon.MID_X;

import app.myomap.model.BodyView;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The posterior full-body view: spine, scapulae, iliac crests, buttocks, backs of the hands and the
 * heels; the patient's right is drawn on the viewer's right.
 */
public final class PosteriorView implements ViewDrawing {

  @Override
  public BodyView view() {
    return BodyView.POSTERIOR;
  }

  @Override
  public SvgView draw() {
    SvgView svg = new SvgView(view(), 400, 880, "Posterior").silhouette(FrontFigure.silhouette());
    headAndNeck(svg);
    back(svg);
    limbs(svg);
    svg.text("L", 34, 128, 24, "middle");
    svg.text("R", 366, 128, 24, "middle");
    PosteriorRegions.add(svg);
    return svg;
  }

  private static void headAndNeck(SvgView svg) {
    // backs of the ears, the base of the skull from mastoid to inion, the neck columns
    both(
        svg,
        Curves.open(166.4, 89.6, 162.2, 90, 160.6, 97, 162, 105.4, 166.2, 110.4),
        Style.CONTOUR);
    both(
        svg,
        Curves.open(169.6, 116.6, 176, 113.6, 184, 110.4, 192, 107.8, 200, 106.54),
        Style.LANDMARK);
    both(svg, Curves.open(187.4, 126, 186.2, 138, 184.6, 150), Style.LIGHT);
    svg.dashed(Curves.open(200, 126, 200, 155));
    svg.dashed(Curves.open(200, 165, 200, 392));
    both(svg, Curves.open(200, 156, 200, 164), Style.LANDMARK);
    svg.fill(Curves.ellipse(200, Canon.C7, 2, 2), SvgView.LANDMARK);
    svg.text("C7", 205, Canon.C7 - 3, 6, "start");
  }

  private static void back(SvgView svg) {
    // scapula: superior angle, medial border, inferior angle, lateral border; spine to the acromion
    both(
        svg,
        Curves.open(
            160, 176.6, 167.4, 178, 171.4, 190, 172.2, 204, 171, 222, 168.4, 238, 165.4, 246.6,
            161.4, 244.4, 154.8, 236.4, 146.4, 225, 138.6, 213.6),
        Style.LANDMARK);
    both(
        svg,
        Curves.open(172.4, 195.6, 160, 191.4, 146, 187.8, 133, 184.8, 122.4, 181.6),
        Style.LANDMARK);
    // posterior borders of the deltoids
    both(svg, Curves.open(139.6, 187.6, 131, 200, 121, 216, 108, 236, 95, 253), Style.LIGHT);
    // posterior axillary folds
    both(svg, Curves.open(127.4, 229.6, 126, 220.4, 125.8, 213.6), Style.CONTOUR);
    // iliac crests, PSIS dimples, sacral triangle, gluteal cleft and folds
    both(
        svg,
        Curves.open(136.8, 367.4, 141.4, 361.8, 152, 359.4, 164, 363, 175, 372, 181.8, 383),
        Style.LANDMARK);
    both(svg, Curves.ellipse(183, Canon.PSIS, 1.8, 2.2), Style.LANDMARK);
    both(svg, Curves.open(184.2, 391.6, 192, 401, 200, 409), Style.LIGHT);
    svg.contour(Curves.open(200, 408, 200, 424, 200, 440));
    both(
        svg,
        Curves.open(198.8, 452, 193, 462.4, 183, 469.4, 171, 471, 160, 467.8, 153.6, 463),
        Style.CONTOUR);
  }

  private static void limbs(SvgView svg) {
    // olecranon, wrist and the back of the hand with the finger separations
    both(svg, Curves.open(88, 336.6, 92.6, 340.6, 97.4, 337), Style.LIGHT);
    both(svg, Curves.open(67.8, 505, 67.6, 494, 67.4, 484), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(75.6, 508.8, 75.8, 496, 75.8, 483.4), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(82.6, 506.4, 83.2, 494, 83.6, 483.8), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(61.6, 478, 64.4, 466, 66.4, 455), Style.LIGHT);
    // popliteal creases, Achilles tendons, malleoli and heels
    both(
        svg,
        Curves.open(150.4, 639.6, 158, 641.8, 166, 642.4, 174, 641.8, 181.4, 639.8),
        Style.LANDMARK);
    both(svg, Curves.open(161.2, 758, 162.6, 780, 162.4, 800, 160.6, 814), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(174, 758, 173.2, 780, 173.4, 800, 175.4, 814), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(154, 797.6, 155.4, 804, 153.6, 810.4), Style.LANDMARK);
    both(svg, Curves.open(182.4, 791.6, 180.6, 797, 182.2, 803), Style.LANDMARK);
    both(
        svg,
        Curves.open(
            158.4, 818, 158.6, 830, 163, 837.6, 168, 838.8, 173, 837.6, 177.4, 830, 177.6, 818),
        Style.CONTOUR);
  }

  /** Draws the shape and its mirror about the midline. */
  private static void both(SvgView svg, Shape shape, Style style) {
    style.draw(svg, shape);
    style.draw(svg, Curves.mirror(shape, MID_X));
  }

  @Override
  public Map<String, Point2D> landmarks() {
    Map<String, Point2D> m = new LinkedHashMap<>();
    m.put("top-of-head", pt(200, Canon.TOP_OF_HEAD));
    m.put("occiput", pt(200, 106.54));
    m.put("chin", pt(200, Canon.CHIN));
    m.put("c7", pt(200, Canon.C7));
    m.put("t3", pt(200, 192));
    m.put("t7", pt(200, 240));
    m.put("t12", pt(200, Canon.T12));
    m.put("l3", pt(200, 340));
    m.put("l4", pt(200, 355));
    m.put("s2", pt(200, 395));
    m.put("coccyx", pt(200, 432));
    m.put("crotch", pt(200, Canon.CROTCH));
    m.put("soles", pt(200, Canon.SOLES));
    // authored for the patient's left, which the posterior view shows on the viewer's left
    Map<String, Point2D> left = new LinkedHashMap<>();
    left.put("mastoid", pt(170, 118));
    left.put("acromion", pt(122, 181));
    left.put("scapula-superior-angle", pt(167.4, 178.6));
    left.put("scapula-spine-root", pt(172.2, 195.6));
    left.put("scapula-inferior-angle", pt(165.4, Canon.INFERIOR_ANGLE));
    left.put("scapula-glenoid", pt(132, 200));
    left.put("deltoid-insertion", pt(92, 252));
    left.put("elbow", pt(92.6, Canon.ELBOW));
    left.put("lateral-epicondyle", pt(76, 338));
    left.put("medial-epicondyle", pt(108.6, 344));
    left.put("wrist", pt(74, Canon.WRIST));
    left.put("fingertip", pt(71.6, 512));
    left.put("iliac-crest", pt(152, 360));
    left.put("psis", pt(183, Canon.PSIS));
    left.put("greater-trochanter", pt(128.4, Canon.GREATER_TROCHANTER));
    left.put("ischial-tuberosity", pt(181, 462));
    left.put("gluteal-fold", pt(178, 470));
    left.put("mid-thigh", pt(162.6, Canon.MID_THIGH));
    left.put("knee", pt(165, Canon.KNEE));
    left.put("fibular-head", pt(146, 656));
    left.put("achilles-junction", pt(167.6, 760));
    left.put("medial-malleolus", pt(183.6, Canon.MEDIAL_MALLEOLUS));
    left.put("lateral-malleolus", pt(151.6, Canon.LATERAL_MALLEOLUS));
    left.put("heel", pt(168, 836));
    left.forEach(
        (name, p) -> {
          m.put(name + ".R", pt(2 * MID_X - p.getX(), p.getY()));
          m.put(name + ".L", p);
        });
    return m;
  }

  private static Point2D pt(double x, double y) {
    return new Point2D.Double(x, y);
  }
}
