package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the marks of a view, drawn by the {@link ChartRenderer}, in an image of the component's
 * pixels plus a margin, so that a repaint with nothing changed, and a pan within the margin, is a
 * copy of pixels (JOSM keeps its layers the same way). The image is made only once the same state
 * is painted a second time: while the chart is being edited or zoomed every frame differs, and the
 * marks are drawn directly.
 */
public final class MarkLayerCache {
  /** Extra pixels kept around the component on each side, as a share of its size, for panning. */
  private static final double MARGIN_SHARE = 0.25;

  private BufferedImage image;

  /** The layer image with a note of where it holds marks, so that a copy blends only those. */
  private SparseImage sparse;

  private State cached;
  private double cachedOffsetX;
  private double cachedOffsetY;
  private int marginX;
  private int marginY;
  private int visibleWidth;
  private int visibleHeight;
  private State lastDirect;
  private double lastDirectOffsetX;
  private double lastDirectOffsetY;
  private int builds;

  /**
   * Everything the picture of the marks depends on except where it is panned to; the chart by
   * identity (it is immutable).
   */
  private record State(
      Chart chart,
      BodyView view,
      double scale,
      Set<MarkId> selected,
      MarkId hovered,
      boolean labelsAlways,
      Set<MarkKind> hidden,
      boolean zoneFills,
      int widthPx,
      int heightPx) {
    @Override
    public boolean equals(Object o) {
      return o instanceof State s
          && s.chart == chart
          && s.zoneFills == zoneFills
          && s.view == view
          && s.scale == scale
          && s.selected.equals(selected)
          && Objects.equals(s.hovered, hovered)
          && s.labelsAlways == labelsAlways
          && s.hidden.equals(hidden)
          && s.widthPx == widthPx
          && s.heightPx == heightPx;
    }

    @Override
    public int hashCode() {
      return Objects.hash(System.identityHashCode(chart), view, scale, widthPx, heightPx);
    }
  }

  /** Paints the marks of {@code view} as {@link ChartRenderer#paint} would, into {@code g}. */
  public void paint(
      Graphics2D g,
      ChartRenderer renderer,
      Chart chart,
      BodyView view,
      ViewTransform transform,
      MarkAppearance look,
      int widthPx,
      int heightPx) {
    paint(g, renderer, chart, view, transform, look, widthPx, heightPx, true, true);
  }

  /**
   * Paints the marks as {@link #paint(Graphics2D, ChartRenderer, Chart, BodyView, ViewTransform,
   * MarkAppearance, int, int)} does; with {@code zoneFills} false without the zones themselves and
   * their plain connectors, which were painted beneath from an image of them, but with their
   * highlights. With {@code settled} false (the picture beneath is still standing in for a new
   * zoom, so another zoom step or a rendering landing is likely next) the layer image is not made
   * even for a repeated state: during a wheel zoom it would be made at every step and thrown away.
   */
  void paint(
      Graphics2D g,
      ChartRenderer renderer,
      Chart chart,
      BodyView view,
      ViewTransform transform,
      MarkAppearance look,
      int widthPx,
      int heightPx,
      boolean zoneFills,
      boolean settled) {
    if (deviceScale(g) != 1) {
      // Glyph images are made for the screen's scale; on a scaled screen the marks are drawn
      // directly so they stay crisp.
      renderer.paint(g, chart, view, transform, look, zoneFills);
      return;
    }
    State state =
        new State(
            chart,
            view,
            transform.scale(),
            look.selected(),
            look.hovered(),
            look.labelsAlways(),
            look.hidden(),
            zoneFills,
            widthPx,
            heightPx);
    if (state.equals(cached) && blitShifted(g, transform)) {
      return;
    }
    Rectangle clip = g.getClipBounds();
    boolean wholeComponent = clip == null || clip.contains(new Rectangle(0, 0, widthPx, heightPx));
    if (wholeComponent
        && settled
        && state.equals(lastDirect)
        && transform.offsetX() == lastDirectOffsetX
        && transform.offsetY() == lastDirectOffsetY) {
      build(renderer, state, transform, look);
      blitShifted(g, transform);
      return;
    }
    renderer.paint(g, chart, view, transform, look, zoneFills);
    lastDirect = wholeComponent ? state : null;
    lastDirectOffsetX = transform.offsetX();
    lastDirectOffsetY = transform.offsetY();
  }

  /** How many times the layer image was drawn anew; for tests and benchmarks. */
  public int builds() {
    return builds;
  }

  /**
   * Copies the layer, moved by however far the view was panned since it was made; false when the
   * pan left the margin or is not by whole pixels.
   */
  private boolean blitShifted(Graphics2D g, ViewTransform transform) {
    double dx = transform.offsetX() - cachedOffsetX;
    double dy = transform.offsetY() - cachedOffsetY;
    if (dx != Math.rint(dx)
        || dy != Math.rint(dy)
        || Math.abs(dx) > marginX
        || Math.abs(dy) > marginY) {
      return false;
    }
    // Copy only the part that lands on the component, and only where there are marks.
    int x = marginX - (int) dx;
    int y = marginY - (int) dy;
    Graphics2D visible = (Graphics2D) g.create();
    try {
      visible.clipRect(0, 0, visibleWidth, visibleHeight);
      sparse.draw(visible, -x, -y, 1);
    } finally {
      visible.dispose();
    }
    return true;
  }

  private void build(
      ChartRenderer renderer, State state, ViewTransform transform, MarkAppearance look) {
    visibleWidth = Math.max(1, state.widthPx());
    visibleHeight = Math.max(1, state.heightPx());
    marginX = (int) Math.ceil(state.widthPx() * MARGIN_SHARE);
    marginY = (int) Math.ceil(state.heightPx() * MARGIN_SHARE);
    int w = Math.max(1, state.widthPx() + 2 * marginX);
    int h = Math.max(1, state.heightPx() + 2 * marginY);
    boolean fresh = image == null || image.getWidth() != w || image.getHeight() != h;
    if (fresh) {
      image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    }
    Graphics2D ig = image.createGraphics();
    try {
      if (!fresh) {
        // Only where the last layer held marks is there anything to clear.
        ig.setComposite(AlphaComposite.Clear);
        sparse.clear(ig);
        ig.setComposite(AlphaComposite.SrcOver);
      }
      renderer.paintLayer(
          ig,
          state.chart(),
          state.view(),
          transform.panBy(marginX, marginY),
          look,
          state.zoneFills());
    } finally {
      ig.dispose();
    }
    sparse = SparseImage.of(image);
    cached = state;
    cachedOffsetX = transform.offsetX();
    cachedOffsetY = transform.offsetY();
    builds++;
  }

  private static double deviceScale(Graphics2D g) {
    if (g.getDeviceConfiguration() == null) {
      return 1;
    }
    return Math.max(1, g.getDeviceConfiguration().getDefaultTransform().getScaleX());
  }
}
