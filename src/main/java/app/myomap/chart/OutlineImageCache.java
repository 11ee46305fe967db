package app.myomap.chart;

import app.myomap.atlas.AtlasView;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the body outline rendered from vectors into an image of the visible area (plus a margin for
 * panning) at full device resolution. The image is rendered again from the vectors whenever the
 * zoom, the device scale or the outline changes, or the view pans past the margin.
 *
 * <p>A cache made by {@link #inBackground} renders on its executor instead of on the painting
 * thread whenever it already holds an image of the same drawing: until the new rendering is ready,
 * paints show that image scaled to the new zoom (the same geometry, only blurrier), and the one
 * after it is ready shows the sharp one. Renderings are numbered in the order they were asked for,
 * and one older than the image shown is thrown away: a late rendering of an old zoom never replaces
 * a newer one. Painting is meant for one thread (the event thread); only the rendering runs on the
 * executor.
 */
public final class OutlineImageCache {

  /** Extra outline area rendered around the visible part, as a fraction of its size per side. */
  private static final double MARGIN_FRACTION = 0.2;

  /** Everything a rendering depends on besides the area it covers; the outline by identity. */
  private record Key(AtlasView outline, double scale, double deviceScale, Color background) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.outline == outline
          && k.scale == scale
          && k.deviceScale == deviceScale
          && k.background.equals(background);
    }

    @Override
    public int hashCode() {
      return Objects.hash(System.identityHashCode(outline), scale, deviceScale, background);
    }

    /** Whether an image of {@code other} can stand in for this one, scaled: the same drawing. */
    boolean sameDrawing(Key other) {
      return other.outline == outline
          && other.deviceScale == deviceScale
          && other.background.equals(background);
    }
  }

  /** A rendering asked for: what, which outline area, and its number in asking order. */
  private record Request(Key key, Rectangle2D area, long number) {}

  /** A finished rendering, for the request it answers. */
  private record Rendered(BufferedImage image, Request request) {}

  /** Where renderings run; null renders every one on the painting thread. */
  private final Executor executor;

  /** Told, on the rendering thread, that a rendering finished: the caller repaints. */
  private final Runnable onReady;

  /** The newest request not yet taken by a rendering task; tasks take the newest only. */
  private final AtomicReference<Request> wanted = new AtomicReference<>();

  /** The newest rendering finished in the background and not yet taken by a paint. */
  private final AtomicReference<Rendered> finished = new AtomicReference<>();

  private final AtomicInteger renderCount = new AtomicInteger();

  /** The image painted; owned by the painting thread. */
  private Rendered shown;

  /** Whether the last paint showed the rendering wanted then, not one standing in for it. */
  private boolean paintedSharp;

  /** The request last handed to the executor, so that a repaint does not ask again. */
  private Request asked;

  /** Renderings answering requests up to this number are thrown away (the cache was cleared). */
  private long discardUpTo;

  private long requests;

  /** A cache that renders on the painting thread, as print, export and tests need. */
  public OutlineImageCache() {
    this(null, () -> {});
  }

  private OutlineImageCache(Executor executor, Runnable onReady) {
    this.executor = executor;
    this.onReady = Objects.requireNonNull(onReady, "onReady");
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
    double deviceScale = deviceScale(g);
    Rectangle2D visible = view.visibleOutline(widthPx, heightPx);
    Key key = new Key(outline, view.scale(), deviceScale, background);
    takeFinished(key, visible);
    if (!covers(shown, key, visible)) {
      if (executor != null && shown != null && shown.request().key().sameDrawing(key)) {
        ask(key, visible);
      } else {
        shown = render(new Request(key, area(key, visible), ++requests));
      }
    }
    paintedSharp = covers(shown, key, visible);
    draw(g, shown, view, deviceScale);
  }

  /**
   * Whether the last paint showed the outline rendered for its zoom and area, rather than an
   * earlier image standing in while that rendering was on its way.
   */
  public boolean paintedSharp() {
    return paintedSharp;
  }

  /** How many times the outline was rendered from vectors; for tests and benchmarks. */
  public int renderCount() {
    return renderCount.get();
  }

  /** Size in device pixels of the image painted last, or 0 × 0 before the first paint. */
  public Dimension imageSize() {
    return shown == null
        ? new Dimension()
        : new Dimension(shown.image().getWidth(), shown.image().getHeight());
  }

  /**
   * The zoom (outline units to logical pixels) the image painted last was rendered at: the zoom it
   * was shown at once sharp, an earlier zoom while the rendering for a new one is on its way.
   */
  public double renderedScale() {
    return shown == null ? 0 : shown.request().key().scale();
  }

  /** Drops the cached image, e.g. when the outline or the look of the chart changed. */
  public void invalidate() {
    shown = null;
    asked = null;
    paintedSharp = false;
    discardUpTo = requests;
  }

  /**
   * Takes the rendering finished in the background, unless it is older than the image shown or that
   * image is already the one wanted now.
   */
  private void takeFinished(Key key, Rectangle2D visible) {
    Rendered done = finished.getAndSet(null);
    if (done == null
        || done.request().number() <= discardUpTo
        || (shown != null && done.request().number() <= shown.request().number())
        || covers(shown, key, visible)) {
      return;
    }
    shown = done;
  }

  private static boolean covers(Rendered rendered, Key key, Rectangle2D visible) {
    return rendered != null
        && rendered.request().key().equals(key)
        && rendered.request().area().contains(visible);
  }

  /** Hands the rendering of {@code key} to the executor unless it was asked for already. */
  private void ask(Key key, Rectangle2D visible) {
    if (asked != null && asked.key().equals(key) && asked.area().contains(visible)) {
      return;
    }
    asked = new Request(key, area(key, visible), ++requests);
    wanted.set(asked);
    executor.execute(this::renderWanted);
  }

  /** A rendering task: renders the newest request, if no earlier task took it. */
  private void renderWanted() {
    Request request = wanted.getAndSet(null);
    if (request == null) {
      return;
    }
    Rendered done = render(request);
    finished.accumulateAndGet(
        done,
        (old, next) ->
            old == null || next.request().number() > old.request().number() ? next : old);
    onReady.run();
  }

  /** The visible area with a margin on each side, snapped to whole device pixels. */
  private static Rectangle2D area(Key key, Rectangle2D visible) {
    double mx = visible.getWidth() * MARGIN_FRACTION;
    double my = visible.getHeight() * MARGIN_FRACTION;
    double pixelsPerUnit = key.scale() * key.deviceScale();
    // Snap the area to whole device pixels so the image lands exactly on the device grid.
    double x = Math.floor((visible.getX() - mx) * pixelsPerUnit) / pixelsPerUnit;
    double y = Math.floor((visible.getY() - my) * pixelsPerUnit) / pixelsPerUnit;
    int w = Math.max(1, (int) Math.ceil((visible.getWidth() + 2 * mx) * pixelsPerUnit));
    int h = Math.max(1, (int) Math.ceil((visible.getHeight() + 2 * my) * pixelsPerUnit));
    return new Rectangle2D.Double(x, y, w / pixelsPerUnit, h / pixelsPerUnit);
  }

  private Rendered render(Request request) {
    Key key = request.key();
    Rectangle2D area = request.area();
    double pixelsPerUnit = key.scale() * key.deviceScale();
    BufferedImage target =
        new BufferedImage(
            Math.max(1, (int) Math.round(area.getWidth() * pixelsPerUnit)),
            Math.max(1, (int) Math.round(area.getHeight() * pixelsPerUnit)),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D ig = target.createGraphics();
    try {
      ig.setColor(key.background());
      ig.fillRect(0, 0, target.getWidth(), target.getHeight());
      ig.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      ig.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      ig.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      ig.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      ig.scale(pixelsPerUnit, pixelsPerUnit);
      ig.translate(-area.getX(), -area.getY());
      key.outline().paintOutline(ig, target);
    } finally {
      ig.dispose();
    }
    renderCount.incrementAndGet();
    return new Rendered(target, request);
  }

  /**
   * Draws {@code rendered} where its outline area lies under {@code view}: pixel for pixel when it
   * was rendered at this zoom, otherwise scaled with the nearest pixel (a smoother filter costs a
   * frame's budget at this size, and the sharp image follows).
   */
  private static void draw(
      Graphics2D g, Rendered rendered, ViewTransform view, double deviceScale) {
    Rectangle2D area = rendered.request().area();
    AffineTransform placement = new AffineTransform();
    placement.translate(
        area.getX() * view.scale() + view.offsetX(), area.getY() * view.scale() + view.offsetY());
    double imageScale = rendered.request().key().scale() * deviceScale;
    placement.scale(view.scale() / imageScale, view.scale() / imageScale);
    Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(rendered.image(), placement, null);
    if (interpolation != null) {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
    }
  }

  private static double deviceScale(Graphics2D g) {
    if (g.getDeviceConfiguration() == null) {
      return 1;
    }
    AffineTransform device = g.getDeviceConfiguration().getDefaultTransform();
    return Math.max(1, device.getScaleX());
  }
}
