package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.model.BodyView;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outline cache of the chart window renders a new zoom in the background: until the sharp image
 * is there the previous one stands in, scaled to the same geometry, and a rendering that comes back
 * late for an old zoom is thrown away.
 */
class OutlineImageCacheTest {
  private static final int W = 240;
  private static final int H = 320;
  private static final Color BACKGROUND = new Color(0xE9, 0xEC, 0xEF);
  private static AtlasView view;

  /** Renderings handed to the executor, run when the test says so. */
  private final Deque<Runnable> tasks = new ArrayDeque<>();

  private final AtomicInteger ready = new AtomicInteger();
  private final OutlineImageCache cache =
      OutlineImageCache.inBackground(tasks::add, ready::incrementAndGet);
  private ViewTransform fit;

  @BeforeAll
  static void loadView() {
    view = Atlas.loadView(Atlas.CURRENT_VERSION, BodyView.POSTERIOR);
  }

  private ViewTransform fit() {
    if (fit == null) {
      fit = ViewTransform.fit(view.viewBox(), W, H, 8);
    }
    return fit;
  }

  private ViewTransform zoomed(double factor) {
    return fit().zoomAt(new Point2D.Double(W * 0.6, H * 0.3), factor);
  }

  private static BufferedImage paint(OutlineImageCache through, ViewTransform t) {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, W, H);
      through.paint(g, view, t, W, H, BACKGROUND);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The outline at {@code t} rendered at once, as the export and the first paint do. */
  private static BufferedImage sharp(ViewTransform t) {
    return paint(new OutlineImageCache(), t);
  }

  @Test
  void theFirstPaintRendersAtOnceAndAZoomShowsTheOldImageScaledUntilTheSharpOneIsThere() {
    paint(cache, fit());
    assertThat(cache.renderCount()).isEqualTo(1);
    assertThat(cache.renderedScale()).isEqualTo(fit().scale());
    assertThat(tasks).as("the whole view, to lie beneath a zoom out").hasSize(1);
    runTasks();

    ViewTransform in = zoomed(1.25);
    BufferedImage standIn = paint(cache, in);
    assertThat(cache.renderCount()).as("nothing rendered on the painting thread").isEqualTo(2);
    assertThat(cache.renderedScale()).isEqualTo(fit().scale());
    assertThat(tasks).hasSize(1);
    BufferedImage expected = sharp(in);
    Rectangle standInBounds = darkBounds(standIn);
    Rectangle sharpBounds = darkBounds(expected);
    assertThat(Math.abs(standInBounds.getMinX() - sharpBounds.getMinX())).isLessThanOrEqualTo(1);
    assertThat(Math.abs(standInBounds.getMaxX() - sharpBounds.getMaxX())).isLessThanOrEqualTo(1);
    assertThat(Math.abs(standInBounds.getMinY() - sharpBounds.getMinY())).isLessThanOrEqualTo(1);
    assertThat(Math.abs(standInBounds.getMaxY() - sharpBounds.getMaxY())).isLessThanOrEqualTo(1);
    assertThat(darkNear(expected, standIn))
        .as("the outline's strokes lie where the sharp image has them, give or take a pixel")
        .isGreaterThan(0.97);
    assertThat(differingPixels(standIn, expected)).as("but it is not the sharp image").isPositive();

    paint(cache, in);
    assertThat(tasks).as("a repaint does not ask again").hasSize(1);
    tasks.poll().run();
    assertThat(ready.get()).isEqualTo(2);
    BufferedImage swapped = paint(cache, in);
    assertThat(cache.renderedScale()).isEqualTo(in.scale());
    assertThat(differingPixels(swapped, expected)).isZero();
  }

  @Test
  void aRenderingThatComesBackLateForAnOldZoomIsThrownAway() throws Exception {
    paint(cache, fit());
    runTasks();
    ViewTransform first = zoomed(1.25);
    ViewTransform second = zoomed(1.25 * 1.25);
    paint(cache, first);
    Thread late;
    // Batik's tree is painted by one thread at a time: holding the view keeps the first rendering
    // waiting while the second one is rendered here (the lock is re-entrant) and shown.
    synchronized (view) {
      late = new Thread(tasks.poll(), "late rendering");
      late.start();
      while (late.getState() != Thread.State.BLOCKED) {
        Thread.onSpinWait();
      }
      paint(cache, second);
      tasks.poll().run();
      paint(cache, second);
      assertThat(cache.renderedScale()).isEqualTo(second.scale());
    }
    late.join();
    assertThat(cache.renderCount()).as("both renderings finished").isEqualTo(4);
    assertThat(ready.get()).isEqualTo(3);

    // At a zoom neither rendering was for, the late one does not stand in for the newer one.
    ViewTransform third = zoomed(1.25 * 1.25 * 1.25);
    paint(cache, third);
    assertThat(cache.renderedScale()).isEqualTo(second.scale());
    BufferedImage shown = paint(cache, second);
    assertThat(cache.renderedScale()).isEqualTo(second.scale());
    assertThat(differingPixels(shown, sharp(second))).isZero();
  }

  @Test
  void anotherViewOrBackgroundIsRenderedAtOnceNotScaledFromTheOldOne() {
    paint(cache, fit());
    BufferedImage dark = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = dark.createGraphics();
    try {
      cache.paint(g, view, fit(), W, H, Color.DARK_GRAY);
    } finally {
      g.dispose();
    }
    assertThat(cache.renderCount()).as("rendered at once, not after the tasks").isEqualTo(2);
    assertThat(new Color(dark.getRGB(1, 1))).isEqualTo(Color.DARK_GRAY);
  }

  @Test
  void aPanWithinTheMarginIsACopyAndOnePastItIsRenderedInTheBackground() {
    paint(cache, fit());
    runTasks();
    paint(cache, fit().panBy(10, -7));
    assertThat(cache.renderCount()).isEqualTo(2);
    assertThat(tasks).isEmpty();
    ViewTransform far = fit().panBy(W * 0.6, 0);
    paint(cache, far);
    assertThat(tasks).hasSize(1);
    tasks.poll().run();
    assertThat(differingPixels(paint(cache, far), sharp(far))).isZero();
  }

  @Test
  void aZoomOutShowsTheWholeViewBeneathWhereTheOldImageDoesNotReach() {
    paint(cache, fit());
    runTasks();
    ViewTransform close = zoomed(4);
    paint(cache, close);
    runTasks();
    paint(cache, close);
    // Two notches out at the left edge: the image at 400 % covers little of what is seen now.
    ViewTransform out = close.zoomAt(new Point2D.Double(2, H / 2.0), 1 / (1.25 * 1.25));
    BufferedImage shown = paint(cache, out);
    assertThat(cache.renderedScale()).isEqualTo(close.scale());
    BufferedImage expected = sharp(out);
    assertThat(darkNear(expected, shown))
        .as("strokes all over, blurred where the whole view lies beneath (0.83 without it)")
        .isGreaterThan(0.9);
  }

  private void runTasks() {
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
  }

  /** The bounding box of the outline's strokes. */
  private static Rectangle darkBounds(BufferedImage image) {
    Rectangle bounds = null;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (isDark(image, x, y)) {
          Rectangle pixel = new Rectangle(x, y, 1, 1);
          bounds = bounds == null ? pixel : bounds.union(pixel);
        }
      }
    }
    assertThat(bounds).as("dark outline pixels").isNotNull();
    return bounds;
  }

  /**
   * The share of the dark pixels of {@code reference} with a dark pixel next to them in {@code
   * other}.
   */
  private static double darkNear(BufferedImage reference, BufferedImage other) {
    int dark = 0;
    int near = 0;
    for (int y = 1; y < reference.getHeight() - 1; y++) {
      for (int x = 1; x < reference.getWidth() - 1; x++) {
        if (isDark(reference, x, y)) {
          dark++;
          boolean found = false;
          for (int dy = -1; dy <= 1 && !found; dy++) {
            for (int dx = -1; dx <= 1 && !found; dx++) {
              found = isDark(other, x + dx, y + dy);
            }
          }
          near += found ? 1 : 0;
        }
      }
    }
    assertThat(dark).isGreaterThan(200);
    return near / (double) dark;
  }

  private static boolean isDark(BufferedImage image, int x, int y) {
    Color c = new Color(image.getRGB(x, y));
    // The strokes and lettering, not the background (about 236) or the body's fill.
    return c.getRed() + c.getGreen() + c.getBlue() < 3 * 200;
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int count = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          count++;
        }
      }
    }
    return count;
  }
}
