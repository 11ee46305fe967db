package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the muscle regions under a point in outline coordinates, ranked superficial before deep
 * and, within a depth, smaller area first.
 */
public final class RegionLookup {
  /** The order of {@link #at}: superficial first, then smaller area, then id for stability. */
  public static final Comparator<MuscleRegion> RANKING =
      Comparator.comparing(MuscleRegion::depth)
          .thenComparingDouble(MuscleRegion::area)
          .thenComparing(MuscleRegion::muscleId)
          .thenComparing(MuscleRegion::side);

  private final Map<BodyView, ViewIndex> byView = new EnumMap<>(BodyView.class);

  private RegionLookup(Collection<MuscleRegion> regions) {
    Map<BodyView, List<MuscleRegion>> grouped = new EnumMap<>(BodyView.class);
    for (MuscleRegion region : regions) {
      grouped.computeIfAbsent(region.view(), v -> new ArrayList<>()).add(region);
    }
    grouped.forEach((view, list) -> byView.put(view, new ViewIndex(list)));
  }

  /** A lookup over the given regions of any views. */
  public static RegionLookup of(Collection<MuscleRegion> regions) {
    return new RegionLookup(regions);
  }

  /** Every region of the view containing the point, best ranked first; empty if none. */
  public List<MuscleRegion> at(BodyView view, Point2D outlinePoint) {
    ViewIndex index = byView.get(view);
    return index == null ? List.of() : index.at(outlinePoint.getX(), outlinePoint.getY());
  }

  /** Every region of the view, in ranking order. */
  public List<MuscleRegion> regions(BodyView view) {
    ViewIndex index = byView.get(view);
    return index == null ? List.of() : index.ranked;
  }

  /** The region of a muscle and side on a view, if that view has one. */
  public Optional<MuscleRegion> find(BodyView view, String muscleId, Side side) {
    for (MuscleRegion region : regions(view)) {
      if (region.muscleId().equals(muscleId) && region.side() == side) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }

  /** The regions of one view, pre-sorted by rank, with flat bounding-box arrays for a prefilter. */
  private static final class ViewIndex {
    private final List<MuscleRegion> ranked;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;

    ViewIndex(List<MuscleRegion> regions) {
      List<MuscleRegion> sorted = new ArrayList<>(regions);
      sorted.sort(RANKING);
      ranked = List.copyOf(sorted);
      int n = ranked.size();
      minX = new double[n];
      minY = new double[n];
      maxX = new double[n];
      maxY = new double[n];
      for (int i = 0; i < n; i++) {
        Rectangle2D bounds = ranked.get(i).shape().getBounds2D();
        minX[i] = bounds.getMinX();
        minY[i] = bounds.getMinY();
        maxX[i] = bounds.getMaxX();
        maxY[i] = bounds.getMaxY();
      }
    }

    List<MuscleRegion> at(double x, double y) {
      List<MuscleRegion> hits = null;
      for (int i = 0; i < minX.length; i++) {
        if (x < minX[i] || x > maxX[i] || y < minY[i] || y > maxY[i]) {
          continue;
        }
        MuscleRegion region = ranked.get(i);
        if (region.shape().contains(x, y)) {
          if (hits == null) {
            hits = new ArrayList<>(4);
          }
          hits.add(region);
        }
      }
      return hits == null ? List.of() : List.copyOf(hits);
    }
  }
}
