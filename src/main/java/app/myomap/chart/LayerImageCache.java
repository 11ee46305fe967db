package app.myomap.chart;

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
import java.util.function.BiPredicate;

/**
 * Keeps one layer of the picture whose geometry is in outline units (the body outline, the zones)
 * rendered into an image of the visible outline area plus a margin for panning, at full device
 * resolution, and renders it again when the content, the zoom or the device scale change or the
 * view pans past the margin.
 *
 * <p>With an executor, renderings run there: until the one for the current zoom is ready, an image
 * of the same content stands in, drawn scaled to the same geometry, and where it does not reach (a
 * zoom out) a rendering of the whole view at the fitted zoom lies beneath it. Renderings are
 * numbered in the order they were asked for, and one older than the image shown is thrown away: a
 * late rendering of an old zoom never replaces a newer one. Painting is for one thread (the event
 * thread); only the rendering runs on the executor, one at a time.
 *
 * @param <C> what the layer shows, compared with {@code equals}
 */
final class LayerImageCache<C> {

  /** Extra outline area rendered around the visible part, as a fraction of its size per side. */
  private static final double MARGIN_FRACTION = 0.2;

  /** Draws the content into an image whose pixels map to {@code area} at {@code scale}. */
  interface Painter<C> {
    /**
     * Paints {@code content} into {@code g}, which draws into {@code target} and whose user space
     * is the image's device pixels: outline point p lands at (p − area corner) × scale × device
     * scale. The image may hold an earlier rendering: the painter paints every pixel, or clears it
     * first. {@code whole} tells a rendering of the whole view, at the fitted zoom, from one of the
     * visible area.
     */
    void paint(
        Graphics2D g,
        C content,
        Rectangle2D area,
        double scale,
        double deviceScale,
        BufferedImage target,
        boolean whole);
  }

  /** Everything a rendering depends on besides the area it covers. */
  private record Key<C>(C content, double scale, double deviceScale) {}

  /**
   * A rendering asked for: what, which outline area, the image's size in device pixels, its number
   * in asking order, whether it is of the whole view, and whether it is provisional: an image made
   * elsewhere (an earlier run's) that stands in until this cache has rendered its own.
   */
  private record Request<C>(
      Key<C> key,
      Rectangle2D area,
      int widthPx,
      int heightPx,
      long number,
      boolean whole,
      boolean provisional) {}

  /**
   * A finished rendering, for the request it answers; a transparent one with a note of where it
   * holds anything.
   */
  private record Rendered<C>(BufferedImage image, Request<C> request, SparseImage sparse) {}

  private final Executor executor;
  private final Runnable onReady;
  private final boolean opaque;
  private final Painter<C> painter;

  /** Whether an image of the first content may stand in, scaled, for the second. */
  private final BiPredicate<C, C> standsIn;

  /** The newest request not yet taken by a rendering task; tasks take the newest only. */
  private final AtomicReference<Request<C>> wanted = new AtomicReference<>();

  /** The newest request for a whole-view rendering not yet taken. */
  private final AtomicReference<Request<C>> wantedWhole = new AtomicReference<>();

  /** The newest rendering finished in the background and not yet taken by a paint. */
  private final AtomicReference<Rendered<C>> finished = new AtomicReference<>();

  private final AtomicReference<Rendered<C>> finishedWhole = new AtomicReference<>();

  /**
   * An image no longer shown, for the next rendering of its size to draw into: at one window size
   * every rendering of the visible area has the same size, and allocating megabytes per zoom step
   * kept the garbage collector busy.
   */
  private final AtomicReference<BufferedImage> spare = new AtomicReference<>();

  private final AtomicInteger renderCount = new AtomicInteger();

  // The rest is owned by the painting thread.
  private Rendered<C> shown;
  private Rendered<C> whole;
  private Request<C> asked;
  private Request<C> askedWhole;
  private boolean paintedSharp;

  /** Renderings answering requests up to this number are thrown away (the cache was cleared). */
  private long discardUpTo;

  private long requests;

  /**
   * A cache rendering on {@code executor} (null: on the painting thread), telling {@code onReady}
   * on the rendering thread when a rendering finished; {@code opaque} layers are rendered into an
   * opaque image the painter fills, others into a transparent one.
   */
  LayerImageCache(
      Executor executor,
      Runnable onReady,
      boolean opaque,
      Painter<C> painter,
      BiPredicate<C, C> standsIn) {
    this.executor = executor;
    this.onReady = Objects.requireNonNull(onReady, "onReady");
    this.opaque = opaque;
    this.painter = Objects.requireNonNull(painter, "painter");
    this.standsIn = Objects.requireNonNull(standsIn, "standsIn");
  }

  /**
   * Paints the layer showing {@code content} into {@code g} (whose user space is component pixels,
   * possibly with a device scale on top) as seen through {@code view} in a component of the given
   * size; {@code wholeArea} is the outline area of the whole view. When no image of the content is
   * there to stand in, it renders at once if {@code renderHere} (the caller waits), and otherwise
   * paints nothing and says so: the caller draws the layer some other way meanwhile.
   *
   * @return whether the layer was painted
   */
  boolean paint(
      Graphics2D g,
      C content,
      Rectangle2D wholeArea,
      ViewTransform view,
      int widthPx,
      int heightPx,
      boolean renderHere) {
    return paint(g, content, wholeArea, view, widthPx, heightPx, renderHere, deviceScale(g));
  }

  /**
   * Paints as {@link #paint(Graphics2D, Object, Rectangle2D, ViewTransform, int, int, boolean)}
   * does for a screen of {@code deviceScale} device pixels per logical pixel, whatever {@code g}
   * draws on.
   */
  boolean paint(
      Graphics2D g,
      C content,
      Rectangle2D wholeArea,
      ViewTransform view,
      int widthPx,
      int heightPx,
      boolean renderHere,
      double deviceScale) {
    Rectangle2D visible = view.visibleOutline(widthPx, heightPx);
    Key<C> key = new Key<>(content, view.scale(), deviceScale);
    takeFinished(key, visible);
    paintedSharp = covers(shown, key, visible);
    if (!paintedSharp) {
      boolean standIn = canStandIn(shown, key);
      if (executor == null || (!standIn && renderHere)) {
        replaceShown(render(request(key, visible, widthPx, heightPx)));
        paintedSharp = true;
      } else {
        ask(key, visible, widthPx, heightPx);
        if (!standIn) {
          replaceShown(null);
        }
      }
    }
    if (executor != null && !canStandIn(whole, key)) {
      askWhole(key, wholeArea, widthPx, heightPx);
    }
    if (shown == null) {
      return false;
    }
    if (!paintedSharp && canStandIn(whole, key)) {
      drawAround(g, whole, shown, view, deviceScale, widthPx, heightPx);
    }
    draw(g, shown, view, deviceScale);
    return true;
  }

  /** How many times the layer was rendered; for tests and benchmarks. */
  int renderCount() {
    return renderCount.get();
  }

  /** Size in device pixels of the image painted last, or 0 × 0 before the first paint. */
  Dimension imageSize() {
    return shown == null
        ? new Dimension()
        : new Dimension(shown.image().getWidth(), shown.image().getHeight());
  }

  /** The zoom the image painted last was rendered at, or 0 before the first paint. */
  double renderedScale() {
    return shown == null ? 0 : shown.request().key().scale();
  }

  /** Whether the last paint showed the rendering for its zoom and area, not one standing in. */
  boolean paintedSharp() {
    return paintedSharp;
  }

  /**
   * Shows {@code image} of {@code content}, covering {@code area} at {@code scale}, until this
   * cache has rendered the content itself: the first paint asks for that rendering instead of
   * waiting for it, and shows this image meanwhile.
   */
  void standIn(C content, BufferedImage image, Rectangle2D area, double scale, double deviceScale) {
    invalidate();
    shown =
        new Rendered<>(
            image,
            new Request<>(
                new Key<>(content, scale, deviceScale),
                (Rectangle2D) area.clone(),
                image.getWidth(),
                image.getHeight(),
                ++requests,
                false,
                true),
            opaque ? null : SparseImage.of(image));
  }

  /** Drops every image, e.g. when what the layer shows changed entirely. */
  void invalidate() {
    replaceShown(null);
    whole = null;
    asked = null;
    askedWhole = null;
    paintedSharp = false;
    discardUpTo = requests;
  }

  private boolean canStandIn(Rendered<C> rendered, Key<C> key) {
    return rendered != null
        && rendered.request().key().deviceScale() == key.deviceScale()
        && standsIn.test(rendered.request().key().content(), key.content());
  }

  /**
   * Takes the renderings finished in the background, unless older than the image shown, or that
   * image is already the one wanted now.
   */
  private void takeFinished(Key<C> key, Rectangle2D visible) {
    Rendered<C> done = finished.getAndSet(null);
    if (done != null
        && done.request().number() > discardUpTo
        && (shown == null || done.request().number() > shown.request().number())
        && !covers(shown, key, visible)) {
      replaceShown(done);
    } else if (done != null) {
      spare.set(done.image());
    }
    Rendered<C> doneWhole = finishedWhole.getAndSet(null);
    if (doneWhole != null
        && doneWhole.request().number() > discardUpTo
        && (whole == null || doneWhole.request().number() > whole.request().number())) {
      whole = doneWhole;
    }
  }

  private static <C> boolean covers(Rendered<C> rendered, Key<C> key, Rectangle2D visible) {
    return rendered != null
        && !rendered.request().provisional()
        && rendered.request().key().equals(key)
        && rendered.request().area().contains(visible);
  }

  /** Shows {@code next} from now on, and keeps the image shown until now for a later rendering. */
  private void replaceShown(Rendered<C> next) {
    if (shown != null && shown != next) {
      spare.set(shown.image());
    }
    shown = next;
  }

  /** Hands the rendering of {@code key} to the executor unless it was asked for already. */
  private void ask(Key<C> key, Rectangle2D visible, int widthPx, int heightPx) {
    if (asked != null && asked.key().equals(key) && asked.area().contains(visible)) {
      return;
    }
    asked = request(key, visible, widthPx, heightPx);
    wanted.set(asked);
    executor.execute(this::renderWanted);
  }

  /**
   * Asks for the whole view at the zoom that fits it into the component, to lie beneath a scaled
   * image where that does not reach.
   */
  private void askWhole(Key<C> key, Rectangle2D wholeArea, int widthPx, int heightPx) {
    if (askedWhole != null
        && askedWhole.key().content().equals(key.content())
        && askedWhole.key().deviceScale() == key.deviceScale()) {
      return;
    }
    double fitScale = Math.min(widthPx / wholeArea.getWidth(), heightPx / wholeArea.getHeight());
    if (!(fitScale > 0)) {
      return;
    }
    Key<C> fitted = new Key<>(key.content(), fitScale, key.deviceScale());
    double pixelsPerUnit = fitScale * key.deviceScale();
    double x = Math.floor(wholeArea.getX() * pixelsPerUnit) / pixelsPerUnit;
    double y = Math.floor(wholeArea.getY() * pixelsPerUnit) / pixelsPerUnit;
    int w = Math.max(1, (int) Math.ceil((wholeArea.getMaxX() - x) * pixelsPerUnit));
    int h = Math.max(1, (int) Math.ceil((wholeArea.getMaxY() - y) * pixelsPerUnit));
    askedWhole =
        new Request<>(
            fitted,
            new Rectangle2D.Double(x, y, w / pixelsPerUnit, h / pixelsPerUnit),
            w,
            h,
            ++requests,
            true,
            false);
    wantedWhole.set(askedWhole);
    executor.execute(this::renderWanted);
  }

  /** A rendering task: renders the newest request, the view's area first, if no task took it. */
  private void renderWanted() {
    Request<C> request = wanted.getAndSet(null);
    AtomicReference<Rendered<C>> into = finished;
    if (request == null) {
      request = wantedWhole.getAndSet(null);
      into = finishedWhole;
    }
    if (request == null) {
      return;
    }
    Rendered<C> done = render(request);
    into.accumulateAndGet(
        done,
        (old, next) ->
            old == null || next.request().number() > old.request().number() ? next : old);
    onReady.run();
  }

  /**
   * The rendering of the visible area with a margin on each side, in an image of a size that
   * depends only on the component's: its corner on whole device pixels, so that the image lands
   * exactly on the device grid.
   */
  private Request<C> request(Key<C> key, Rectangle2D visible, int widthPx, int heightPx) {
    double pixelsPerUnit = key.scale() * key.deviceScale();
    int w = Math.max(1, (int) Math.ceil(widthPx * key.deviceScale() * (1 + 2 * MARGIN_FRACTION)));
    int h = Math.max(1, (int) Math.ceil(heightPx * key.deviceScale() * (1 + 2 * MARGIN_FRACTION)));
    double marginX = (w - visible.getWidth() * pixelsPerUnit) / 2;
    double marginY = (h - visible.getHeight() * pixelsPerUnit) / 2;
    double x = Math.floor(visible.getX() * pixelsPerUnit - marginX) / pixelsPerUnit;
    double y = Math.floor(visible.getY() * pixelsPerUnit - marginY) / pixelsPerUnit;
    return new Request<>(
        key,
        new Rectangle2D.Double(x, y, w / pixelsPerUnit, h / pixelsPerUnit),
        w,
        h,
        ++requests,
        false,
        false);
  }

  private Rendered<C> render(Request<C> request) {
    Key<C> key = request.key();
    BufferedImage target = spare.getAndSet(null);
    int type = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB_PRE;
    if (target == null
        || target.getWidth() != request.widthPx()
        || target.getHeight() != request.heightPx()
        || target.getType() != type) {
      target = new BufferedImage(request.widthPx(), request.heightPx(), type);
    }
    Graphics2D ig = target.createGraphics();
    try {
      painter.paint(
          ig,
          key.content(),
          request.area(),
          key.scale(),
          key.deviceScale(),
          target,
          request.whole());
    } finally {
      ig.dispose();
    }
    renderCount.incrementAndGet();
    return new Rendered<>(target, request, opaque ? null : SparseImage.of(target));
  }

  /**
   * Draws the whole-view image where {@code shown} does not reach inside the component: in the
   * strips around it, so that a transparent layer is not drawn twice over itself.
   */
  private static <C> void drawAround(
      Graphics2D g,
      Rendered<C> under,
      Rendered<C> shown,
      ViewTransform view,
      double deviceScale,
      int widthPx,
      int heightPx) {
    Rectangle2D area = shown.request().area();
    double left = area.getMinX() * view.scale() + view.offsetX();
    double top = area.getMinY() * view.scale() + view.offsetY();
    double right = area.getMaxX() * view.scale() + view.offsetX();
    double bottom = area.getMaxY() * view.scale() + view.offsetY();
    // The pixels whose centres the image covers, so that strip and image meet without a seam.
    int l = (int) Math.ceil(left - 0.5);
    int t = (int) Math.ceil(top - 0.5);
    int r = (int) Math.ceil(right - 0.5);
    int b = (int) Math.ceil(bottom - 0.5);
    int[][] strips = {
      {0, 0, widthPx, t},
      {0, b, widthPx, heightPx - b},
      {0, Math.max(0, t), l, Math.min(heightPx, b) - Math.max(0, t)},
      {r, Math.max(0, t), widthPx - r, Math.min(heightPx, b) - Math.max(0, t)}
    };
    for (int[] strip : strips) {
      if (strip[2] > 0 && strip[3] > 0) {
        Graphics2D s = (Graphics2D) g.create();
        try {
          s.clipRect(strip[0], strip[1], strip[2], strip[3]);
          draw(s, under, view, deviceScale);
        } finally {
          s.dispose();
        }
      }
    }
  }

  /**
   * Draws {@code rendered} where its outline area lies under {@code view}: pixel for pixel when it
   * was rendered at this zoom, otherwise scaled with the nearest pixel (a smoother filter costs a
   * frame's budget at this size, and the sharp image follows).
   */
  private static <C> void draw(
      Graphics2D g, Rendered<C> rendered, ViewTransform view, double deviceScale) {
    Rectangle2D area = rendered.request().area();
    AffineTransform placement = new AffineTransform();
    placement.translate(
        area.getX() * view.scale() + view.offsetX(), area.getY() * view.scale() + view.offsetY());
    double imageScale = rendered.request().key().scale() * deviceScale;
    if (rendered.sparse() != null) {
      rendered
          .sparse()
          .draw(
              g,
              area.getX() * view.scale() + view.offsetX(),
              area.getY() * view.scale() + view.offsetY(),
              view.scale() / imageScale);
      return;
    }
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
