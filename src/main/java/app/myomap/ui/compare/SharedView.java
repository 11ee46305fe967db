package app.myomap.ui.compare;

import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The view, zoom and pan that every picture of the compare window shares, so that two visits side
 * by side stay locked together. Zoom is kept relative to fitting the view and the pan as the
 * outline point at the picture's centre, so pictures of different sizes (or atlas versions whose
 * drawings differ a little) still show the same part of the body. Event thread only.
 */
final class SharedView {
  /** The room left around a fitted view, in pixels. */
  static final double FIT_MARGIN_PX = 16;

  private BodyView view = BodyView.ANTERIOR;

  /** How many times larger than fitted the view is drawn; 1 fits it. */
  private double zoom = 1;

  /** The outline point at the centre of every picture; null for the centre of the view. */
  private Point2D centre;

  private final List<Runnable> listeners = new ArrayList<>();

  BodyView view() {
    return view;
  }

  void setView(BodyView next) {
    if (next != view) {
      view = next;
      fit();
    }
  }

  /** Fits the whole view again (Ctrl+0). */
  void fit() {
    zoom = 1;
    centre = null;
    changed();
  }

  /** Zooms in one step about the pictures' centre (Ctrl +). */
  void zoomIn() {
    zoomBy(ViewTransform.STEP);
  }

  /** Zooms out one step about the pictures' centre (Ctrl -). */
  void zoomOut() {
    zoomBy(1 / ViewTransform.STEP);
  }

  private void zoomBy(double factor) {
    zoom = Math.max(0.25, Math.min(16, zoom * factor));
    changed();
  }

  /** Calls {@code listener} after every change of view, zoom or pan. */
  void addListener(Runnable listener) {
    listeners.add(listener);
  }

  /** The transform of a picture of the given size showing {@code viewBox} as shared now. */
  ViewTransform transform(Rectangle2D viewBox, int widthPx, int heightPx) {
    ViewTransform fitted = ViewTransform.fit(viewBox, widthPx, heightPx, FIT_MARGIN_PX);
    double scale =
        Math.max(ViewTransform.MIN_SCALE, Math.min(ViewTransform.MAX_SCALE, fitted.scale() * zoom));
    double cx = centre == null ? viewBox.getCenterX() : centre.getX();
    double cy = centre == null ? viewBox.getCenterY() : centre.getY();
    return new ViewTransform(scale, widthPx / 2.0 - cx * scale, heightPx / 2.0 - cy * scale);
  }

  /**
   * Takes {@code moved} (a picture's transform after a wheel zoom or a drag) as the shared zoom and
   * pan.
   */
  void moveTo(ViewTransform moved, Rectangle2D viewBox, int widthPx, int heightPx) {
    ViewTransform fitted = ViewTransform.fit(viewBox, widthPx, heightPx, FIT_MARGIN_PX);
    zoom = moved.scale() / fitted.scale();
    centre = moved.toOutline(new Point2D.Double(widthPx / 2.0, heightPx / 2.0));
    changed();
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }
}
