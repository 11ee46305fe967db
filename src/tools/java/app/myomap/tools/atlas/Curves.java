package app.myomap.tools.atlas;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Turns knot lists into smooth cubic Bézier paths (centripetal Catmull-Rom), mirrors geometry and
 * formats SVG path data rounded to two decimals.
 */
public final class Curves {

  private static final double ALPHA = 0.5;

  private Curves() {}

  /** Knots from alternating x, y values, all smooth. */
  public static List<Knot> knots(double... xy) {
    List<Knot> result = new ArrayList<>();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      result.add(Knot.p(xy[i], xy[i + 1]));
    }
    return result;
  }

  /** A closed smooth path through the knots (the last knot joins the first). */
  public static Path2D.Double closed(List<Knot> knots) {
    int n = knots.size();
    Path2D.Double path = new Path2D.Double();
    path.moveTo(knots.get(0).x(), knots.get(0).y());
    for (int i = 0; i < n; i++) {
      Knot k0 = knots.get((i - 1 + n) % n);
      Knot k1 = knots.get(i);
      Knot k2 = knots.get((i + 1) % n);
      Knot k3 = knots.get((i + 2) % n);
      segment(path, k0, k1, k2, k3);
    }
    path.closePath();
    return path;
  }

  /** A closed smooth path through the knots. */
  public static Path2D.Double closed(Knot... knots) {
    return closed(Arrays.asList(knots));
  }

  /** An open smooth path through the knots; the end points behave as corners. */
  public static Path2D.Double open(List<Knot> knots) {
    int n = knots.size();
    Path2D.Double path = new Path2D.Double();
    path.moveTo(knots.get(0).x(), knots.get(0).y());
    if (n == 2) {
      path.lineTo(knots.get(1).x(), knots.get(1).y());
      return path;
    }
    for (int i = 0; i < n - 1; i++) {
      Knot k1 = knots.get(i);
      Knot k2 = knots.get(i + 1);
      Knot k0 = i == 0 ? null : knots.get(i - 1);
      Knot k3 = i + 2 < n ? knots.get(i + 2) : null;
      segment(path, k0, k1, k2, k3);
    }
    return path;
  }

  /** An open smooth path through the knots. */
  public static Path2D.Double open(Knot... knots) {
    return open(Arrays.asList(knots));
  }

  /** An open smooth path through alternating x, y values. */
  public static Path2D.Double open(double... xy) {
    return open(knots(xy));
  }

  /** A closed smooth path through alternating x, y values. */
  public static Path2D.Double closed(double... xy) {
    return closed(knots(xy));
  }

  /** A polyline (straight segments) through alternating x, y values. */
  public static Path2D.Double polyline(double... xy) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i + 1 < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    return path;
  }

  /** An ellipse as four cubic arcs centred on (cx, cy). */
  public static Path2D.Double ellipse(double cx, double cy, double rx, double ry) {
    double k = 0.5522847498;
    Path2D.Double path = new Path2D.Double();
    path.moveTo(cx + rx, cy);
    path.curveTo(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
    path.curveTo(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
    path.curveTo(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
    path.curveTo(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
    path.closePath();
    return path;
  }

  /**
   * The knots reflected about {@code x = axisX}, in reverse order (so a half outline continues).
   */
  public static List<Knot> mirrorReversed(List<Knot> knots, double axisX) {
    List<Knot> result = new ArrayList<>();
    for (Knot k : knots) {
      result.add(k.mirrored(axisX));
    }
    Collections.reverse(result);
    return result;
  }

  /**
   * The shape rounded to two decimals and then reflected about {@code x = axisX}; rounding first
   * makes the written mirror exact to the last written digit.
   */
  public static Path2D.Double mirror(Shape shape, double axisX) {
    Path2D.Double rounded = rounded(shape);
    rounded.transform(new AffineTransform(-1, 0, 0, 1, 2 * axisX, 0));
    return rounded;
  }

  /** A copy of the shape with every coordinate rounded to two decimals. */
  public static Path2D.Double rounded(Shape shape) {
    Path2D.Double out = new Path2D.Double();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      for (int i = 0; i < 6; i++) {
        c[i] = round(c[i]);
      }
      switch (type) {
        case PathIterator.SEG_MOVETO -> out.moveTo(c[0], c[1]);
        case PathIterator.SEG_LINETO -> out.lineTo(c[0], c[1]);
        case PathIterator.SEG_QUADTO -> out.quadTo(c[0], c[1], c[2], c[3]);
        case PathIterator.SEG_CUBICTO -> out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
        default -> out.closePath();
      }
    }
    return out;
  }

  /** SVG path data of the shape, coordinates rounded to two decimals. */
  public static String pathData(Shape shape) {
    StringBuilder sb = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      switch (type) {
        case PathIterator.SEG_MOVETO -> sb.append('M').append(pair(c, 0));
        case PathIterator.SEG_LINETO -> sb.append('L').append(pair(c, 0));
        case PathIterator.SEG_QUADTO ->
            sb.append('Q').append(pair(c, 0)).append(' ').append(pair(c, 2));
        case PathIterator.SEG_CUBICTO ->
            sb.append('C')
                .append(pair(c, 0))
                .append(' ')
                .append(pair(c, 2))
                .append(' ')
                .append(pair(c, 4));
        default -> sb.append('Z');
      }
    }
    return sb.toString();
  }

  /** The number rounded to two decimals and written without trailing zeros. */
  public static String num(double value) {
    double r = round(value);
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    String s = String.format(Locale.ROOT, "%.2f", r);
    return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
  }

  /** The value rounded to two decimals. */
  public static double round(double value) {
    double r = Math.round(value * 100.0) / 100.0;
    return r == 0 ? 0 : r;
  }

  private static String pair(double[] c, int i) {
    return num(c[i]) + "," + num(c[i + 1]);
  }

  private static void segment(Path2D.Double path, Knot k0, Knot k1, Knot k2, Knot k3) {
    double[] p1 = {k1.x(), k1.y()};
    double[] p2 = {k2.x(), k2.y()};
    // A missing or corner neighbour is replaced by a phantom point continuing the chord, which
    // makes
    // the tangent at that end point straight along the segment.
    double[] p0 = k0 == null || k1.corner() ? phantom(p1, p2) : new double[] {k0.x(), k0.y()};
    double[] p3 = k3 == null || k2.corner() ? phantom(p2, p1) : new double[] {k3.x(), k3.y()};
    double d0 = Math.pow(Math.max(dist(p0, p1), 1e-6), ALPHA);
    double d1 = Math.pow(Math.max(dist(p1, p2), 1e-6), ALPHA);
    double d2 = Math.pow(Math.max(dist(p2, p3), 1e-6), ALPHA);
    double[] c1 = new double[2];
    double[] c2 = new double[2];
    for (int a = 0; a < 2; a++) {
      double t1 = (p1[a] - p0[a]) / d0 - (p2[a] - p0[a]) / (d0 + d1) + (p2[a] - p1[a]) / d1;
      double t2 = (p2[a] - p1[a]) / d1 - (p3[a] - p1[a]) / (d1 + d2) + (p3[a] - p2[a]) / d2;
      c1[a] = p1[a] + t1 * d1 / 3.0;
      c2[a] = p2[a] - t2 * d1 / 3.0;
    }
    path.curveTo(c1[0], c1[1], c2[0], c2[1], p2[0], p2[1]);
  }

  private static double[] phantom(double[] end, double[] other) {
    return new double[] {2 * end[0] - other[0], 2 * end[1] - other[1]};
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
}
