package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.Objects;

/**
 * The outline of one muscle on one side in one view, in outline coordinates, with its depth and
 * area (outline units squared) for ranking overlapping regions. Treat the shape as read-only; like
 * every {@link Path2D}, it compares by identity, so two regions are equal only if they share it.
 */
public record MuscleRegion(
    String muscleId, Side side, BodyView view, Path2D.Double shape, Depth depth, double area) {

  private static final double FLATNESS = 0.01;

  public MuscleRegion {
    Objects.requireNonNull(muscleId, "muscleId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(depth, "depth");
    shape = new Path2D.Double(shape);
  }

  /** Creates a region, computing its area once from the flattened shape. */
  public static MuscleRegion of(
      String muscleId, Side side, BodyView view, Path2D.Double shape, Depth depth) {
    return new MuscleRegion(muscleId, side, view, shape, depth, areaOf(shape));
  }

  /** The region id used in the atlas SVG, for example "upper-trapezius.R". */
  public String regionId() {
    return muscleId + "." + side.code();
  }

  /**
   * The enclosed area of a path, in its own units squared: the sum over its closed subpaths of the
   * absolute shoelace area of the flattened outline.
   */
  public static double areaOf(Path2D shape) {
    double total = 0;
    double subpathArea = 0;
    double startX = 0;
    double startY = 0;
    double lastX = 0;
    double lastY = 0;
    double[] coords = new double[6];
    for (PathIterator it = shape.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
      switch (it.currentSegment(coords)) {
        case PathIterator.SEG_MOVETO -> {
          total += Math.abs(subpathArea + cross(lastX, lastY, startX, startY)) / 2;
          subpathArea = 0;
          startX = coords[0];
          startY = coords[1];
          lastX = startX;
          lastY = startY;
        }
        case PathIterator.SEG_LINETO -> {
          subpathArea += cross(lastX, lastY, coords[0], coords[1]);
          lastX = coords[0];
          lastY = coords[1];
        }
        case PathIterator.SEG_CLOSE -> {
          subpathArea += cross(lastX, lastY, startX, startY);
          lastX = startX;
          lastY = startY;
        }
        default -> throw new IllegalStateException("flattened path has a curve segment");
      }
    }
    return total + Math.abs(subpathArea + cross(lastX, lastY, startX, startY)) / 2;
  }

  private static double cross(double x1, double y1, double x2, double y2) {
    return x1 * y2 - x2 * y1;
  }
}
