package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The piecewise-affine map of one view from one atlas version's outline coordinates to another's:
 * the landmarks both versions name on the view are paired, the pairs are triangulated (Delaunay, on
 * the source side), and a point inside a source triangle goes to the same barycentric place in the
 * target triangle, so every paired landmark lands exactly on its partner and straight lines bend
 * only at triangle edges.
 *
 * <p>Outside the landmarks' hull: the four corners of each version's viewBox are paired as well
 * (both versions draw the figure on the same 8-head canon, so corner matches corner). The hull is
 * then the whole viewBox, and the map stays continuous and one piece over all of it, which
 * extending the nearest triangle's affine map would not be (two hull triangles disagree past their
 * shared corner). A point outside the viewBox, which no mark should be, takes the affine map of the
 * nearest triangle.
 */
public final class ViewWarp {
  /** The longest edge mapped straight, in outline units; longer edges are split first. */
  private static final double MAX_EDGE = 2.0;

  private static final double FLATNESS = 0.05;

  private final BodyView view;
  private final List<String> paired;
  private final Triangulation mesh;
  private final List<Point2D.Double> targets;

  /** The index of each triangle corner by its source point, so a landmark maps exactly. */
  private final Map<Point2D.Double, Integer> vertices = new HashMap<>();

  private ViewWarp(
      BodyView view, List<String> paired, Triangulation mesh, List<Point2D.Double> targets) {
    this.view = view;
    this.paired = paired;
    this.mesh = mesh;
    this.targets = targets;
    for (int i = 0; i < mesh.points().size(); i++) {
      vertices.put(mesh.points().get(i), i);
    }
  }

  /**
   * The warp of {@code view} from one version's landmarks and viewBox to another's. Landmarks are
   * paired by name; a landmark only one version has is not used, and of two paired landmarks at the
   * same source point (two names for one place) the first in file order is used.
   *
   * @throws IllegalArgumentException if fewer than three landmarks are paired on the view: a view
   *     that one version does not draw (hand, foot in v1) has no warp
   */
  public static ViewWarp of(
      BodyView view, Landmarks from, Rectangle2D fromViewBox, Landmarks to, Rectangle2D toViewBox) {
    Objects.requireNonNull(view, "view");
    List<String> paired = new ArrayList<>();
    List<Point2D.Double> sources = new ArrayList<>();
    List<Point2D.Double> targets = new ArrayList<>();
    Map<Point2D.Double, String> placed = new HashMap<>();
    for (String name : from.names(view)) {
      if (!to.has(view, name)) {
        continue;
      }
      Point2D.Double source = copy(from.point(view, name));
      Point2D.Double target = copy(to.point(view, name));
      paired.add(name);
      if (placed.putIfAbsent(source, name) == null) {
        sources.add(source);
        targets.add(target);
      }
    }
    if (sources.size() < 3) {
      throw new IllegalArgumentException(
          "view " + view.id() + " has " + sources.size() + " landmarks in both versions, needs 3");
    }
    List<Point2D.Double> fromCorners = corners(fromViewBox);
    List<Point2D.Double> toCorners = corners(toViewBox);
    for (int i = 0; i < fromCorners.size(); i++) {
      if (!placed.containsKey(fromCorners.get(i))) {
        sources.add(fromCorners.get(i));
        targets.add(toCorners.get(i));
      }
    }
    return new ViewWarp(view, List.copyOf(paired), Triangulation.of(sources), List.copyOf(targets));
  }

  private static List<Point2D.Double> corners(Rectangle2D box) {
    return List.of(
        new Point2D.Double(box.getMinX(), box.getMinY()),
        new Point2D.Double(box.getMaxX(), box.getMinY()),
        new Point2D.Double(box.getMaxX(), box.getMaxY()),
        new Point2D.Double(box.getMinX(), box.getMaxY()));
  }

  private static Point2D.Double copy(Point2D p) {
    return new Point2D.Double(p.getX(), p.getY());
  }

  public BodyView view() {
    return view;
  }

  /** The names of the landmarks paired on this view, in the source version's file order. */
  public List<String> pairedLandmarks() {
    return paired;
  }

  /** The triangles, each as its three source corners then its three target corners. */
  public List<Point2D[][]> triangles() {
    List<Point2D[][]> pairs = new ArrayList<>();
    for (int[] t : mesh.triangles()) {
      Point2D[] source = new Point2D[3];
      Point2D[] target = new Point2D[3];
      for (int k = 0; k < 3; k++) {
        source[k] = copy(mesh.points().get(t[k]));
        target[k] = copy(targets.get(t[k]));
      }
      pairs.add(new Point2D[][] {source, target});
    }
    return pairs;
  }

  /**
   * How many triangles turn over on the target side (their corners change order): where the
   * versions move landmarks past each other, the map folds there and is not one-to-one.
   */
  public int foldedTriangles() {
    int folded = 0;
    for (int[] t : mesh.triangles()) {
      if (Triangulation.cross(targets.get(t[0]), targets.get(t[1]), targets.get(t[2])) < 0) {
        folded++;
      }
    }
    return folded;
  }

  /** Where a point of the source version goes on the target version, in outline units. */
  public Point2D.Double map(double x, double y) {
    Integer vertex = vertices.get(new Point2D.Double(x, y));
    if (vertex != null) {
      return copy(targets.get(vertex));
    }
    List<Point2D.Double> points = mesh.points();
    int[] nearest = null;
    double nearestDistance = Double.POSITIVE_INFINITY;
    for (int[] t : mesh.triangles()) {
      double distance = distance(points.get(t[0]), points.get(t[1]), points.get(t[2]), x, y);
      if (distance == 0) {
        return affine(t, x, y);
      }
      if (distance < nearestDistance) {
        nearestDistance = distance;
        nearest = t;
      }
    }
    return affine(nearest, x, y);
  }

  /** Where a point of the source version goes on the target version, in outline units. */
  public Point2D.Double map(Point2D point) {
    return map(point.getX(), point.getY());
  }

  /**
   * A shape of the source version drawn on the target version: flattened, its edges split to at
   * most {@value #MAX_EDGE} units so they follow the map, every vertex mapped; subpaths and the
   * winding rule are kept, so holes stay holes.
   */
  public Path2D.Double map(Shape shape) {
    PathIterator it = shape.getPathIterator(null, FLATNESS);
    Path2D.Double mapped = new Path2D.Double(it.getWindingRule());
    double[] c = new double[6];
    double startX = 0;
    double startY = 0;
    double lastX = 0;
    double lastY = 0;
    for (; !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          Point2D.Double p = map(c[0], c[1]);
          mapped.moveTo(p.x, p.y);
          startX = c[0];
          startY = c[1];
          lastX = startX;
          lastY = startY;
        }
        case PathIterator.SEG_LINETO -> {
          lineTo(mapped, lastX, lastY, c[0], c[1]);
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_CLOSE -> {
          lineTo(mapped, lastX, lastY, startX, startY);
          mapped.closePath();
          lastX = startX;
          lastY = startY;
        }
        default -> throw new IllegalStateException("flattened path has a curve segment");
      }
    }
    return mapped;
  }

  /**
   * A polyline of the source version (x0, y0, x1, y1, ...) on the target version, its segments
   * split to at most {@value #MAX_EDGE} units so they follow the map.
   */
  public double[] mapPolyline(double[] xy) {
    if (xy.length % 2 != 0) {
      throw new IllegalArgumentException("a polyline needs x, y pairs");
    }
    if (xy.length == 0) {
      return new double[0];
    }
    Path2D.Double path = new Path2D.Double();
    Point2D.Double first = map(xy[0], xy[1]);
    path.moveTo(first.x, first.y);
    for (int i = 2; i < xy.length; i += 2) {
      lineTo(path, xy[i - 2], xy[i - 1], xy[i], xy[i + 1]);
    }
    List<Double> out = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      it.currentSegment(c);
      out.add(c[0]);
      out.add(c[1]);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private void lineTo(Path2D.Double path, double x0, double y0, double x1, double y1) {
    int steps = Math.max(1, (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / MAX_EDGE));
    for (int s = 1; s <= steps; s++) {
      double f = (double) s / steps;
      Point2D.Double p = map(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f);
      path.lineTo(p.x, p.y);
    }
  }

  /** The point at the same barycentric place in the target triangle as (x, y) in the source. */
  private Point2D.Double affine(int[] t, double x, double y) {
    List<Point2D.Double> points = mesh.points();
    Point2D.Double a = points.get(t[0]);
    Point2D.Double b = points.get(t[1]);
    Point2D.Double c = points.get(t[2]);
    double det = (b.y - c.y) * (a.x - c.x) + (c.x - b.x) * (a.y - c.y);
    double wa = ((b.y - c.y) * (x - c.x) + (c.x - b.x) * (y - c.y)) / det;
    double wb = ((c.y - a.y) * (x - c.x) + (a.x - c.x) * (y - c.y)) / det;
    double wc = 1 - wa - wb;
    Point2D.Double ta = targets.get(t[0]);
    Point2D.Double tb = targets.get(t[1]);
    Point2D.Double tc = targets.get(t[2]);
    return new Point2D.Double(wa * ta.x + wb * tb.x + wc * tc.x, wa * ta.y + wb * tb.y + wc * tc.y);
  }

  /** The distance from (x, y) to triangle abc: 0 inside or on its edges. */
  private static double distance(
      Point2D.Double a, Point2D.Double b, Point2D.Double c, double x, double y) {
    Point2D.Double p = new Point2D.Double(x, y);
    double ab = Triangulation.cross(a, b, p);
    double bc = Triangulation.cross(b, c, p);
    double ca = Triangulation.cross(c, a, p);
    if (ab >= 0 && bc >= 0 && ca >= 0) {
      return 0;
    }
    return Math.min(segment(a, b, x, y), Math.min(segment(b, c, x, y), segment(c, a, x, y)));
  }

  private static double segment(Point2D.Double a, Point2D.Double b, double x, double y) {
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    double length2 = dx * dx + dy * dy;
    double f = length2 == 0 ? 0 : ((x - a.x) * dx + (y - a.y) * dy) / length2;
    f = Math.max(0, Math.min(1, f));
    return Math.hypot(x - (a.x + f * dx), y - (a.y + f * dy));
  }
}
