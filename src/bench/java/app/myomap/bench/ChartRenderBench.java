package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.atlas.MuscleRegion;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.MarkAppearance;
import app.myomap.chart.MarkLayerCache;
import app.myomap.chart.MarkStyle;
import app.myomap.chart.OutlineImageCache;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A full frame of the chart canvas — cached outline plus every mark — with 2,000 trigger points on
 * the posterior view at 1600 × 1000, and the repaint of one mark's dirty rectangle.
 */
final class ChartRenderBench {
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;
  private static final int POINTS = 2000;

  private ChartRenderBench() {}

  static void run() {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    AtlasView view = atlas.view(BodyView.POSTERIOR);
    Chart chart = randomChart(view, POINTS);
    ViewTransform fit = ViewTransform.fit(view.viewBox(), WIDTH, HEIGHT, 16);
    ChartRenderer renderer = new ChartRenderer(MarkStyle.screen());
    OutlineImageCache cache = new OutlineImageCache();
    MarkAppearance look =
        new MarkAppearance(Set.of(chart.marks().get(0).id()), null, false, id -> "UT");
    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Color background = new Color(0xE9, 0xEC, 0xEF);
    Runnable fullFrame =
        () -> {
          Graphics2D g = frame.createGraphics();
          try {
            cache.paint(g, view, fit, WIDTH, HEIGHT, background);
            renderer.paint(g, chart, BodyView.POSTERIOR, fit, look);
          } finally {
            g.dispose();
          }
        };
    Stats full = Stats.timeMicros(30, 200, fullFrame);
    System.out.println(
        "render: every mark drawn (first frame after an edit, zoom or pan), outline + "
            + POINTS
            + " trigger points at "
            + WIDTH
            + "x"
            + HEIGHT
            + ": "
            + full.describe("µs"));
    MarkLayerCache layer = new MarkLayerCache();
    Runnable repaint =
        () -> {
          Graphics2D g = frame.createGraphics();
          try {
            cache.paint(g, view, fit, WIDTH, HEIGHT, background);
            layer.paint(g, renderer, chart, BodyView.POSTERIOR, fit, look, WIDTH, HEIGHT);
          } finally {
            g.dispose();
          }
        };
    Stats cachedLayer = Stats.timeMicros(30, 200, repaint);
    System.out.println(
        "render: repaint with "
            + POINTS
            + " trigger points, marks layer cached ("
            + layer.builds()
            + " build): "
            + cachedLayer.describe("µs"));
    ChartPicture picture = ChartPicture.cached(renderer, cache, layer);
    Runnable canvasFrame =
        () -> {
          Graphics2D g = frame.createGraphics();
          try {
            picture.paint(
                g,
                view,
                chart,
                fit,
                PictureOptions.of(WIDTH, HEIGHT, look).withBackground(background));
          } finally {
            g.dispose();
          }
        };
    Stats throughPicture = Stats.timeMicros(30, 200, canvasFrame);
    System.out.println(
        "render: the same repaint as the canvas paints it, through ChartPicture (background"
            + " filled, layers cached): "
            + throughPicture.describe("µs"));
    int[] step = {0};
    Runnable pan =
        () -> {
          ViewTransform panned = fit.panBy(step[0]++ % 120 - 60, 0);
          Graphics2D g = frame.createGraphics();
          try {
            cache.paint(g, view, panned, WIDTH, HEIGHT, background);
            layer.paint(g, renderer, chart, BodyView.POSTERIOR, panned, look, WIDTH, HEIGHT);
          } finally {
            g.dispose();
          }
        };
    Stats panning = Stats.timeMicros(30, 200, pan);
    System.out.println(
        "render: frame while panning with "
            + POINTS
            + " trigger points (layers moved, "
            + layer.builds()
            + " builds in all): "
            + panning.describe("µs"));
    Mark edited = chart.marks().get(POINTS / 2);
    Rectangle dirty = renderer.bounds(edited, fit, look);
    Runnable dirtyRepaint =
        () -> {
          Graphics2D g = frame.createGraphics();
          try {
            g.setClip(dirty);
            cache.paint(g, view, fit, WIDTH, HEIGHT, background);
            renderer.paint(g, chart, BodyView.POSTERIOR, fit, look);
          } finally {
            g.dispose();
          }
        };
    Stats partial = Stats.timeMicros(30, 500, dirtyRepaint);
    System.out.println(
        "render: dirty-rectangle repaint after editing one mark ("
            + dirty.width
            + "x"
            + dirty.height
            + " px): "
            + partial.describe("µs"));
  }

  private static Chart randomChart(AtlasView view, int count) {
    Random random = new Random(42);
    List<MuscleRegion> regions = view.regions();
    List<Mark> marks = new ArrayList<>();
    while (marks.size() < count) {
      MuscleRegion region = regions.get(random.nextInt(regions.size()));
      Rectangle2D box = region.shape().getBounds2D();
      double x = box.getX() + random.nextDouble() * box.getWidth();
      double y = box.getY() + random.nextDouble() * box.getHeight();
      if (!region.shape().contains(x, y)) {
        continue;
      }
      TriggerPoint tp =
          TriggerPoint.place(
                  MarkId.random(),
                  view.view(),
                  x,
                  y,
                  new MuscleRef(region.muscleId()),
                  region.side(),
                  "Bench")
              .withStatus(
                  random.nextBoolean() ? TriggerPointStatus.ACTIVE : TriggerPointStatus.LATENT)
              .withTwitch(TwitchResponse.present(1 + random.nextInt(5)));
      marks.add(tp);
    }
    return new Chart(marks);
  }
}
