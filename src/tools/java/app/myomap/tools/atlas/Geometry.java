package app.myomap.tools.atlas;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/** Small measurements on shapes used by the generator's checks. */
public final class Geometry {

  private Geometry() {}

  /** The enclosed area of the shape (sum of absolute sub-path areas of the flattened outline). */
  public static double area(Shape shape) {
    double total = 0;
    double sub = 0;
    double sx = 0;
    double sy = 0;
    double px = 0;
    double py = 0;
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null, 0.05); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_MOVETO) {
        total += Math.abs(sub + (px * sy - sx * py)) / 2;
        sub = 0;
        sx = c[0];
        sy = c[1];
        px = sx;
        py = sy;
      } else if (type == PathIterator.SEG_LINETO) {
        sub += px * c[1] - c[0] * py;
        px = c[0];
        py = c[1];
      } else {
        sub += px * sy - sx * py;
        total += Math.abs(sub) / 2;
        sub = 0;
        px = sx;
        py = sy;
      }
    }
    return total + Math.abs(sub) / 2;
  }
}
