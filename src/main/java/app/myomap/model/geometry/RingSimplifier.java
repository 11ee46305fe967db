package app.myomap.model.geometry;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns any shape into compact closed rings of integer hundredths of an outline unit: the shape's
 * area (its winding rule applied) is flattened, each ring simplified with Douglas-Peucker within a
 * tolerance, snapped to the hundredths grid, and rings smaller than a minimum area dropped. Holes
 * stay holes under the even-odd rule.
 */
public final class RingSimplifier {
  /** How far a flattened curve may stray from the true curve, in outline units. */
  public static final double FLATNESS = 0.01;

  /** How far a simplified ring may stray from the flattened ring, at most, in outline units. */
  public static final double TOLERANCE = 0.25;

  /**
   * The tolerance of a small ring, as a fraction of the square root of its area: the simplified
   * polygon's corners lie on the curve, so it loses area on every convex stretch, and a tolerance
   * proportional to the ring's size keeps that loss near 0.5 % at every size.
   */
  public static final double RELATIVE_TOLERANCE = 0.003;

  /** Rings enclosing less than this many square outline units are dropped as crumbs. */
  public static final double MIN_RING_AREA = 0.5;

  /** The largest coordinate magnitude, in hundredths of an outline unit (100,000 units). */
  public static final int MAX_HUNDREDTHS = 10_000_000;

  private RingSimplifier() {}

  /**
   * The simplified rings of the area of {@code shape}, each as {@code [x0, y0, x1, y1, ...]} in
   * hundredths of an outline unit, at least three points, not repeating its first point; empty when
   * nothing of the area is left.
   */
  public static List<int[]> rings(Shape shape) {
    Area area = shape instanceof Area a ? a : new Area(shape);
    List<int[]> result = new ArrayList<>();
    for (double[] ring : flattenedRings(area)) {
      double tolerance =
          Math.min(TOLERANCE, RELATIVE_TOLERANCE * Math.sqrt(Math.abs(signedArea(ring))));
      int[] simplified = snap(douglasPeucker(ring, tolerance));
      if (simplified.length >= 6
          && Math.abs(doubleArea(simplified)) / 2 >= MIN_RING_AREA * 100 * 100) {
        result.add(simplified);
      }
    }
    return result;
  }

  /** Twice the signed area of a ring of hundredths, in square hundredths (exact). */
  public static long doubleArea(int[] ring) {
    long sum = 0;
    int n = ring.length / 2;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      sum += (long) ring[2 * i] * ring[2 * j + 1] - (long) ring[2 * j] * ring[2 * i + 1];
    }
    return sum;
  }

  private static double signedArea(double[] ring) {
    double sum = 0;
    int n = ring.length / 2;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      sum += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
    }
    return sum / 2;
  }

  private static List<double[]> flattenedRings(Area area) {
    List<double[]> rings = new ArrayList<>();
    double[] coords = new double[6];
    double[] ring = new double[64];
    int size = 0;
    for (PathIterator it = area.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
      int type = it.currentSegment(coords);
      if (type == PathIterator.SEG_MOVETO) {
        if (size >= 6) {
          rings.add(Arrays.copyOf(ring, size));
        }
        size = 0;
      }
      if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
        if (size + 2 > ring.length) {
          ring = Arrays.copyOf(ring, ring.length * 2);
        }
        ring[size++] = coords[0];
        ring[size++] = coords[1];
      } else if (type == PathIterator.SEG_CLOSE) {
        if (size >= 6) {
          rings.add(Arrays.copyOf(ring, size));
        }
        size = 0;
      }
    }
    if (size >= 6) {
      rings.add(Arrays.copyOf(ring, size));
    }
    return rings;
  }

  /**
   * Douglas-Peucker on a closed ring: split at the point farthest from the first one, then keep, in
   * each half, only the points farther than {@code tolerance} from the chord that spans them.
   */
  static double[] douglasPeucker(double[] ring, double tolerance) {
    int n = ring.length / 2;
    if (n > 1 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1]) {
      n--;
    }
    if (n <= 3) {
      return Arrays.copyOf(ring, 2 * n);
    }
    int far = 0;
    double farthest = -1;
    for (int i = 1; i < n; i++) {
      double d = Math.hypot(ring[2 * i] - ring[0], ring[2 * i + 1] - ring[1]);
      if (d > farthest) {
        farthest = d;
        far = i;
      }
    }
    boolean[] keep = new boolean[n + 1];
    keep[0] = true;
    keep[far] = true;
    keep[n] = true;
    int[] stack = new int[2 * (n + 1)];
    int top = 0;
    stack[top++] = 0;
    stack[top++] = far;
    stack[top++] = far;
    stack[top++] = n;
    while (top > 0) {
      int last = stack[--top];
      int first = stack[--top];
      double ax = x(ring, first, n);
      double ay = y(ring, first, n);
      double bx = x(ring, last, n);
      double by = y(ring, last, n);
      int worst = -1;
      double worstDistance = tolerance;
      for (int i = first + 1; i < last; i++) {
        double d = segmentDistance(x(ring, i, n), y(ring, i, n), ax, ay, bx, by);
        if (d > worstDistance) {
          worstDistance = d;
          worst = i;
        }
      }
      if (worst >= 0) {
        keep[worst] = true;
        stack[top++] = first;
        stack[top++] = worst;
        stack[top++] = worst;
        stack[top++] = last;
      }
    }
    double[] kept = new double[2 * n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        kept[size++] = ring[2 * i];
        kept[size++] = ring[2 * i + 1];
      }
    }
    return Arrays.copyOf(kept, size);
  }

  /** The distance from a point to the segment a-b. */
  public static double segmentDistance(
      double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }

  private static double x(double[] ring, int index, int n) {
    return ring[2 * (index % n)];
  }

  private static double y(double[] ring, int index, int n) {
    return ring[2 * (index % n) + 1];
  }

  /** Snaps to the hundredths grid, dropping points that land on the one before. */
  private static int[] snap(double[] ring) {
    int n = ring.length / 2;
    int[] snapped = new int[2 * n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int x = hundredths(ring[2 * i]);
      int y = hundredths(ring[2 * i + 1]);
      if (size == 0 || x != snapped[size - 2] || y != snapped[size - 1]) {
        snapped[size++] = x;
        snapped[size++] = y;
      }
    }
    while (size >= 4 && snapped[0] == snapped[size - 2] && snapped[1] == snapped[size - 1]) {
      size -= 2;
    }
    return Arrays.copyOf(snapped, size);
  }

  private static int hundredths(double value) {
    double scaled = Math.rint(value * 100);
    if (!(Math.abs(scaled) <= MAX_HUNDREDTHS)) {
      throw new IllegalArgumentException("Coordinate out of range: " + value);
    }
    return (int) scaled;
  }
}
