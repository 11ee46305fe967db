package app.myomap.chart;

import app.myomap.atlas.AtlasView;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Keeps the body outline rendered from vectors into an image of the visible area (plus a margin for
 * panning) at full device resolution. The image is rendered again from the vectors whenever the
 * zoom, the device scale or the outline changes, or the view pans past the margin.
 *
 * <p>A cache made by {@link #inBackground} renders on its executor instead of on the painting
 * thread whenever it already holds an image of the same drawing: until the new rendering is ready,
 * paints show that image scaled to the new zoom (the same geometry, only blurrier, with the whole
 * view at the fitted zoom beneath where it does not reach), and the one after it is ready shows the
 * sharp one. A late rendering of an old zoom never replaces a newer one (see {@link
 * LayerImageCache}).
 */
public final class OutlineImageCache {

  /** What the outline image shows: a drawing on a background; the drawing by identity. */
  private record Drawing(AtlasView outline, Color background) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Drawing d && d.outline == outline && d.background.equals(background);
    }

    @Override
    public int hashCode() {
      return Objects.hash(System.identityHashCode(outline), background);
    }
  }

  private final LayerImageCache<Drawing> images;

  /** A cache that renders on the painting thread, as print, export and tests need. */
  public OutlineImageCache() {
    this(null, () -> {});
  }

  private OutlineImageCache(Executor executor, Runnable onReady) {
    this.images =
        new LayerImageCache<>(executor, onReady, true, OutlineImageCache::render, Drawing::equals);
  }

  /**
   * A cache for an interactive surface: after a zoom or a pan past the margin, the outline is
   * rendered on {@code executor} while paints show the previous image scaled; {@code onReady} runs
   * on the rendering thread when a rendering finished, and the surface should then repaint. With no
   * image of the drawing yet (the first paint, another view or background) it renders at once.
   */
  public static OutlineImageCache inBackground(Executor executor, Runnable onReady) {
    return new OutlineImageCache(Objects.requireNonNull(executor, "executor"), onReady);
  }

  /**
   * Paints the outline of {@code outline} on {@code background} into {@code g} (whose user space is
   * component pixels, possibly with a device scale on top) as seen through {@code view} in a
   * component of the given size. The cached image is opaque, so a repaint is a plain copy of
   * pixels.
   */
  public void paint(
      Graphics2D g,
      AtlasView outline,
      ViewTransform view,
      int widthPx,
      int heightPx,
      Color background) {
    images.paint(
        g, new Drawing(outline, background), outline.viewBox(), view, widthPx, heightPx, true);
  }

  /** How many times the outline was rendered from vectors; for tests and benchmarks. */
  public int renderCount() {
    return images.renderCount();
  }

  /** Size in device pixels of the image painted last, or 0 × 0 before the first paint. */
  public Dimension imageSize() {
    return images.imageSize();
  }

  /**
   * The zoom (outline units to logical pixels) the image painted last was rendered at: the zoom it
   * was shown at once sharp, an earlier zoom while the rendering for a new one is on its way.
   */
  public double renderedScale() {
    return images.renderedScale();
  }

  /**
   * Whether the last paint showed the outline rendered for its zoom and area, rather than an
   * earlier image standing in while that rendering was on its way.
   */
  public boolean paintedSharp() {
    return images.paintedSharp();
  }

  /**
   * Shows {@code snapshot} (an earlier run's picture of the same view) for {@code outline} on its
   * background until the outline is rendered from its vectors, which the next paint asks for.
   */
  public void standIn(AtlasView outline, OutlineSnapshot snapshot) {
    images.standIn(
        new Drawing(outline, snapshot.background()),
        snapshot.image(),
        snapshot.area(),
        snapshot.scale(),
        snapshot.deviceScale());
  }

  /**
   * The outline of {@code outline} on {@code background} as a window of the given size on a screen
   * of {@code deviceScale} shows it through {@code view} once rendered, pixel for pixel: kept by
   * one run for the next to show before the vectors are loaded. Renders on the calling thread.
   */
  public static OutlineSnapshot snapshot(
      AtlasView outline,
      ViewTransform view,
      int widthPx,
      int heightPx,
      double deviceScale,
      Color background) {
    BufferedImage image =
        new BufferedImage(
            (int) Math.ceil(widthPx * deviceScale),
            (int) Math.ceil(heightPx * deviceScale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(background);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(deviceScale, deviceScale);
      new OutlineImageCache()
          .images.paint(
              g,
              new Drawing(outline, background),
              outline.viewBox(),
              view,
              widthPx,
              heightPx,
              true,
              deviceScale);
    } finally {
      g.dispose();
    }
    return new OutlineSnapshot(
        outline.view(),
        outline.viewBox(),
        view.visibleOutline(widthPx, heightPx),
        view.scale(),
        deviceScale,
        background,
        image);
  }

  /** Drops the cached images, e.g. when the outline or the look of the chart changed. */
  public void invalidate() {
    images.invalidate();
  }

  private static void render(
      Graphics2D g,
      Drawing drawing,
      Rectangle2D area,
      double scale,
      double deviceScale,
      BufferedImage target,
      boolean whole) {
    double pixelsPerUnit = scale * deviceScale;
    g.setColor(drawing.background());
    g.fillRect(0, 0, target.getWidth(), target.getHeight());
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.scale(pixelsPerUnit, pixelsPerUnit);
    g.translate(-area.getX(), -area.getY());
    drawing.outline().paintOutline(g, target);
  }
}
