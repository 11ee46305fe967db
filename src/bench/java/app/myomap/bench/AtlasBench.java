package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.atlas.TriggerPointSite;
import app.myomap.atlas.TriggerPointSites;
import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Loading the whole atlas (cold, as the first thing in a fresh JVM, and warm) and the region lookup
 * under a point over all regions of each view: as bundled, and with three trigger-point sites on
 * every region (more than any atlas needs), the ranking's worst case.
 */
final class AtlasBench {
  private static final int POINTS = 20_000;

  private AtlasBench() {}

  static void run() {
    long start = System.nanoTime();
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    System.out.printf(
        "atlas: all views + catalogue + landmarks, cold (first use of Batik in this JVM): %.1f ms%n",
        (System.nanoTime() - start) / 1e6);
    Stats warm = Stats.timeMicros(2, 8, () -> Atlas.load(Atlas.CURRENT_VERSION));
    System.out.println("atlas: all views, warm: " + warm.describe("µs"));
    RegionLookup lookup = atlas.regions();
    RegionLookup withSites = withSitesOnEveryRegion(atlas);
    for (BodyView view : atlas.views()) {
      AtlasView atlasView = atlas.view(view);
      Rectangle2D box = atlasView.viewBox();
      Random random = new Random(7);
      Point2D[] points = new Point2D[POINTS];
      for (int i = 0; i < POINTS; i++) {
        points[i] =
            new Point2D.Double(
                box.getX() + random.nextDouble() * box.getWidth(),
                box.getY() + random.nextDouble() * box.getHeight());
      }
      int[] next = {0};
      int[] found = {0};
      Stats lookupStats =
          Stats.timeMicros(
              POINTS, POINTS, () -> found[0] += lookup.at(view, points[next[0]++ % POINTS]).size());
      System.out.println(
          "atlas: region lookup on "
              + view.id()
              + " ("
              + atlasView.regions().size()
              + " regions): "
              + lookupStats.describe("µs"));
      int[] nextWithSites = {0};
      Stats siteStats =
          Stats.timeMicros(
              POINTS,
              POINTS,
              () -> found[0] += withSites.at(view, points[nextWithSites[0]++ % POINTS]).size());
      System.out.println(
          "atlas: region lookup on "
              + view.id()
              + " with 3 sites on every region: "
              + siteStats.describe("µs"));
    }
  }

  /** The atlas's regions with three overlapping sites on each, around its bounding box centre. */
  private static RegionLookup withSitesOnEveryRegion(Atlas atlas) {
    List<MuscleRegion> regions = new ArrayList<>();
    List<TriggerPointSite> sites = new ArrayList<>();
    for (BodyView view : atlas.views()) {
      for (MuscleRegion region : atlas.view(view).regions()) {
        regions.add(region);
        Rectangle2D box = region.shape().getBounds2D();
        double radius = Math.max(1, Math.min(box.getWidth(), box.getHeight()) / 3);
        for (int i = -1; i <= 1; i++) {
          sites.add(
              new TriggerPointSite(
                  region.muscleId(),
                  view,
                  region.side(),
                  box.getCenterX() + i * radius / 2,
                  box.getCenterY() - i * radius / 2,
                  radius));
        }
      }
    }
    return RegionLookup.of(regions, TriggerPointSites.of(sites));
  }
}
