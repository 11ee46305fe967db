package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.Zone;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the marks under the pointer and inside a rubber band, working in outline coordinates.
 *
 * <p>A mark is under the pointer when its anchor lies within {@code tolerancePx / scale} outline
 * units of it, so the reach on screen stays the same at every zoom; a zone is under the pointer
 * when the pointer is inside it (distance 0) or within that reach of its edge. Hits are ranked
 * topmost first: a mark of a higher {@linkplain app.myomap.model.MarkKind#layer() drawing layer}
 * before a lower one; within a layer the nearest first, and at equal distance the one drawn later
 * (on top) first.
 */
public final class HitTester {
  private HitTester() {}

  /**
   * The marks of the view under the pointer, best first; empty if none.
   *
   * @param outlinePoint the pointer in outline coordinates of the view
   * @param tolerancePx how far from a mark the pointer may be, in screen pixels
   * @param scale the current zoom: screen pixels per outline unit
   */
  public static List<Mark> at(
      Chart chart, BodyView view, Point2D outlinePoint, double tolerancePx, double scale) {
    if (!(tolerancePx >= 0) || Double.isInfinite(tolerancePx)) {
      throw new IllegalArgumentException("Hit tolerance must be 0 or more pixels: " + tolerancePx);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("Scale must be positive: " + scale);
    }
    double reach = tolerancePx / scale;
    List<Mark> drawn = chart.inDrawingOrder(view);
    List<HitCandidate> hits = new ArrayList<>();
    for (int order = 0; order < drawn.size(); order++) {
      Mark mark = drawn.get(order);
      double distance =
          mark instanceof Zone zone
              ? zoneDistance(zone, outlinePoint, reach)
              : outlinePoint.distance(mark.x(), mark.y());
      if (distance <= reach) {
        hits.add(new HitCandidate(mark, distance, order));
      }
    }
    hits.sort(HitCandidate.RANKING);
    return hits.stream().map(HitCandidate::mark).toList();
  }

  private static double zoneDistance(Zone zone, Point2D point, double reach) {
    Rectangle2D bounds = zone.shape().bounds();
    if (point.getX() < bounds.getMinX() - reach
        || point.getX() > bounds.getMaxX() + reach
        || point.getY() < bounds.getMinY() - reach
        || point.getY() > bounds.getMaxY() + reach) {
      return Double.POSITIVE_INFINITY;
    }
    return zone.shape().contains(point) ? 0 : zone.shape().distanceToEdge(point);
  }

  /** The marks of the view whose anchor lies inside the area (edges included), in chart order. */
  public static List<Mark> marksIn(Chart chart, BodyView view, Rectangle2D outlineArea) {
    List<Mark> inside = new ArrayList<>();
    for (Mark mark : chart.marks(view)) {
      if (mark.x() >= outlineArea.getMinX()
          && mark.x() <= outlineArea.getMaxX()
          && mark.y() >= outlineArea.getMinY()
          && mark.y() <= outlineArea.getMaxY()) {
        inside.add(mark);
      }
    }
    return inside;
  }

  /** A mark within reach, with its distance and its place in drawing order. */
  private record HitCandidate(Mark mark, double distance, int drawingOrder) {
    static final Comparator<HitCandidate> RANKING =
        Comparator.comparingInt((HitCandidate c) -> -c.mark.kind().layer())
            .thenComparingDouble(HitCandidate::distance)
            .thenComparingInt(c -> -c.drawingOrder);
  }
}
