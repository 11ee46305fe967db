package app.myomap.app;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasException;
import app.myomap.atlas.AtlasView;
import app.myomap.chart.OutlineSnapshot;
import app.myomap.model.BodyView;
import app.myomap.ui.ChartCanvas;
import java.awt.Color;
import java.awt.GraphicsConfiguration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The picture of the first view's outline an earlier run kept (see {@link OutlineSnapshots}), read
 * at start-up for the window to show while Batik loads, and kept anew once the drawing is loaded
 * when there was none for the chart as the whole window shows it.
 *
 * @param outlineHash the SHA-256 of the view's drawing as bundled now, or empty if unreadable
 * @param snapshot the picture kept for that drawing, if any
 */
record KeptOutline(String outlineHash, Optional<OutlineSnapshot> snapshot) {
  private static final Logger LOG = Logger.getLogger(KeptOutline.class.getName());

  /**
   * The canvas in the whole window, where the next start's first frame shows the body: the picture
   * to keep is of this.
   */
  record Frame(int widthPx, int heightPx, double deviceScale, Color background) {
    /** The canvas's size, screen density and background now; call on the event thread. */
    static Frame of(ChartCanvas canvas) {
      GraphicsConfiguration screen = canvas.getGraphicsConfiguration();
      double deviceScale =
          screen == null ? 1 : Math.max(1, screen.getDefaultTransform().getScaleX());
      return new Frame(canvas.getWidth(), canvas.getHeight(), deviceScale, canvas.getBackground());
    }

    boolean showsAsIs(OutlineSnapshot snapshot) {
      return snapshot.deviceScale() == deviceScale
          && snapshot.background().equals(background)
          && snapshot.image().getWidth() == (int) Math.ceil(widthPx * deviceScale)
          && snapshot.image().getHeight() == (int) Math.ceil(heightPx * deviceScale);
    }
  }

  /** Reads the picture kept for {@code view} of the current atlas, checked against its drawing. */
  static KeptOutline read(OutlineSnapshots snapshots, BodyView view) {
    try {
      String hash = Atlas.outlineHash(Atlas.CURRENT_VERSION, view);
      return new KeptOutline(hash, snapshots.read(Atlas.CURRENT_VERSION, view, hash));
    } catch (AtlasException e) {
      LOG.log(Level.INFO, "No kept outline picture: " + e.getMessage(), e);
      return new KeptOutline("", Optional.empty());
    }
  }

  /**
   * Keeps a picture of {@code loaded} as {@code frame} shows it, unless the one read already is
   * that picture; renders on the calling thread.
   */
  void keepFor(OutlineSnapshots snapshots, AtlasView loaded, Frame frame) {
    if (outlineHash.isEmpty()
        || frame.widthPx() <= 0
        || frame.heightPx() <= 0
        || snapshot
            .filter(kept -> kept.view() == loaded.view() && frame.showsAsIs(kept))
            .isPresent()) {
      return;
    }
    snapshots.write(
        Atlas.CURRENT_VERSION,
        outlineHash,
        ChartCanvas.fittedSnapshot(
            loaded, frame.widthPx(), frame.heightPx(), frame.deviceScale(), frame.background()));
  }
}
