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
 * pixels, so that a repaint with nothing changed is a copy of pixels (JOSM keeps its layers the
 * same way). The image is made only once the same state is painted a second time: while the chart
 * is being edited, zoomed or panned every frame differs, and the marks are drawn directly.
 */
public final class MarkLayerCache {
  private BufferedImage image;
  private State cached;
  private State lastDirect;
  private int builds;

  /** Everything the picture of the marks depends on; the chart by identity (it is immutable). */
  private record State(
      Chart chart,
      BodyView view,
      ViewTransform transform,
      Set<MarkId> selected,
      MarkId hovered,
      boolean labelsAlways,
      Set<MarkKind> hidden,
      int widthPx,
      int heightPx,
      double deviceScale) {
    @Override
    public boolean equals(Object o) {
      return o instanceof State s
          && s.chart == chart
          && s.view == view
          && s.transform.equals(transform)
          && s.selected.equals(selected)
          && Objects.equals(s.hovered, hovered)
          && s.labelsAlways == labelsAlways
          && s.hidden.equals(hidden)
          && s.widthPx == widthPx
          && s.heightPx == heightPx
          && s.deviceScale == deviceScale;
    }

    @Override
    public int hashCode() {
      return Objects.hash(System.identityHashCode(chart), view, transform, widthPx, heightPx);
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
    double deviceScale = deviceScale(g);
    if (deviceScale != 1) {
      // Glyph images are made for the screen's scale; on a scaled screen the marks are drawn
      // directly so they stay crisp.
      renderer.paint(g, chart, view, transform, look);
      return;
    }
    State state =
        new State(
            chart,
            view,
            transform,
            look.selected(),
            look.hovered(),
            look.labelsAlways(),
            look.hidden(),
            widthPx,
            heightPx,
            deviceScale);
    if (state.equals(cached)) {
      g.drawImage(image, 0, 0, null);
      return;
    }
    Rectangle clip = g.getClipBounds();
    boolean wholeComponent = clip == null || clip.contains(new Rectangle(0, 0, widthPx, heightPx));
    if (wholeComponent && state.equals(lastDirect)) {
      build(renderer, state, look);
      g.drawImage(image, 0, 0, null);
      return;
    }
    renderer.paint(g, chart, view, transform, look);
    lastDirect = wholeComponent ? state : null;
  }

  /** How many times the layer image was drawn anew; for tests and benchmarks. */
  public int builds() {
    return builds;
  }

  private void build(ChartRenderer renderer, State state, MarkAppearance look) {
    int w = state.widthPx();
    int h = state.heightPx();
    if (image == null || image.getWidth() != w || image.getHeight() != h) {
      image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
    }
    Graphics2D ig = image.createGraphics();
    try {
      ig.setComposite(AlphaComposite.Clear);
      ig.fillRect(0, 0, image.getWidth(), image.getHeight());
      ig.setComposite(AlphaComposite.SrcOver);
      renderer.paint(ig, state.chart(), state.view(), state.transform(), look);
    } finally {
      ig.dispose();
    }
    cached = state;
    builds++;
  }

  private static double deviceScale(Graphics2D g) {
    if (g.getDeviceConfiguration() == null) {
      return 1;
    }
    return Math.max(1, g.getDeviceConfiguration().getDefaultTransform().getScaleX());
  }
}
