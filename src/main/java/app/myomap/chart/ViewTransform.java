package app.myomap.chart;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * The mapping between outline coordinates and component pixels: the only place that knows zoom and
 * pan. Immutable; every change returns a new transform.
 *
 * <p>A scale of 1.0 (shown as 100 %) draws one outline unit as one logical pixel. Screen point =
 * outline point × scale + offset.
 */
public record ViewTransform(double scale, double offsetX, double offsetY) {

  /** The smallest zoom a user can reach (25 %). */
  public static final double MIN_SCALE = 0.25;

  /** The largest zoom a user can reach (800 %). */
  public static final double MAX_SCALE = 8.0;

  /** The factor of one zoom step (Ctrl +/-, one wheel notch). */
  public static final double STEP = 1.25;

  public ViewTransform {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be positive: " + scale);
    }
    if (!Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
      throw new IllegalArgumentException("offset must be finite");
    }
  }

  /**
   * The transform that shows the whole {@code outline} area centred in a component of the given
   * size, leaving {@code marginPx} free on every side; the scale is clamped to the zoom range.
   */
  public static ViewTransform fit(
      Rectangle2D outline, double widthPx, double heightPx, double marginPx) {
    double usableW = Math.max(1, widthPx - 2 * marginPx);
    double usableH = Math.max(1, heightPx - 2 * marginPx);
    double scale = clamp(Math.min(usableW / outline.getWidth(), usableH / outline.getHeight()));
    double offsetX = (widthPx - outline.getWidth() * scale) / 2 - outline.getX() * scale;
    double offsetY = (heightPx - outline.getHeight() * scale) / 2 - outline.getY() * scale;
    return new ViewTransform(scale, offsetX, offsetY);
  }

  /**
   * The transform that shows the whole {@code outline} area as large as fits in {@code area} (in
   * picture pixels), centred there. Unlike {@link #fit} the scale is not held to the zoom range: a
   * 600-DPI page needs far more than the largest zoom.
   *
   * @throws IllegalArgumentException if either rectangle is empty
   */
  public static ViewTransform fitInto(Rectangle2D outline, Rectangle2D area) {
    if (outline.isEmpty() || area.isEmpty()) {
      throw new IllegalArgumentException("cannot fit " + outline + " into " + area);
    }
    double scale =
        Math.min(area.getWidth() / outline.getWidth(), area.getHeight() / outline.getHeight());
    double offsetX = area.getCenterX() - outline.getCenterX() * scale;
    double offsetY = area.getCenterY() - outline.getCenterY() * scale;
    return new ViewTransform(scale, offsetX, offsetY);
  }

  /** Zoom percentage as shown to the user, e.g. 100 for a scale of 1. */
  public int zoomPercent() {
    return (int) Math.round(scale * 100);
  }

  public Point2D toScreen(Point2D outline) {
    return new Point2D.Double(outline.getX() * scale + offsetX, outline.getY() * scale + offsetY);
  }

  public Point2D toOutline(Point2D screen) {
    return new Point2D.Double((screen.getX() - offsetX) / scale, (screen.getY() - offsetY) / scale);
  }

  /** The outline area visible in a component of the given size. */
  public Rectangle2D visibleOutline(double widthPx, double heightPx) {
    return new Rectangle2D.Double(
        -offsetX / scale, -offsetY / scale, widthPx / scale, heightPx / scale);
  }

  /** The transform from outline coordinates to component pixels, for painting. */
  public AffineTransform toScreenTransform() {
    return new AffineTransform(scale, 0, 0, scale, offsetX, offsetY);
  }

  /** The transform from component pixels to outline coordinates, for input. */
  public AffineTransform inverse() {
    return new AffineTransform(1 / scale, 0, 0, 1 / scale, -offsetX / scale, -offsetY / scale);
  }

  /**
   * Zooms by {@code factor} keeping the outline point under {@code anchorPx} where it is; the
   * result stays within the zoom range.
   */
  public ViewTransform zoomAt(Point2D anchorPx, double factor) {
    double newScale = clamp(scale * factor);
    Point2D fixed = toOutline(anchorPx);
    return new ViewTransform(
        newScale,
        anchorPx.getX() - fixed.getX() * newScale,
        anchorPx.getY() - fixed.getY() * newScale);
  }

  public ViewTransform panBy(double dxPx, double dyPx) {
    return new ViewTransform(scale, offsetX + dxPx, offsetY + dyPx);
  }

  private static double clamp(double scale) {
    return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
  }
}
