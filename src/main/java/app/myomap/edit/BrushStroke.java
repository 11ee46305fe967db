package app.myomap.edit;

import app.myomap.model.geometry.RingSimplifier;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The area a round brush sweeps along a polyline of pointer samples, in outline units: the union of
 * a disc at every sample and a rectangle along every segment.
 *
 * <p>While the pointer moves, each sample appends one disc and one rectangle to a live non-zero
 * path (filling it shows their union), so a sample costs the same however long the stroke is. On
 * release, {@link #toArea()} makes the one exact {@link Area}: the same union, the Minkowski sum of
 * the polyline and the disc, which a round-capped, round-joined {@link BasicStroke} of twice the
 * radius outlines with far fewer overlapping pieces than the discs do, after thinning samples that
 * lie within a small fraction of the radius of a straight line.
 */
public final class BrushStroke {
  /** Samples closer than this to the one before add nothing, in outline units. */
  private static final double MIN_STEP = 1e-6;

  /** Whether {@link Ellipse2D}'s path runs with a positive signed area, found once. */
  private static final boolean DISC_POSITIVE = signedArea(new Ellipse2D.Double(0, 0, 2, 2)) > 0;

  private final double radius;
  private final Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
  private final List<Point2D.Double> samples = new ArrayList<>();

  /** An empty stroke of a brush with {@code radius} outline units. */
  public BrushStroke(double radius) {
    if (!(radius > 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException("Brush radius must be positive: " + radius);
    }
    this.radius = radius;
  }

  /** The stroke of a whole polyline at once. */
  public static BrushStroke along(List<? extends Point2D> points, double radius) {
    BrushStroke stroke = new BrushStroke(radius);
    for (Point2D point : points) {
      stroke.add(point);
    }
    return stroke;
  }

  public double radius() {
    return radius;
  }

  /** The samples kept so far, in order. */
  public List<Point2D> samples() {
    return List.copyOf(samples);
  }

  public boolean isEmpty() {
    return samples.isEmpty();
  }

  /**
   * Extends the stroke to the next pointer sample: one disc and, after the first sample, one
   * rectangle from the previous sample. Returns whether the sample was kept (a sample on the
   * previous one adds nothing).
   */
  public boolean add(Point2D point) {
    double x = point.getX();
    double y = point.getY();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("Brush sample must be finite: " + point);
    }
    if (!samples.isEmpty()) {
      Point2D.Double last = samples.get(samples.size() - 1);
      if (Math.hypot(x - last.x, y - last.y) < MIN_STEP) {
        return false;
      }
      appendSegment(last.x, last.y, x, y);
    }
    path.append(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius), false);
    samples.add(new Point2D.Double(x, y));
    return true;
  }

  /**
   * The swept area so far as the live path of discs and rectangles (non-zero winding); it keeps
   * growing with later samples, so paint it at once rather than keep it.
   */
  public Shape shape() {
    return path;
  }

  /** The bounds of what the last sample added, disc and rectangle, in outline units. */
  public Rectangle2D lastSegmentBounds() {
    int n = samples.size();
    if (n == 0) {
      return new Rectangle2D.Double();
    }
    Point2D.Double last = samples.get(n - 1);
    Point2D.Double before = samples.get(Math.max(0, n - 2));
    return new Rectangle2D.Double(
        Math.min(last.x, before.x) - radius,
        Math.min(last.y, before.y) - radius,
        Math.abs(last.x - before.x) + 2 * radius,
        Math.abs(last.y - before.y) + 2 * radius);
  }

  /** The swept area as one new {@link Area}, built once; empty for an empty stroke. */
  public Area toArea() {
    if (samples.isEmpty()) {
      return new Area();
    }
    if (samples.size() == 1) {
      Point2D.Double only = samples.get(0);
      return new Area(
          new Ellipse2D.Double(only.x - radius, only.y - radius, 2 * radius, 2 * radius));
    }
    double[] line = new double[samples.size() * 2];
    for (int i = 0; i < samples.size(); i++) {
      line[2 * i] = samples.get(i).x;
      line[2 * i + 1] = samples.get(i).y;
    }
    // Thinning within this tolerance moves the swept boundary by no more than the tolerance.
    double[] thinned = PolylineThinning.thin(line, Math.min(0.02 * radius, 0.1));
    Path2D.Double polyline = new Path2D.Double();
    polyline.moveTo(thinned[0], thinned[1]);
    for (int i = 2; i < thinned.length; i += 2) {
      polyline.lineTo(thinned[i], thinned[i + 1]);
    }
    BasicStroke sweep =
        new BasicStroke((float) (2 * radius), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    return new Area(sweep.createStrokedShape(polyline));
  }

  private void appendSegment(double x0, double y0, double x1, double y1) {
    double length = Math.hypot(x1 - x0, y1 - y0);
    double nx = -(y1 - y0) / length * radius;
    double ny = (x1 - x0) / length * radius;
    double[] corners = {x0 + nx, y0 + ny, x1 + nx, y1 + ny, x1 - nx, y1 - ny, x0 - nx, y0 - ny};
    // All pieces must wind the same way for the non-zero rule to fill their union.
    boolean positive = signedArea(corners) > 0;
    path.moveTo(corners[0], corners[1]);
    if (positive == DISC_POSITIVE) {
      for (int i = 2; i < 8; i += 2) {
        path.lineTo(corners[i], corners[i + 1]);
      }
    } else {
      for (int i = 6; i >= 2; i -= 2) {
        path.lineTo(corners[i], corners[i + 1]);
      }
    }
    path.closePath();
  }

  private static double signedArea(double[] polygon) {
    double sum = 0;
    int n = polygon.length / 2;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      sum += polygon[2 * i] * polygon[2 * j + 1] - polygon[2 * j] * polygon[2 * i + 1];
    }
    return sum / 2;
  }

  private static double signedArea(Shape shape) {
    List<Double> coords = new ArrayList<>();
    double[] segment = new double[6];
    for (PathIterator it = shape.getPathIterator(null, RingSimplifier.FLATNESS);
        !it.isDone();
        it.next()) {
      int type = it.currentSegment(segment);
      if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
        coords.add(segment[0]);
        coords.add(segment[1]);
      }
    }
    double[] polygon = new double[coords.size()];
    for (int i = 0; i < polygon.length; i++) {
      polygon[i] = coords.get(i);
    }
    return signedArea(polygon);
  }
}
