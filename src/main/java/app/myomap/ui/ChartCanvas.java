package app.myomap.ui;

import app.myomap.atlas.AtlasView;
import app.myomap.chart.OutlineImageCache;
import app.myomap.chart.ViewTransform;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.event.ActionEvent;

/**
 * The chart surface: paints the body outline through the view transform and turns pointer input
 * into zoom and pan. It stays thin: geometry lives in {@code chart}, editing in {@code edit}.
 */
public final class ChartCanvas extends JComponent {
  private static final long serialVersionUID = 1L;
  private static final double FIT_MARGIN_PX = 16;

  private final transient OutlineImageCache outlineCache = new OutlineImageCache();
  private final transient List<Runnable> viewListeners = new ArrayList<>();
  private transient AtlasView atlasView;
  private transient ViewTransform transform = new ViewTransform(1, 0, 0);
  /** While true the outline follows the window size; any zoom or pan by the user ends it. */
  private boolean fitted = true;
  private transient Point2D pointerOutline;
  private final transient List<Runnable> outlinePaintedOnce = new ArrayList<>();
  private Point panAnchor;
  private boolean spaceHeld;

  public ChartCanvas() {
    setName("chartCanvas");
    setFocusable(true);
    setOpaque(true);
    setPreferredSize(new Dimension(900, 760));
    setToolTipText(null);
    PointerInput input = new PointerInput();
    addMouseListener(input);
    addMouseMotionListener(input);
    addMouseWheelListener(input);
    addComponentListener(
        new ComponentAdapter() {
          @Override
          public void componentResized(ComponentEvent e) {
            if (fitted) {
              fitToWindow();
            }
          }
        });
    bindSpaceForPanning();
  }

  /** Shows {@code view}; the first view shown, and each new one, starts fitted to the window. */
  public void showView(AtlasView view) {
    this.atlasView = view;
    outlineCache.invalidate();
    fitToWindow();
  }

  public Optional<AtlasView> atlasView() {
    return Optional.ofNullable(atlasView);
  }

  public ViewTransform transform() {
    return transform;
  }

  /** The outline point under the pointer, if the pointer is over the canvas. */
  public Optional<Point2D> pointerOutline() {
    return Optional.ofNullable(pointerOutline);
  }

  /** How often the outline was rendered from vectors; read by tests and benchmarks. */
  public int outlineRenderCount() {
    return outlineCache.renderCount();
  }

  public Dimension outlineImageSize() {
    return outlineCache.imageSize();
  }

  /** Runs {@code listener} once, right after the body outline was next painted. */
  public void whenOutlinePainted(Runnable listener) {
    outlinePaintedOnce.add(listener);
  }

  public void addViewListener(Runnable listener) {
    viewListeners.add(listener);
  }

  public void zoomIn() {
    zoomAtCentre(ViewTransform.STEP);
  }

  public void zoomOut() {
    zoomAtCentre(1 / ViewTransform.STEP);
  }

  /** Fits the whole view into the window, and keeps it fitted while the window is resized. */
  public void fitToWindow() {
    fitted = true;
    if (atlasView != null && getWidth() > 0 && getHeight() > 0) {
      setTransform(ViewTransform.fit(atlasView.viewBox(), getWidth(), getHeight(), FIT_MARGIN_PX));
    } else {
      repaint();
    }
  }

  /** Zooms by {@code factor} around a component point; used by the wheel and by tests. */
  public void zoomAt(Point2D anchorPx, double factor) {
    fitted = false;
    setTransform(transform.zoomAt(anchorPx, factor));
  }

  public void panBy(double dxPx, double dyPx) {
    fitted = false;
    setTransform(transform.panBy(dxPx, dyPx));
  }

  private void zoomAtCentre(double factor) {
    zoomAt(new Point2D.Double(getWidth() / 2.0, getHeight() / 2.0), factor);
  }

  private void setTransform(ViewTransform next) {
    transform = next;
    repaint();
    viewListeners.forEach(Runnable::run);
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setColor(getBackground());
      g2.fillRect(0, 0, getWidth(), getHeight());
      if (atlasView == null) {
        paintLoading(g2);
        return;
      }
      outlineCache.paint(g2, atlasView.outline(), transform, getWidth(), getHeight());
      if (!outlinePaintedOnce.isEmpty()) {
        List<Runnable> once = new ArrayList<>(outlinePaintedOnce);
        outlinePaintedOnce.clear();
        once.forEach(Runnable::run);
      }
    } finally {
      g2.dispose();
    }
  }

  private void paintLoading(Graphics2D g2) {
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    String text = Messages.get("ChartCanvas.loading");
    Font font = getFont().deriveFont(Font.PLAIN, getFont().getSize2D() * 1.2f);
    g2.setFont(font);
    FontMetrics fm = g2.getFontMetrics();
    g2.setColor(getForeground());
    g2.drawString(
        text, (getWidth() - fm.stringWidth(text)) / 2, (getHeight() - fm.getHeight()) / 2);
  }

  @Override
  public Color getBackground() {
    Color themed = javax.swing.UIManager.getColor("MyoMap.canvasBackground");
    return themed != null ? themed : super.getBackground();
  }

  private void bindSpaceForPanning() {
    getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0, false), "panOn");
    getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0, true), "panOff");
    getActionMap().put("panOn", new SpaceAction(true));
    getActionMap().put("panOff", new SpaceAction(false));
  }

  private final class SpaceAction extends AbstractAction {
    private static final long serialVersionUID = 1L;
    private final boolean held;

    SpaceAction(boolean held) {
      this.held = held;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
      spaceHeld = held;
      setCursor(held ? Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR) : Cursor.getDefaultCursor());
    }
  }

  private final class PointerInput extends MouseAdapter {
    @Override
    public void mousePressed(MouseEvent e) {
      requestFocusInWindow();
      if (SwingUtilities.isMiddleMouseButton(e) || (spaceHeld && SwingUtilities.isLeftMouseButton(e))) {
        panAnchor = e.getPoint();
      }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      if (panAnchor != null) {
        panBy(e.getX() - panAnchor.x, e.getY() - panAnchor.y);
        panAnchor = e.getPoint();
      }
      track(e);
    }

    @Override
    public void mouseReleased(MouseEvent e) {
      panAnchor = null;
    }

    @Override
    public void mouseMoved(MouseEvent e) {
      track(e);
    }

    @Override
    public void mouseExited(MouseEvent e) {
      pointerOutline = null;
      viewListeners.forEach(Runnable::run);
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      double notches = e.getPreciseWheelRotation();
      zoomAt(e.getPoint(), Math.pow(ViewTransform.STEP, -notches));
    }

    private void track(MouseEvent e) {
      pointerOutline = transform.toOutline(e.getPoint());
      viewListeners.forEach(Runnable::run);
    }
  }
}
