package app.myomap.ui;

import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.MarkLayerCache;
import app.myomap.chart.OutlineImageCache;
import app.myomap.chart.OutlineSnapshot;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.chart.ZoneImageCache;
import app.myomap.model.Chart;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

/**
 * The chart canvas's picture and what keeps it fast: the outline and the zones rendered into images
 * on a background thread (shown scaled while a new zoom is rendered), the marks layer, and the
 * picture of the body an earlier run kept, shown before the view's drawing is loaded. Used on the
 * event thread; only the renderings run on the background thread.
 */
final class CanvasPicture {
  /**
   * One thread renders outlines and zones, and ends when idle for a while: Batik's render tree is
   * painted by one thread at a time anyway ({@link AtlasView#paintOutline}).
   */
  private final ThreadPoolExecutor renderer =
      new ThreadPoolExecutor(
          1,
          1,
          10,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          task -> {
            Thread thread = new Thread(task, "myomap-outline");
            thread.setDaemon(true);
            return thread;
          });

  private final OutlineImageCache outline;
  private final ZoneImageCache zones;
  private final ChartPicture picture;

  /** An earlier run's picture of the body, until the view's drawing is loaded. */
  private OutlineSnapshot snapshot;

  /**
   * Paints through {@code marks}; {@code repaint} runs on the event thread when images are ready.
   */
  CanvasPicture(ChartRenderer marks, Runnable repaint) {
    renderer.allowCoreThreadTimeOut(true);
    Runnable onReady = () -> SwingUtilities.invokeLater(repaint);
    outline = OutlineImageCache.inBackground(renderer, onReady);
    zones = ZoneImageCache.inBackground(marks.style(), renderer, onReady);
    picture = ChartPicture.cached(marks, outline, zones, new MarkLayerCache());
  }

  void paint(Graphics2D g, AtlasView view, Chart chart, ViewTransform t, PictureOptions options) {
    picture.paint(g, view, chart, t, options);
  }

  /**
   * A new view is shown: its outline is rendered anew, and an earlier run's picture of it stands in
   * until then.
   */
  void showView(AtlasView view) {
    outline.invalidate();
    if (snapshot != null && snapshot.view() == view.view()) {
      outline.standIn(view, snapshot);
    }
    snapshot = null;
  }

  /** Keeps {@code kept}, an earlier run's picture of the body, to show until a view is loaded. */
  void showSnapshot(OutlineSnapshot kept) {
    snapshot = kept;
  }

  /** The whole area of the view in the kept picture, to fit before the view is loaded. */
  Optional<Rectangle2D> snapshotViewBox() {
    return Optional.ofNullable(snapshot).map(OutlineSnapshot::viewBox);
  }

  /**
   * Paints the kept picture of the body through {@code t}, if there is one that suits the screen
   * and {@code background}.
   *
   * @return whether it was painted
   */
  boolean paintSnapshot(Graphics2D g, ViewTransform t, Color background) {
    if (snapshot == null || !snapshot.fits(g, background)) {
      return false;
    }
    snapshot.paint(g, t);
    return true;
  }

  int outlineRenderCount() {
    return outline.renderCount();
  }

  double outlineRenderedScale() {
    return outline.renderedScale();
  }

  Dimension outlineImageSize() {
    return outline.imageSize();
  }

  boolean outlinePaintedSharp() {
    return outline.paintedSharp();
  }

  boolean zonesFromSharpImage() {
    return zones.paintedSharp();
  }
}
