package app.myomap.model.geometry;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.PathIterator;

/** Measures the area a shape encloses, its winding rule applied, in square units of its space. */
public final class ShapeArea {
  private ShapeArea() {}

  /**
   * The enclosed area, holes excluded; curves are flattened within {@link RingSimplifier#FLATNESS}.
   * An {@link Area}'s outlines and holes run in opposite directions, so the signed areas of its
   * rings add up to the area.
   */
  public static double of(Shape shape) {
    Area area = shape instanceof Area a ? a : new Area(shape);
    double signed = 0;
    double[] coords = new double[6];
    double startX = 0;
    double startY = 0;
    double lastX = 0;
    double lastY = 0;
    for (PathIterator it = area.getPathIterator(null, RingSimplifier.FLATNESS);
        !it.isDone();
        it.next()) {
      int type = it.currentSegment(coords);
      if (type == PathIterator.SEG_MOVETO) {
        startX = coords[0];
        startY = coords[1];
      } else if (type == PathIterator.SEG_LINETO) {
        signed += lastX * coords[1] - coords[0] * lastY;
      } else if (type == PathIterator.SEG_CLOSE) {
        signed += lastX * startY - startX * lastY;
        coords[0] = startX;
        coords[1] = startY;
      }
      lastX = coords[0];
      lastY = coords[1];
    }
    return Math.abs(signed) / 2;
  }
}
