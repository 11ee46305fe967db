package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the muscle regions under a point in outline coordinates. A region whose muscle and side
 * have a trigger-point site on the view whose circle holds the point comes first, the point nearer
 * the site's centre (relative to its radius) first; the other regions follow superficial before
 * deep and, within a depth, smaller area first. Without sites only the depth order applies.
 */
public final class RegionLookup {
  /** The order of {@link #at} without sites: superficial first, then smaller area, then id. */
  public static final Comparator<MuscleRegion> RANKING =
      Comparator.comparing(MuscleRegion::depth)
          .thenComparingDouble(MuscleRegion::area)
          .thenComparing(MuscleRegion::muscleId)
          .thenComparing(MuscleRegion::side);

  private static final double[] NO_SITES = new double[0];

  private final Map<BodyView, ViewIndex> byView = new EnumMap<>(BodyView.class);

  private RegionLookup(Collection<MuscleRegion> regions, TriggerPointSites sites) {
    Map<BodyView, List<MuscleRegion>> grouped = new EnumMap<>(BodyView.class);
    for (MuscleRegion region : regions) {
      grouped.computeIfAbsent(region.view(), v -> new ArrayList<>()).add(region);
    }
    grouped.forEach((view, list) -> byView.put(view, new ViewIndex(list, sites)));
  }

  /** A lookup over the given regions of any views, with no trigger-point sites. */
  public static RegionLookup of(Collection<MuscleRegion> regions) {
    return new RegionLookup(regions, TriggerPointSites.NONE);
  }

  /** A lookup over the given regions of any views, ranking by the given trigger-point sites. */
  public static RegionLookup of(Collection<MuscleRegion> regions, TriggerPointSites sites) {
    return new RegionLookup(regions, sites);
  }

  /** Every region of the view containing the point, best ranked first; empty if none. */
  public List<MuscleRegion> at(BodyView view, Point2D outlinePoint) {
    ViewIndex index = byView.get(view);
    return index == null ? List.of() : index.at(outlinePoint.getX(), outlinePoint.getY());
  }

  /** Every region of the view, in the depth order ({@link #RANKING}). */
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

  /**
   * The regions of one view, pre-sorted by depth rank, with flat bounding-box arrays for a
   * prefilter and, per region, its sites as flat x, y, radius triples.
   */
  private static final class ViewIndex {
    private final List<MuscleRegion> ranked;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final double[][] sites;

    ViewIndex(List<MuscleRegion> regions, TriggerPointSites allSites) {
      List<MuscleRegion> sorted = new ArrayList<>(regions);
      sorted.sort(RANKING);
      ranked = List.copyOf(sorted);
      int n = ranked.size();
      minX = new double[n];
      minY = new double[n];
      maxX = new double[n];
      maxY = new double[n];
      sites = new double[n][];
      for (int i = 0; i < n; i++) {
        MuscleRegion region = ranked.get(i);
        Rectangle2D bounds = region.shape().getBounds2D();
        minX[i] = bounds.getMinX();
        minY[i] = bounds.getMinY();
        maxX[i] = bounds.getMaxX();
        maxY[i] = bounds.getMaxY();
        List<TriggerPointSite> own = allSites.of(region.view(), region.muscleId(), region.side());
        sites[i] = own.isEmpty() ? NO_SITES : new double[own.size() * 3];
        for (int s = 0; s < own.size(); s++) {
          sites[i][3 * s] = own.get(s).x();
          sites[i][3 * s + 1] = own.get(s).y();
          sites[i][3 * s + 2] = own.get(s).radius();
        }
      }
    }

    List<MuscleRegion> at(double x, double y) {
      MuscleRegion[] hits = null;
      double[] siteRatio = null;
      int count = 0;
      boolean onSite = false;
      for (int i = 0; i < minX.length; i++) {
        if (x < minX[i] || x > maxX[i] || y < minY[i] || y > maxY[i]) {
          continue;
        }
        MuscleRegion region = ranked.get(i);
        if (region.shape().contains(x, y)) {
          if (hits == null) {
            hits = new MuscleRegion[4];
            siteRatio = new double[4];
          } else if (count == hits.length) {
            hits = Arrays.copyOf(hits, count * 2);
            siteRatio = Arrays.copyOf(siteRatio, count * 2);
          }
          double ratio = nearestSiteRatio(sites[i], x, y);
          onSite |= ratio <= 1;
          hits[count] = region;
          siteRatio[count] = ratio;
          count++;
        }
      }
      if (hits == null) {
        return List.of();
      }
      if (onSite) {
        sortBySite(hits, siteRatio, count);
      }
      return List.of(Arrays.copyOf(hits, count));
    }

    /**
     * The smallest distance-to-radius ratio among sites whose circle holds the point, or positive
     * infinity when none does.
     */
    private static double nearestSiteRatio(double[] xyr, double x, double y) {
      double best = Double.POSITIVE_INFINITY;
      for (int s = 0; s < xyr.length; s += 3) {
        double ratio = Math.hypot(x - xyr[s], y - xyr[s + 1]) / xyr[s + 2];
        if (ratio <= 1 && ratio < best) {
          best = ratio;
        }
      }
      return best;
    }

    /**
     * Stable insertion sort by site ratio: hits on a site move ahead, nearest first, and every tie
     * (including all hits on no site) keeps the depth order. A point lies in only a few regions.
     */
    private static void sortBySite(MuscleRegion[] hits, double[] ratio, int count) {
      for (int i = 1; i < count; i++) {
        MuscleRegion region = hits[i];
        double key = ratio[i];
        int j = i - 1;
        while (j >= 0 && ratio[j] > key) {
          hits[j + 1] = hits[j];
          ratio[j + 1] = ratio[j];
          j--;
        }
        hits[j + 1] = region;
        ratio[j + 1] = key;
      }
    }
  }
}
