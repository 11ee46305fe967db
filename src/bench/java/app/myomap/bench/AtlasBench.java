package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.atlas.RegionLookup;
import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/**
 * Loading the whole atlas (cold, as the first thing in a fresh JVM, and warm) and the region lookup
 * under a point over all regions of each view.
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
    }
  }
}
