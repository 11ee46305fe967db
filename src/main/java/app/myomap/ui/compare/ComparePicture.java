package app.myomap.ui.compare;

import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.ui.Messages;
import java.awt.Cursor;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * One picture of the compare window: paints through a {@link Painter} at the {@link SharedView}'s
 * view, zoom and pan, zooms with the wheel and pans by dragging, which moves every other picture
 * with it.
 */
final class ComparePicture extends JComponent {
  /** Draws the picture's content for a view through a transform into its pixels. */
  interface Painter {
    void paint(Graphics2D g, BodyView view, ViewTransform transform, int widthPx, int heightPx);
  }

  private final transient SharedView shared;
  private final transient Function<BodyView, Optional<Rectangle2D>> viewBox;
  private final transient Painter painter;
  private Point dragFrom;

  /**
   * A picture of {@code shared}'s view; {@code viewBox} gives the drawing's area of a view (empty
   * while nothing is loaded: the picture is then blank).
   */
  ComparePicture(
      SharedView shared, Function<BodyView, Optional<Rectangle2D>> viewBox, Painter painter) {
    this.shared = shared;
    this.viewBox = viewBox;
    this.painter = painter;
    setOpaque(true);
    shared.addListener(
        () -> {
          updateTooltip();
          repaint();
        });
    addComponentListener(
        new java.awt.event.ComponentAdapter() {
          @Override
          public void componentResized(java.awt.event.ComponentEvent e) {
            updateTooltip();
          }
        });
    MouseAdapter mouse =
        new MouseAdapter() {
          @Override
          public void mousePressed(MouseEvent e) {
            if (SwingUtilities.isLeftMouseButton(e) || SwingUtilities.isMiddleMouseButton(e)) {
              dragFrom = e.getPoint();
              setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
            }
          }

          @Override
          public void mouseDragged(MouseEvent e) {
            if (dragFrom != null) {
              Point to = e.getPoint();
              move(t -> t.panBy(to.x - dragFrom.x, to.y - dragFrom.y));
              dragFrom = to;
            }
          }

          @Override
          public void mouseReleased(MouseEvent e) {
            dragFrom = null;
            setCursor(Cursor.getDefaultCursor());
          }

          @Override
          public void mouseWheelMoved(MouseWheelEvent e) {
            double notches = e.getPreciseWheelRotation();
            move(t -> t.zoomAt(e.getPoint(), Math.pow(ViewTransform.STEP, -notches)));
          }
        };
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
    addMouseWheelListener(mouse);
  }

  /** The transform this picture paints through now, if its view is loaded. */
  Optional<ViewTransform> transform() {
    return viewBox
        .apply(shared.view())
        .filter(box -> getWidth() > 0 && getHeight() > 0)
        .map(box -> shared.transform(box, getWidth(), getHeight()));
  }

  /** Says the zoom (as the main window shows it) and how to zoom and pan, in the tooltip. */
  void updateTooltip() {
    setToolTipText(
        transform()
            .map(t -> Messages.format("Compare.picture.tooltip", t.zoomPercent()))
            .orElse(null));
  }

  private void move(java.util.function.UnaryOperator<ViewTransform> change) {
    viewBox
        .apply(shared.view())
        .filter(box -> getWidth() > 0 && getHeight() > 0)
        .ifPresent(
            box ->
                shared.moveTo(
                    change.apply(shared.transform(box, getWidth(), getHeight())),
                    box,
                    getWidth(),
                    getHeight()));
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setColor(getBackground());
      g2.fillRect(0, 0, getWidth(), getHeight());
      Optional<ViewTransform> transform = transform();
      if (transform.isPresent()) {
        painter.paint(g2, shared.view(), transform.get(), getWidth(), getHeight());
      }
    } finally {
      g2.dispose();
    }
  }
}
