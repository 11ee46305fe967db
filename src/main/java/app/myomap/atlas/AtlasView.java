package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.batik.ext.awt.RenderingHintsKeyExt;
import org.apache.batik.gvt.GraphicsNode;

/**
 * One loaded body view: its viewBox (the outline coordinate space), the render tree of its drawing,
 * the silhouette marks may lie in, and its muscle regions.
 */
public final class AtlasView {
  private final BodyView view;
  private final Rectangle2D.Double viewBox;
  private final GraphicsNode outline;
  private final Path2D.Double silhouette;
  private final List<MuscleRegion> regions;

  AtlasView(
      BodyView view,
      Rectangle2D viewBox,
      GraphicsNode outline,
      Path2D.Double silhouette,
      List<MuscleRegion> regions) {
    this.view = Objects.requireNonNull(view, "view");
    this.viewBox =
        new Rectangle2D.Double(
            viewBox.getX(), viewBox.getY(), viewBox.getWidth(), viewBox.getHeight());
    this.outline = Objects.requireNonNull(outline, "outline");
    this.silhouette = new Path2D.Double(silhouette);
    this.regions = List.copyOf(regions);
  }

  public BodyView view() {
    return view;
  }

  /** The viewBox in outline units, a fresh copy the caller may change. */
  public Rectangle2D viewBox() {
    return new Rectangle2D.Double(
        viewBox.getX(), viewBox.getY(), viewBox.getWidth(), viewBox.getHeight());
  }

  /**
   * The Batik render tree of the visible drawing, painting in outline units: shared, so paint it
   * but do not modify it.
   */
  public GraphicsNode outline() {
    return outline;
  }

  /**
   * Paints the drawing into {@code g}, whose user space must be outline units; callers outside the
   * atlas draw the outline through this method and never see Batik. One paint at a time: the window
   * repaints on the event thread while an export paints the same drawing in the background, and
   * Batik's tree is not made to be painted by two threads at once.
   *
   * @param target the image {@code g} draws into, which lets Batik composite straight into its
   *     pixels; null when there is none or it is not known (print, vector export)
   */
  public synchronized void paintOutline(Graphics2D g, BufferedImage target) {
    if (target != null) {
      g.setRenderingHint(RenderingHintsKeyExt.KEY_BUFFERED_IMAGE, new WeakReference<>(target));
    }
    outline.paint(g);
  }

  /** The closed outer outline of the figure, in outline units; treat it as read-only. */
  public Shape silhouette() {
    return silhouette;
  }

  /** The muscle regions of this view, in document order. */
  public List<MuscleRegion> regions() {
    return regions;
  }

  /** The region of a muscle and side, if this view has one. */
  public Optional<MuscleRegion> region(String muscleId, Side side) {
    for (MuscleRegion region : regions) {
      if (region.muscleId().equals(muscleId) && region.side() == side) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }
}
