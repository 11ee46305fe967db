package app.myomap.tools.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the drawing of one atlas view (silhouette, body elements, hidden regions) and writes it
 * in the structure of assets/atlas/FORMAT.md.
 */
public final class SvgView {

  /** Fill of the silhouette. */
  public static final String SKIN = "#fbfaf8";

  /** Stroke of the silhouette. */
  public static final String OUTLINE = "#3a3a3a";

  /** Stroke of inner contours. */
  public static final String CONTOUR = "#6b6b6b";

  /** Stroke of landmark lines. */
  public static final String LANDMARK = "#b0b0b0";

  /** Fill of labels. */
  public static final String LABEL = "#7a7a7a";

  /** Font list of labels. */
  public static final String FONT = "DejaVu Sans, Arial, sans-serif";

  private final BodyView view;
  private final double width;
  private final double height;
  private final String title;
  private Shape silhouette = new Path2D.Double();
  private final List<String> body = new ArrayList<>();
  private final Map<String, Shape> regions = new LinkedHashMap<>();

  /** A view of the given viewBox size (origin 0,0) with a small title at the top. */
  public SvgView(BodyView view, double width, double height, String title) {
    this.view = view;
    this.width = width;
    this.height = height;
    this.title = title;
  }

  public BodyView view() {
    return view;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  public Shape silhouette() {
    return silhouette;
  }

  /** The regions by id ("muscle-id.R"), in insertion order. */
  public Map<String, Shape> regions() {
    return Collections.unmodifiableMap(regions);
  }

  /** Sets the closed outer outline of the figure. */
  public SvgView silhouette(Shape outline) {
    this.silhouette = outline;
    return this;
  }

  /** An inner contour (limb over torso, knee cap, ear). */
  public SvgView contour(Shape shape) {
    return stroke(shape, CONTOUR, 0.9, null);
  }

  /** A light landmark line a practitioner orients by. */
  public SvgView landmark(Shape shape) {
    return stroke(shape, LANDMARK, 0.7, null);
  }

  /** A dashed light landmark line (spine line). */
  public SvgView dashed(Shape shape) {
    return stroke(shape, LANDMARK, 0.7, "3 2.5");
  }

  /** A stroked, unfilled path with the given colour, width and optional dash array. */
  public SvgView stroke(Shape shape, String colour, double strokeWidth, String dashArray) {
    StringBuilder sb = new StringBuilder();
    sb.append("<path d=\"")
        .append(Curves.pathData(shape))
        .append("\" fill=\"none\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"")
        .append(Curves.num(strokeWidth))
        .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
    if (dashArray != null) {
      sb.append(" stroke-dasharray=\"").append(dashArray).append('"');
    }
    body.add(sb.append("/>").toString());
    return this;
  }

  /** A filled shape without stroke (a small landmark dot). */
  public SvgView fill(Shape shape, String colour) {
    body.add(
        "<path d=\"" + Curves.pathData(shape) + "\" fill=\"" + colour + "\" stroke=\"none\"/>");
    return this;
  }

  /** A small filled landmark dot. */
  public SvgView dot(double x, double y, double radius) {
    return fill(Curves.ellipse(x, y, radius, radius), LANDMARK);
  }

  /** A text label; anchor is "start", "middle" or "end". */
  public SvgView text(String text, double x, double y, double fontSize, String anchor) {
    body.add(
        "<text x=\""
            + Curves.num(x)
            + "\" y=\""
            + Curves.num(y)
            + "\" font-family=\""
            + FONT
            + "\" font-size=\""
            + Curves.num(fontSize)
            + "\" fill=\""
            + LABEL
            + "\" text-anchor=\""
            + anchor
            + "\">"
            + escape(text)
            + "</text>");
    return this;
  }

  /** Adds the region of one muscle on one side; the id is "muscle-id.R" or "muscle-id.L". */
  public SvgView region(String muscleId, Side side, Shape shape) {
    String id = muscleId + "." + side.code();
    if (regions.containsKey(id)) {
      throw new IllegalArgumentException("Duplicate region " + id);
    }
    regions.put(id, shape);
    return this;
  }

  /** Adds a region on the given side and its exact mirror about {@code axisX} on the other. */
  public SvgView regionPair(String muscleId, Side side, Shape shape, double axisX) {
    region(muscleId, side, Curves.rounded(shape));
    return region(muscleId, side.opposite(), Curves.mirror(shape, axisX));
  }

  /** The SVG document of this view. */
  public String toSvg() {
    return document(false, Map.of());
  }

  /**
   * A debugging SVG with the regions visible, each in a translucent colour and labelled with the
   * abbreviation from {@code abbreviations} (muscle id to abbreviation).
   */
  public String toDebugSvg(Map<String, String> abbreviations) {
    return document(true, abbreviations);
  }

  private String document(boolean debug, Map<String, String> abbreviations) {
    StringBuilder sb = new StringBuilder();
    String w = Curves.num(width);
    String h = Curves.num(height);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
        .append(" version=\"1.1\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("\">\n");
    sb.append("  <title>MyoMap atlas v1: ").append(escape(title)).append("</title>\n");
    sb.append("  <path id=\"silhouette\" d=\"")
        .append(Curves.pathData(silhouette))
        .append("\" fill=\"")
        .append(SKIN)
        .append("\" stroke=\"")
        .append(OUTLINE)
        .append("\" stroke-width=\"1.4\" stroke-linejoin=\"round\"/>\n");
    sb.append("  <g id=\"body\">\n");
    sb.append("    <text x=\"")
        .append(Curves.num(width / 2))
        .append("\" y=\"22\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"14\" fill=\"")
        .append(LABEL)
        .append("\" text-anchor=\"middle\">")
        .append(escape(title))
        .append("</text>\n");
    for (String element : body) {
      sb.append("    ").append(element).append('\n');
    }
    sb.append("  </g>\n");
    if (debug) {
      sb.append("  <g id=\"regions\">\n");
      int i = 0;
      for (Map.Entry<String, Shape> e : regions.entrySet()) {
        String colour = colour(i++);
        sb.append("    <path id=\"")
            .append(e.getKey())
            .append("\" d=\"")
            .append(Curves.pathData(e.getValue()))
            .append("\" fill=\"")
            .append(colour)
            .append("\" fill-opacity=\"0.35\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"0.6\"/>\n");
      }
      for (Map.Entry<String, Shape> e : regions.entrySet()) {
        String muscle = e.getKey().substring(0, e.getKey().lastIndexOf('.'));
        Rectangle2D b = e.getValue().getBounds2D();
        sb.append("    <text x=\"")
            .append(Curves.num(b.getCenterX()))
            .append("\" y=\"")
            .append(Curves.num(b.getCenterY() + 2))
            .append("\" font-family=\"")
            .append(FONT)
            .append("\" font-size=\"5\" fill=\"#000\" text-anchor=\"middle\">")
            .append(escape(abbreviations.getOrDefault(muscle, muscle)))
            .append("</text>\n");
      }
      sb.append("  </g>\n");
    } else {
      sb.append("  <g id=\"regions\" style=\"display:none\">\n");
      for (Map.Entry<String, Shape> e : regions.entrySet()) {
        sb.append("    <path id=\"")
            .append(e.getKey())
            .append("\" d=\"")
            .append(Curves.pathData(e.getValue()))
            .append("\"/>\n");
      }
      sb.append("  </g>\n");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** The area of the region lying outside the silhouette, as a fraction of the region's area. */
  public double outsideFraction(String regionId) {
    Area region = new Area(regions.get(regionId));
    double total = Geometry.area(region);
    region.subtract(new Area(silhouette));
    return total == 0 ? 0 : Geometry.area(region) / total;
  }

  private static String colour(int index) {
    float hue = (index * 0.381966f) % 1f;
    int rgb = java.awt.Color.HSBtoRGB(hue, 0.75f, 0.85f) & 0xffffff;
    return String.format("#%06x", rgb);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
