package app.myomap.tools.atlas;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The near arm of the lateral figure brought forward from the hanging pose it is authored in
 * (shoulder flexed by {@link #FLEXION_DEGREES}), so the flank, the posterior axillary fold and the
 * lateral hip lie open. The shoulder cap stays on the trunk: a point's share of the rotation grows
 * smoothly from the top of the cap to below the armpit.
 */
final class ArmPose {

  /** Forward flexion of the shoulder, in degrees. */
  static final double FLEXION_DEGREES = 35;

  /** The centre of the shoulder joint the arm turns about, in the authored left-view units. */
  private static final double PIVOT_X = 178;

  private static final double PIVOT_Y = 196;

  /** Above this height a point stays where it is authored (the top of the shoulder cap). */
  private static final double FIXED_ABOVE = 186;

  /** Below this height a point turns with the whole arm. */
  private static final double TURNED_BELOW = 252;

  private ArmPose() {}

  /** The point of the hanging arm moved to the posed arm. */
  static Point2D pose(Point2D p) {
    double[] xy = pose(p.getX(), p.getY());
    return new Point2D.Double(xy[0], xy[1]);
  }

  /** The knots of the hanging arm moved to the posed arm (corner flags kept). */
  static List<Knot> pose(List<Knot> knots) {
    List<Knot> result = new ArrayList<>();
    for (Knot k : knots) {
      double[] xy = pose(k.x(), k.y());
      result.add(new Knot(xy[0], xy[1], k.corner()));
    }
    return result;
  }

  /** The shape of the hanging arm moved to the posed arm, control point by control point. */
  static Shape pose(Shape shape) {
    Path2D.Double out = new Path2D.Double();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      for (int i = 0; i < 6; i += 2) {
        double[] xy = pose(c[i], c[i + 1]);
        c[i] = xy[0];
        c[i + 1] = xy[1];
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

  private static double[] pose(double x, double y) {
    double t = Math.min(1, Math.max(0, (y - FIXED_ABOVE) / (TURNED_BELOW - FIXED_ABOVE)));
    double share = t * t * (3 - 2 * t);
    double angle = Math.toRadians(FLEXION_DEGREES) * share;
    double dx = x - PIVOT_X;
    double dy = y - PIVOT_Y;
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    return new double[] {PIVOT_X + dx * cos - dy * sin, PIVOT_Y + dx * sin + dy * cos};
  }
}
