package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

  /** The index of each triangle corner by its source point, so a corner maps exactly. */
  private final Map<Point2D.Double, Integer> vertices = new HashMap<>();

  /** Each paired landmark's target by its source point, so every landmark maps exactly. */
  private final Map<Point2D.Double, Point2D.Double> exact;

  /** Where points move with the limb, in source units; empty when the view has no such limb. */
  private final Path2D.Double limbArea;

  /** How the limb moves; null on a view without one, where everything moves with the body. */
  private final AffineTransform limbMap;

  private ViewWarp(
      BodyView view,
      List<String> paired,
      Triangulation mesh,
      List<Point2D.Double> targets,
      Map<Point2D.Double, Point2D.Double> exact,
      Path2D.Double limbArea,
      AffineTransform limbMap) {
    this.view = view;
    this.paired = paired;
    this.mesh = mesh;
    this.targets = targets;
    this.exact = exact;
    this.limbArea = limbArea;
    this.limbMap = limbMap;
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
    return of(view, from, fromViewBox, to, toViewBox, Set.of(), new Path2D.Double());
  }

  /**
   * The warp of {@code view} with a limb that one version draws over the body and the other away
   * from it (v1's hanging arm lies over the flank in the side views; v2 draws it forward): inside
   * {@code limbArea} (source outline units) points move with the limb, by the rotation, scale and
   * shift that best fit its landmarks {@code limbLandmarks}; elsewhere by the piecewise-affine map
   * of the other landmarks, which the limb then no longer folds over. Every paired landmark still
   * lands exactly on its partner.
   *
   * @throws IllegalArgumentException as {@link #of(BodyView, Landmarks, Rectangle2D, Landmarks,
   *     Rectangle2D)}, or if fewer than two limb landmarks are paired
   */
  public static ViewWarp of(
      BodyView view,
      Landmarks from,
      Rectangle2D fromViewBox,
      Landmarks to,
      Rectangle2D toViewBox,
      Set<String> limbLandmarks,
      Shape limbArea) {
    Objects.requireNonNull(view, "view");
    List<String> paired = new ArrayList<>();
    Map<Point2D.Double, Point2D.Double> exact = new HashMap<>();
    List<Point2D.Double> sources = new ArrayList<>();
    List<Point2D.Double> targets = new ArrayList<>();
    List<Point2D.Double> limbSources = new ArrayList<>();
    List<Point2D.Double> limbTargets = new ArrayList<>();
    for (String name : from.names(view)) {
      if (!to.has(view, name)) {
        continue;
      }
      Point2D.Double source = copy(from.point(view, name));
      Point2D.Double target = copy(to.point(view, name));
      paired.add(name);
      if (exact.putIfAbsent(source, target) != null) {
        continue;
      }
      if (limbLandmarks.contains(name)) {
        limbSources.add(source);
        limbTargets.add(target);
      } else {
        sources.add(source);
        targets.add(target);
      }
    }
    if (sources.size() < 3) {
      throw new IllegalArgumentException(
          "view " + view.id() + " has " + sources.size() + " landmarks in both versions, needs 3");
    }
    if (!limbLandmarks.isEmpty() && limbSources.size() < 2) {
      throw new IllegalArgumentException(
          "view " + view.id() + " pairs " + limbSources.size() + " limb landmarks, needs 2");
    }
    List<Point2D.Double> fromCorners = corners(fromViewBox);
    List<Point2D.Double> toCorners = corners(toViewBox);
    for (int i = 0; i < fromCorners.size(); i++) {
      if (!exact.containsKey(fromCorners.get(i))) {
        sources.add(fromCorners.get(i));
        targets.add(toCorners.get(i));
      }
    }
    return new ViewWarp(
        view,
        List.copyOf(paired),
        Triangulation.of(sources),
        List.copyOf(targets),
        exact,
        new Path2D.Double(limbArea),
        limbSources.isEmpty() ? null : similarity(limbSources, limbTargets));
  }

  /**
   * The rotation, uniform scale and shift that carry {@code sources} nearest to {@code targets} in
   * the least-squares sense (points as complex numbers: target = a * source + b).
   */
  private static AffineTransform similarity(
      List<Point2D.Double> sources, List<Point2D.Double> targets) {
    int n = sources.size();
    double sx = 0;
    double sy = 0;
    double tx = 0;
    double ty = 0;
    for (int i = 0; i < n; i++) {
      sx += sources.get(i).x / n;
      sy += sources.get(i).y / n;
      tx += targets.get(i).x / n;
      ty += targets.get(i).y / n;
    }
    double re = 0;
    double im = 0;
    double norm = 0;
    for (int i = 0; i < n; i++) {
      double px = sources.get(i).x - sx;
      double py = sources.get(i).y - sy;
      double qx = targets.get(i).x - tx;
      double qy = targets.get(i).y - ty;
      re += qx * px + qy * py;
      im += qy * px - qx * py;
      norm += px * px + py * py;
    }
    double a = re / norm;
    double b = im / norm;
    return new AffineTransform(a, b, -b, a, tx - (a * sx - b * sy), ty - (b * sx + a * sy));
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

  /**
   * Whether a point of the source version lies on the limb that moves apart from the body (see
   * {@link #of(BodyView, Landmarks, Rectangle2D, Landmarks, Rectangle2D, Set, Shape)}); never on a
   * view without one.
   */
  public boolean onLimb(double x, double y) {
    return limbArea.contains(x, y);
  }

  /**
   * Where a point of the source version goes on the target version, in outline units: with the limb
   * if it lies on it, else with the body.
   */
  public Point2D.Double map(double x, double y) {
    return map(x, y, onLimb(x, y));
  }

  /**
   * Where a point of the source version goes on the target version, in outline units, moved with
   * the limb or with the body as the caller knows it belongs (a trigger point by its muscle): where
   * the source version draws the limb over the body, the place alone cannot tell. A paired landmark
   * goes exactly onto its partner either way.
   */
  public Point2D.Double map(double x, double y, boolean withLimb) {
    Point2D.Double landmark = exact.get(new Point2D.Double(x, y));
    if (landmark != null) {
      return copy(landmark);
    }
    Integer vertex = vertices.get(new Point2D.Double(x, y));
    if (vertex != null) {
      return copy(targets.get(vertex));
    }
    if (withLimb && limbMap != null) {
      Point2D.Double moved = new Point2D.Double();
      limbMap.transform(new Point2D.Double(x, y), moved);
      return moved;
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
   * A shape of the source version drawn on the target version, moved as one piece with the limb if
   * the middle of its bounds lies on it, else with the body (see {@link #map(Shape, boolean)}).
   */
  public Path2D.Double map(Shape shape) {
    Rectangle2D bounds = shape.getBounds2D();
    return map(shape, onLimb(bounds.getCenterX(), bounds.getCenterY()));
  }

  /**
   * A shape of the source version drawn on the target version, moved with the limb or with the
   * body: flattened, its edges split to at most {@value #MAX_EDGE} units so they follow the map,
   * every vertex mapped; subpaths and the winding rule are kept, so holes stay holes.
   */
  public Path2D.Double map(Shape shape, boolean withLimb) {
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
          Point2D.Double p = map(c[0], c[1], withLimb);
          mapped.moveTo(p.x, p.y);
          startX = c[0];
          startY = c[1];
          lastX = startX;
          lastY = startY;
        }
        case PathIterator.SEG_LINETO -> {
          lineTo(mapped, lastX, lastY, c[0], c[1], withLimb);
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_CLOSE -> {
          lineTo(mapped, lastX, lastY, startX, startY, withLimb);
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
    boolean withLimb = onLimb(xy[0], xy[1]);
    Point2D.Double first = map(xy[0], xy[1], withLimb);
    path.moveTo(first.x, first.y);
    for (int i = 2; i < xy.length; i += 2) {
      lineTo(path, xy[i - 2], xy[i - 1], xy[i], xy[i + 1], withLimb);
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

  private void lineTo(
      Path2D.Double path, double x0, double y0, double x1, double y1, boolean withLimb) {
    int steps = Math.max(1, (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / MAX_EDGE));
    for (int s = 1; s <= steps; s++) {
      double f = (double) s / steps;
      Point2D.Double p = map(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, withLimb);
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
