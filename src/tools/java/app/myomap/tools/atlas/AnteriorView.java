package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Canon.MID_X;

import app.myomap.model.BodyView;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The anterior full-body view: face, clavicles, chest, abdomen, palms forward, knees and feet; the
 * patient's right is drawn on the viewer's left.
 */
public final class AnteriorView implements ViewDrawing {

  @Override
  public BodyView view() {
    return BodyView.ANTERIOR;
  }

  @Override
  public SvgView draw() {
    SvgView svg = new SvgView(view(), 400, 880, "Anterior").silhouette(FrontFigure.silhouette());
    face(svg);
    trunk(svg);
    limbs(svg);
    svg.text("R", 34, 128, 24, "middle");
    svg.text("L", 366, 128, 24, "middle");
    AnteriorRegions.add(svg);
    return svg;
  }

  private static void face(SvgView svg) {
    // eyes, brows, nose and mouth are kept light so they orient without competing with marks
    both(
        svg,
        Curves.closed(
            Knot.c(180.6, 90.4), Knot.p(186.2, 87.4), Knot.c(192.6, 90.2), Knot.p(186.4, 92.4)),
        Style.LIGHT);
    both(svg, Curves.open(179.4, 84.6, 186, 81.6, 193.4, 83.4), Style.LIGHT);
    both(
        svg,
        Curves.open(196.6, 92, 195.8, 101, 193.4, 107.6, 195.2, 110.6, 198, 110.2),
        Style.LIGHT);
    svg.landmark(Curves.open(188.6, 120.4, 194.6, 119.2, 200, 120, 205.4, 119.2, 211.4, 120.4));
    svg.landmark(Curves.open(193.6, 123.8, 200, 125, 206.4, 123.8));
    // jaw line from the mandible angles to the chin
    svg.contour(
        Curves.open(
            174.2, 130.6, 181, 136.4, 190, 139.6, 200, 140.4, 210, 139.6, 219, 136.4, 225.8,
            130.6));
    both(
        svg,
        Curves.open(161.2, 94, 163.6, 91.6, 165.2, 96, 163.2, 104.4, 164.8, 108.6),
        Style.CONTOUR);
  }

  private static void trunk(SvgView svg) {
    // anterior borders of the sternocleidomastoids down to the sternal notch
    both(svg, Curves.open(177.6, 133.4, 183.4, 152, 190, 168.6, 195, 180), Style.LIGHT);
    // sternal notch, clavicles and sternum
    svg.landmark(Curves.open(194.2, 181.6, 196.6, 184.4, 200, 185.2, 203.4, 184.4, 205.8, 181.6));
    both(
        svg,
        Curves.open(193.4, 184.8, 182, 185.4, 168, 182.6, 154, 182.8, 140, 181.4, 128.6, 180),
        Style.LANDMARK);
    svg.landmark(Curves.open(200, 188, 200, 230, 200, 272));
    // deltopectoral groove and the lower border of the pectoral muscle
    both(svg, Curves.open(138.6, 184.2, 132.2, 197, 127.6, 212, 126.6, 226), Style.CONTOUR);
    both(
        svg,
        Curves.open(130.2, 242.6, 138, 254.8, 150, 262.6, 165, 265.8, 180, 265.4, 192.6, 262.4),
        Style.LIGHT_CONTOUR);
    both(svg, Curves.ellipse(155, 240, 1.7, 1.7), Style.LANDMARK);
    // costal margins from the xiphoid
    both(
        svg,
        Curves.open(200, 275, 190, 281.4, 178, 292.4, 165.6, 306, 154.4, 318.6),
        Style.LANDMARK);
    svg.fill(Curves.ellipse(200, 340, 1.9, 2.6), SvgView.LANDMARK);
    svg.dashed(Curves.open(200, 280, 200, 330));
    svg.dashed(Curves.open(200, 350, 200, 428));
    // iliac crest fronts, ASIS and the inguinal ligaments down to the pubic tubercles
    both(svg, Curves.open(137.4, 364, 140.6, 372, 145.4, 382.4, 147, 386), Style.LANDMARK);
    both(
        svg, Curves.open(147.6, 388.6, 160, 403, 174, 417, 187, 427.6, 195.6, 432), Style.LANDMARK);
  }

  private static void limbs(SvgView svg) {
    // elbow creases, wrist creases, thenar creases and finger separations
    both(svg, Curves.open(78.4, 337.6, 88, 341.4, 98, 342, 106.6, 340.4), Style.LIGHT);
    both(svg, Curves.open(62.2, 436.6, 70, 438.4, 78, 438.6, 86.6, 437.2), Style.LIGHT);
    both(svg, Curves.open(60.4, 471, 63.8, 462, 69.6, 452.4, 76.4, 446), Style.LIGHT);
    both(svg, Curves.open(67.8, 505, 67.6, 494, 67.4, 484), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(75.6, 508.8, 75.8, 496, 75.8, 483.4), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(82.6, 506.4, 83.2, 494, 83.6, 483.8), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(61.4, 482.4, 68, 484.2, 76, 483, 84, 483.4, 90.4, 481.6), Style.LIGHT);
    // patellae, knee joint lines, tibial crests, malleoli
    both(
        svg,
        Curves.closed(
            165, 609, 171.4, 611.6, 174, 618.6, 172.4, 626.6, 168.4, 632, 165, 633.4, 161.6, 632,
            157.6, 626.6, 156, 618.6, 158.6, 611.6),
        Style.CONTOUR);
    both(svg, Curves.open(187.4, 596, 184.6, 610, 179.4, 619.6, 174.4, 623.4), Style.LIGHT);
    both(svg, Curves.open(144.6, 604, 149.4, 613, 155.6, 617.6), Style.LIGHT);
    both(svg, Curves.open(146, 640.4, 152.6, 642, 158, 642.8), Style.LIGHT);
    both(svg, Curves.open(172, 642.8, 178, 642, 184.4, 640.4), Style.LIGHT);
    both(svg, Curves.open(165.6, 650, 167.4, 680, 168.8, 720, 170.2, 760, 171.6, 786), Style.LIGHT);
    both(svg, Curves.open(154, 797.6, 155.4, 804, 153.6, 810.4), Style.LANDMARK);
    both(svg, Curves.open(182.4, 791.6, 180.6, 797, 182.2, 803), Style.LANDMARK);
    // toes
    both(svg, Curves.open(178.2, 839.6, 177.8, 834, 179, 829.4), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(170.4, 839.6, 170.2, 834.2), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(162.8, 839.6, 162.6, 834.4), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(155.6, 839.6, 155.2, 834.8), Style.LIGHT_CONTOUR);
    both(svg, Curves.open(149.2, 839.4, 148.6, 835.2), Style.LIGHT_CONTOUR);
    both(
        svg,
        Curves.open(146.4, 825.6, 156, 829.4, 168, 829.8, 180, 828, 187.8, 823.6),
        Style.LIGHT);
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
    m.put("chin", pt(200, Canon.CHIN));
    m.put("sternal-notch", pt(200, Canon.STERNAL_NOTCH));
    m.put("xiphoid", pt(200, Canon.XIPHOID));
    m.put("navel", pt(200, Canon.NAVEL));
    m.put("umbilicus", pt(200, Canon.NAVEL));
    m.put("pubis", pt(200, 432));
    m.put("crotch", pt(200, Canon.CROTCH));
    m.put("soles", pt(200, Canon.SOLES));
    Map<String, Point2D> right = new LinkedHashMap<>();
    right.put("jaw-angle", pt(174.2, 130.6));
    right.put("acromion", pt(122, 181));
    right.put("clavicle-mid", pt(158, 183));
    right.put("coracoid", pt(137, 192));
    right.put("nipple", pt(155, Canon.NIPPLES));
    right.put("deltoid-insertion", pt(92, 252));
    right.put("elbow", pt(92, Canon.ELBOW));
    right.put("lateral-epicondyle", pt(76, 338));
    right.put("medial-epicondyle", pt(108.6, 344));
    right.put("wrist", pt(74, Canon.WRIST));
    right.put("fingertip", pt(71.6, 512));
    right.put("iliac-crest", pt(139.4, 360));
    right.put("asis", pt(147, Canon.ASIS));
    right.put("aiis", pt(150, 396));
    right.put("greater-trochanter", pt(128.4, Canon.GREATER_TROCHANTER));
    right.put("mid-thigh", pt(162.6, Canon.MID_THIGH));
    right.put("patella", pt(165, 621));
    right.put("knee", pt(165, Canon.KNEE));
    right.put("tibial-tuberosity", pt(166, 652));
    right.put("fibular-head", pt(146, 656));
    right.put("medial-malleolus", pt(183.6, Canon.MEDIAL_MALLEOLUS));
    right.put("lateral-malleolus", pt(151.6, Canon.LATERAL_MALLEOLUS));
    right.forEach(
        (name, p) -> {
          m.put(name + ".R", p);
          m.put(name + ".L", pt(2 * MID_X - p.getX(), p.getY()));
        });
    return m;
  }

  private static Point2D pt(double x, double y) {
    return new Point2D.Double(x, y);
  }
}
