package app.myomap.tools.atlas;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;

/**
 * Builds muscle regions from rough smooth outlines: clipped to the silhouette so they never leave
 * the body, with neighbours subtracted so superficial regions tile instead of overlapping.
 */
final class RegionKit {

  /** Sub-paths smaller than this (square outline units) are slivers left by area operations. */
  private static final double SLIVER_AREA = 1.0;

  private final Area body;

  RegionKit(Shape silhouette) {
    this.body = new Area(silhouette);
  }

  /** A smooth closed outline through alternating x, y values, clipped to the silhouette. */
  Area smooth(double... xy) {
    return clip(Curves.closed(xy));
  }

  /**
   * The part of the area on the viewer's left of the midline (leaving a hair's gap), so that a
   * region authored for one side never reaches into its mirror.
   */
  static Area leftHalf(Area area) {
    Area result = new Area(new Rectangle2D.Double(-1000, -1000, 1000 + Canon.MID_X - 0.4, 3000));
    result.intersect(area);
    return withoutSlivers(result);
  }

  /** The part of the shape inside the silhouette. */
  Area clip(Shape shape) {
    Area a = new Area(shape);
    a.intersect(body);
    return a;
  }

  /** The first area minus all others (a new area; inputs unchanged), without slivers. */
  static Area minus(Area first, Area... others) {
    Area result = new Area(first);
    for (Area other : others) {
      result.subtract(other);
    }
    return withoutSlivers(result);
  }

  /** The area with its tiny sub-paths removed. */
  static Area withoutSlivers(Area area) {
    Path2D.Double kept = new Path2D.Double(Path2D.WIND_NON_ZERO);
    Path2D.Double current = null;
    double[] c = new double[6];
    for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      switch (type) {
        case PathIterator.SEG_MOVETO -> {
          current = new Path2D.Double();
          current.moveTo(c[0], c[1]);
        }
        case PathIterator.SEG_LINETO -> current.lineTo(c[0], c[1]);
        case PathIterator.SEG_QUADTO -> current.quadTo(c[0], c[1], c[2], c[3]);
        case PathIterator.SEG_CUBICTO -> current.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
        default -> {
          current.closePath();
          if (Geometry.area(current) >= SLIVER_AREA) {
            kept.append(current, false);
          }
          current = null;
        }
      }
    }
    return new Area(kept);
  }
}
