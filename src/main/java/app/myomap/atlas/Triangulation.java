package app.myomap.atlas;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Delaunay triangulation of a small set of distinct points (Bowyer-Watson, quadratic time,
 * meant for the few dozen landmarks of a view): triangles as index triples into the points, each
 * counter-clockwise in a y-down frame as drawn on screen, none with an empty circumcircle broken.
 */
final class Triangulation {
  /** Relative tolerance of the in-circle test, so cocircular points do not flip back and forth. */
  private static final double IN_CIRCLE_EPSILON = 1e-9;

  private final List<Point2D.Double> points;
  private final List<int[]> triangles;

  private Triangulation(List<Point2D.Double> points, List<int[]> triangles) {
    this.points = points;
    this.triangles = triangles;
  }

  /**
   * Triangulates {@code points}.
   *
   * @throws IllegalArgumentException if two points coincide, or fewer than three points do not all
   *     lie on one line
   */
  static Triangulation of(List<? extends Point2D> points) {
    List<Point2D.Double> copies = new ArrayList<>(points.size());
    Map<Point2D.Double, Integer> seen = new HashMap<>();
    for (Point2D p : points) {
      Point2D.Double copy = new Point2D.Double(p.getX(), p.getY());
      if (seen.putIfAbsent(copy, copies.size()) != null) {
        throw new IllegalArgumentException("two points at " + copy.x + "," + copy.y);
      }
      copies.add(copy);
    }
    int n = copies.size();
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point2D.Double p : copies) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    // A super triangle far larger than the points, so no hull triangle is lost when it goes.
    double span = Math.max(Math.max(maxX - minX, maxY - minY), 1) * 1000;
    double midX = (minX + maxX) / 2;
    double midY = (minY + maxY) / 2;
    List<Point2D.Double> all = new ArrayList<>(copies);
    all.add(new Point2D.Double(midX - 2 * span, midY + span));
    all.add(new Point2D.Double(midX + 2 * span, midY + span));
    all.add(new Point2D.Double(midX, midY - 2 * span));
    List<int[]> mesh = new ArrayList<>();
    mesh.add(oriented(all, n, n + 1, n + 2));
    for (int i = 0; i < n; i++) {
      insert(all, mesh, i);
    }
    List<int[]> kept = new ArrayList<>();
    for (int[] t : mesh) {
      if (t[0] < n && t[1] < n && t[2] < n) {
        kept.add(t);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("the points need three that are not on one line");
    }
    return new Triangulation(List.copyOf(copies), List.copyOf(kept));
  }

  private static void insert(List<Point2D.Double> all, List<int[]> mesh, int index) {
    Point2D.Double p = all.get(index);
    List<int[]> bad = new ArrayList<>();
    for (int[] t : mesh) {
      if (inCircumcircle(all, t, p)) {
        bad.add(t);
      }
    }
    // The boundary of the cavity: edges of exactly one bad triangle.
    Map<Long, int[]> edges = new HashMap<>();
    for (int[] t : bad) {
      for (int e = 0; e < 3; e++) {
        int a = t[e];
        int b = t[(e + 1) % 3];
        long key = Math.min(a, b) * 1_000_003L + Math.max(a, b);
        if (edges.remove(key) == null) {
          edges.put(key, new int[] {a, b});
        }
      }
    }
    mesh.removeAll(bad);
    for (int[] edge : edges.values()) {
      mesh.add(oriented(all, edge[0], edge[1], index));
    }
  }

  private static boolean inCircumcircle(List<Point2D.Double> all, int[] t, Point2D.Double p) {
    Point2D.Double a = all.get(t[0]);
    Point2D.Double b = all.get(t[1]);
    Point2D.Double c = all.get(t[2]);
    double ax = a.x - p.x;
    double ay = a.y - p.y;
    double bx = b.x - p.x;
    double by = b.y - p.y;
    double cx = c.x - p.x;
    double cy = c.y - p.y;
    double det =
        (ax * ax + ay * ay) * (bx * cy - cx * by)
            - (bx * bx + by * by) * (ax * cy - cx * ay)
            + (cx * cx + cy * cy) * (ax * by - bx * ay);
    double scale =
        (ax * ax + ay * ay + bx * bx + by * by + cx * cx + cy * cy)
            * Math.max(1, Math.abs(cross(a, b, c)));
    // Triangles are stored with a positive cross product, for which "inside" is det > 0.
    return det > IN_CIRCLE_EPSILON * scale;
  }

  private static int[] oriented(List<Point2D.Double> all, int a, int b, int c) {
    return cross(all.get(a), all.get(b), all.get(c)) >= 0
        ? new int[] {a, b, c}
        : new int[] {a, c, b};
  }

  /** Twice the signed area of triangle abc. */
  static double cross(Point2D a, Point2D b, Point2D c) {
    return (b.getX() - a.getX()) * (c.getY() - a.getY())
        - (b.getY() - a.getY()) * (c.getX() - a.getX());
  }

  /** The points, in the order given. */
  List<Point2D.Double> points() {
    return points;
  }

  /** The triangles as index triples into {@link #points()}; treat them as read-only. */
  List<int[]> triangles() {
    return triangles;
  }
}
