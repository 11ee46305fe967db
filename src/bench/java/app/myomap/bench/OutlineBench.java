package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.chart.OutlineImageCache;
import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** SVG loading and outline painting: a cold render from vectors and the cached repaint. */
final class OutlineBench {
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;
  private static final java.awt.Color BACKGROUND = new java.awt.Color(0xE9, 0xEC, 0xEF);

  private OutlineBench() {}

  static void run() {
    long start = System.nanoTime();
    AtlasView first = Atlas.loadView(Atlas.CURRENT_VERSION, BodyView.ANTERIOR);
    double coldMs = (System.nanoTime() - start) / 1e6;
    System.out.printf("outline: first load of the anterior view in this JVM: %.1f ms%n", coldMs);
    Stats warm =
        Stats.timeMicros(5, 20, () -> Atlas.loadView(Atlas.CURRENT_VERSION, BodyView.ANTERIOR));
    System.out.println("outline: warm SVG load (anterior view): " + warm.describe("µs"));

    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    ViewTransform fit = ViewTransform.fit(first.viewBox(), WIDTH, HEIGHT, 16);
    Stats render =
        Stats.timeMicros(
            3,
            20,
            () -> {
              OutlineImageCache fresh = new OutlineImageCache();
              paint(fresh, first, fit, frame);
            });
    System.out.println(
        "outline: render from vectors at "
            + WIDTH
            + "x"
            + HEIGHT
            + " (cache miss): "
            + render.describe("µs"));
    OutlineImageCache cache = new OutlineImageCache();
    paint(cache, first, fit, frame);
    Stats cached = Stats.timeMicros(50, 200, () -> paint(cache, first, fit, frame));
    System.out.println(
        "outline: cached repaint at " + WIDTH + "x" + HEIGHT + ": " + cached.describe("µs"));
  }

  private static void paint(
      OutlineImageCache cache, AtlasView view, ViewTransform t, BufferedImage frame) {
    Graphics2D g = frame.createGraphics();
    try {
      cache.paint(g, view, t, WIDTH, HEIGHT, BACKGROUND);
    } finally {
      g.dispose();
    }
  }
}
