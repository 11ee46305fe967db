package app.myomap.chart;

import app.myomap.model.BodyView;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A picture of a view's outline as a window showed it, kept so that the next start can show the
 * body before the vector drawing is loaded: the image, the outline area it covers at the zoom it
 * was drawn at, the device scale and the background it was drawn on, and the view's whole area (to
 * fit it into a window before the view itself is loaded).
 *
 * @param view the body view drawn
 * @param viewBox the view's whole outline area
 * @param area the outline area the image covers
 * @param scale the zoom it was drawn at, logical pixels per outline unit
 * @param deviceScale device pixels per logical pixel
 * @param background the colour around the body
 * @param image the pixels, {@code area} at {@code scale × deviceScale}
 */
public record OutlineSnapshot(
    BodyView view,
    Rectangle2D viewBox,
    Rectangle2D area,
    double scale,
    double deviceScale,
    Color background,
    BufferedImage image) {

  public OutlineSnapshot {
    Objects.requireNonNull(view, "view");
    viewBox = (Rectangle2D) viewBox.clone();
    area = (Rectangle2D) area.clone();
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(image, "image");
    if (!(scale > 0) || !(deviceScale >= 1) || viewBox.isEmpty() || area.isEmpty()) {
      throw new IllegalArgumentException("Not a picture of an outline: " + area + " at " + scale);
    }
  }

  /** The outline areas, copies the caller may change. */
  @Override
  public Rectangle2D viewBox() {
    return (Rectangle2D) viewBox.clone();
  }

  @Override
  public Rectangle2D area() {
    return (Rectangle2D) area.clone();
  }

  /**
   * Whether this picture can be shown in {@code g} on {@code canvasBackground}: the same colours
   * around the body and the same screen density.
   */
  public boolean fits(Graphics2D g, Color canvasBackground) {
    return background.equals(canvasBackground) && deviceScale == deviceScale(g);
  }

  /**
   * Paints the picture where its area lies under {@code transform}: pixel for pixel at the zoom it
   * was drawn at, scaled with the nearest pixel at another.
   */
  public void paint(Graphics2D g, ViewTransform transform) {
    AffineTransform placement = new AffineTransform();
    placement.translate(
        area.getX() * transform.scale() + transform.offsetX(),
        area.getY() * transform.scale() + transform.offsetY());
    double imageScale = scale * deviceScale;
    placement.scale(transform.scale() / imageScale, transform.scale() / imageScale);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(image, placement, null);
  }

  static double deviceScale(Graphics2D g) {
    if (g.getDeviceConfiguration() == null) {
      return 1;
    }
    return Math.max(1, g.getDeviceConfiguration().getDefaultTransform().getScaleX());
  }
}
