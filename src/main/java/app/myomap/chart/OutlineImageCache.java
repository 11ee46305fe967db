package app.myomap.chart;

import app.myomap.atlas.AtlasView;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Keeps the body outline rendered from vectors into an image of the visible area (plus a margin for
 * panning) at full device resolution. The image is rebuilt from the vectors whenever the zoom, the
 * device scale or the outline changes, or the view pans past the margin: a bitmap is never scaled
 * up.
 */
public final class OutlineImageCache {

  /** Extra outline area rendered around the visible part, as a fraction of its size per side. */
  private static final double MARGIN_FRACTION = 0.2;

  private BufferedImage image;
  private AtlasView renderedView;
  private double renderedScale;
  private double renderedDeviceScale;
  private Color renderedBackground;
  private Rectangle2D renderedArea;
  private int renderCount;

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
    if (needsRender(outline, view.scale(), deviceScale, visible, background)) {
      render(outline, view.scale(), deviceScale, visible, background);
    }
    AffineTransform placement = new AffineTransform();
    placement.translate(
        renderedArea.getX() * view.scale() + view.offsetX(),
        renderedArea.getY() * view.scale() + view.offsetY());
    placement.scale(1 / deviceScale, 1 / deviceScale);
    g.drawImage(image, placement, null);
  }

  /** How many times the outline was rendered from vectors; for tests and benchmarks. */
  public int renderCount() {
    return renderCount;
  }

  /** Size in device pixels of the last rendered image, or 0 × 0 before the first paint. */
  public Dimension imageSize() {
    return image == null ? new Dimension() : new Dimension(image.getWidth(), image.getHeight());
  }

  /**
   * The zoom (outline units to logical pixels) the cached image was rendered at: it always equals
   * the zoom it is shown at, because a zoom change renders it again.
   */
  public double renderedScale() {
    return renderedScale;
  }

  /** Drops the cached image, e.g. when the outline or the look of the chart changed. */
  public void invalidate() {
    image = null;
    renderedView = null;
  }

  private boolean needsRender(
      AtlasView outline, double scale, double deviceScale, Rectangle2D visible, Color background) {
    return image == null
        || renderedView != outline
        || !background.equals(renderedBackground)
        || renderedScale != scale
        || renderedDeviceScale != deviceScale
        || !renderedArea.contains(visible);
  }

  private void render(
      AtlasView outline, double scale, double deviceScale, Rectangle2D visible, Color background) {
    double mx = visible.getWidth() * MARGIN_FRACTION;
    double my = visible.getHeight() * MARGIN_FRACTION;
    double pixelsPerUnit = scale * deviceScale;
    // Snap the area to whole device pixels so the image lands exactly on the device grid.
    double x = Math.floor((visible.getX() - mx) * pixelsPerUnit) / pixelsPerUnit;
    double y = Math.floor((visible.getY() - my) * pixelsPerUnit) / pixelsPerUnit;
    int w = (int) Math.ceil((visible.getWidth() + 2 * mx) * pixelsPerUnit);
    int h = (int) Math.ceil((visible.getHeight() + 2 * my) * pixelsPerUnit);
    BufferedImage target =
        new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
    Graphics2D ig = target.createGraphics();
    try {
      ig.setColor(background);
      ig.fillRect(0, 0, target.getWidth(), target.getHeight());
      ig.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      ig.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      ig.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      ig.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      ig.scale(pixelsPerUnit, pixelsPerUnit);
      ig.translate(-x, -y);
      outline.paintOutline(ig, target);
    } finally {
      ig.dispose();
    }
    image = target;
    renderedView = outline;
    renderedScale = scale;
    renderedDeviceScale = deviceScale;
    renderedBackground = background;
    renderedArea = new Rectangle2D.Double(x, y, w / pixelsPerUnit, h / pixelsPerUnit);
    renderCount++;
  }

  private static double deviceScale(Graphics2D g) {
    if (g.getDeviceConfiguration() == null) {
      return 1;
    }
    AffineTransform device = g.getDeviceConfiguration().getDefaultTransform();
    return Math.max(1, device.getScaleX());
  }
}
