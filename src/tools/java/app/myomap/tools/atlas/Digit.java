package app.myomap.tools.atlas;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One finger or toe drawn along its centre line: a tapering outline with a rounded tip, the creases
 * across it and the nail on its back. The centre line runs from a point buried in the palm or sole
 * through the joints to the tip; every joint has its own half width.
 */
final class Digit {

  private final List<Point2D> centre;
  private final double[] halfWidths;

  /**
   * A digit through {@code xy} (alternating x, y of the centre line, base first, tip last) with one
   * half width per centre point.
   */
  Digit(double[] xy, double... halfWidths) {
    if (xy.length != 2 * halfWidths.length || halfWidths.length < 3) {
      throw new IllegalArgumentException("one half width per centre point, at least three");
    }
    this.centre = new ArrayList<>();
    for (int i = 0; i < xy.length; i += 2) {
      centre.add(new Point2D.Double(xy[i], xy[i + 1]));
    }
    this.halfWidths = halfWidths.clone();
  }

  /**
   * A straight digit from a base crease point at an angle from the vertical (degrees, positive
   * toward +x) pointing up (toward -y), {@code length} from the crease to the tip, buried {@code
   * buried} below the crease, with joints at the given fractions of the length and the half width
   * tapering from {@code baseHalfWidth} at the crease to {@code tipHalfWidth} at the last joint.
   */
  static Digit straight(
      double creaseX,
      double creaseY,
      double angleDegrees,
      double length,
      double buried,
      double baseHalfWidth,
      double tipHalfWidth,
      double... jointFractions) {
    double a = Math.toRadians(angleDegrees);
    double dx = Math.sin(a);
    double dy = -Math.cos(a);
    int n = jointFractions.length + 3;
    double[] xy = new double[2 * n];
    double[] hw = new double[n];
    double[] along = new double[n];
    along[0] = -buried;
    along[1] = 0;
    for (int i = 0; i < jointFractions.length; i++) {
      along[i + 2] = jointFractions[i] * length;
    }
    along[n - 1] = length;
    for (int i = 0; i < n; i++) {
      xy[2 * i] = creaseX + dx * along[i];
      xy[2 * i + 1] = creaseY + dy * along[i];
      double t = Math.max(0, Math.min(1, along[i] / (along[n - 2] == 0 ? 1 : along[n - 2])));
      hw[i] = i == 0 ? baseHalfWidth + 1 : baseHalfWidth + (tipHalfWidth - baseHalfWidth) * t;
    }
    return new Digit(xy, hw);
  }

  /** The closed outline of the digit. */
  Shape outline() {
    List<Knot> knots = new ArrayList<>();
    int n = centre.size();
    for (int i = 0; i < n - 1; i++) {
      Point2D p = centre.get(i);
      double[] nrm = normal(i);
      Knot k = Knot.p(p.getX() + nrm[0] * halfWidths[i], p.getY() + nrm[1] * halfWidths[i]);
      knots.add(i == 0 ? Knot.c(k.x(), k.y()) : k);
    }
    Point2D tip = centre.get(n - 1);
    double[] d = direction(n - 2);
    double r = halfWidths[n - 1];
    double[] nrm = {d[1], -d[0]};
    double cx = tip.getX() - d[0] * r;
    double cy = tip.getY() - d[1] * r;
    double s = Math.sqrt(0.5);
    knots.add(Knot.p(cx + nrm[0] * r, cy + nrm[1] * r));
    knots.add(Knot.p(cx + (nrm[0] + d[0]) * r * s, cy + (nrm[1] + d[1]) * r * s));
    knots.add(Knot.p(tip.getX(), tip.getY()));
    knots.add(Knot.p(cx + (-nrm[0] + d[0]) * r * s, cy + (-nrm[1] + d[1]) * r * s));
    knots.add(Knot.p(cx - nrm[0] * r, cy - nrm[1] * r));
    for (int i = n - 2; i >= 0; i--) {
      Point2D p = centre.get(i);
      double[] m = normal(i);
      Knot k = Knot.p(p.getX() - m[0] * halfWidths[i], p.getY() - m[1] * halfWidths[i]);
      knots.add(i == 0 ? Knot.c(k.x(), k.y()) : k);
    }
    return Curves.closed(knots);
  }

  /** The centre point {@code index} (0 is the buried base, the last is the tip). */
  Point2D point(int index) {
    return centre.get(index);
  }

  /** The number of centre points. */
  int size() {
    return centre.size();
  }

  /**
   * A crease across the digit at centre point {@code index}, spanning {@code fraction} of its width
   * and bowed by {@code bow} toward the tip (negative toward the base).
   */
  Shape crease(int index, double fraction, double bow) {
    return crease(centre.get(index), index, fraction, bow);
  }

  /** A crease across the digit at {@code along} of the way from point {@code index} to the next. */
  Shape creaseBetween(int index, double along, double fraction, double bow) {
    Point2D a = centre.get(index);
    Point2D b = centre.get(index + 1);
    Point2D p =
        new Point2D.Double(
            a.getX() + (b.getX() - a.getX()) * along, a.getY() + (b.getY() - a.getY()) * along);
    return crease(p, index, fraction, bow);
  }

  private Shape crease(Point2D p, int index, double fraction, double bow) {
    double[] nrm = normal(index);
    double[] d = direction(Math.min(index, centre.size() - 2));
    double w = halfWidths[index] * fraction;
    return Curves.open(
        p.getX() + nrm[0] * w,
        p.getY() + nrm[1] * w,
        p.getX() + d[0] * bow,
        p.getY() + d[1] * bow,
        p.getX() - nrm[0] * w,
        p.getY() - nrm[1] * w);
  }

  /** The nail on the back of the last phalanx, as wide as {@code widthFraction} of the digit. */
  Shape nail(double widthFraction) {
    int n = centre.size();
    Point2D joint = centre.get(n - 2);
    Point2D tip = centre.get(n - 1);
    double[] d = direction(n - 2);
    double[] nrm = {-d[1], d[0]};
    double length = joint.distance(tip);
    double w = halfWidths[n - 1] * widthFraction;
    double startX = joint.getX() + d[0] * length * 0.38;
    double startY = joint.getY() + d[1] * length * 0.38;
    double endX = tip.getX() - d[0] * length * 0.07;
    double endY = tip.getY() - d[1] * length * 0.07;
    double midX = (startX + endX) / 2;
    double midY = (startY + endY) / 2;
    return Curves.closed(
        Knot.p(startX + nrm[0] * w * 0.9, startY + nrm[1] * w * 0.9),
        Knot.p(midX + nrm[0] * w, midY + nrm[1] * w),
        Knot.p(endX + nrm[0] * w * 0.85 - d[0] * 1.2, endY + nrm[1] * w * 0.85 - d[1] * 1.2),
        Knot.p(endX, endY),
        Knot.p(endX - nrm[0] * w * 0.85 - d[0] * 1.2, endY - nrm[1] * w * 0.85 - d[1] * 1.2),
        Knot.p(midX - nrm[0] * w, midY - nrm[1] * w),
        Knot.p(startX - nrm[0] * w * 0.9, startY - nrm[1] * w * 0.9),
        Knot.p(startX - d[0] * 1.5, startY - d[1] * 1.5));
  }

  /** The unit direction of the segment from point {@code i} to the next. */
  private double[] direction(int i) {
    Point2D a = centre.get(i);
    Point2D b = centre.get(i + 1);
    double len = a.distance(b);
    return new double[] {(b.getX() - a.getX()) / len, (b.getY() - a.getY()) / len};
  }

  /** The unit normal at point {@code i} (to the left of the direction of travel, tip-ward). */
  private double[] normal(int i) {
    int last = centre.size() - 2;
    double[] d1 = direction(Math.max(0, Math.min(i - 1, last)));
    double[] d2 = direction(Math.min(i, last));
    double x = d1[0] + d2[0];
    double y = d1[1] + d2[1];
    double len = Math.hypot(x, y);
    return new double[] {y / len, -x / len};
  }
}
