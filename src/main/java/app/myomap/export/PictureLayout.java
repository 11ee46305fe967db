package app.myomap.export;

import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartWords;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.session.OpenedVisit;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a picture of one view is laid out: the picture's options from the settings, and the transform
 * that draws the body as large as fits beside or below the caption (top left) and beside or above
 * the legend (bottom right), so that neither covers it.
 *
 * @param options what {@link ChartPicture#paint} draws, and how
 * @param transform from the view's outline units to the picture's pixels
 */
public record PictureLayout(PictureOptions options, ViewTransform transform) {

  /**
   * The layout of {@code view} of {@code visit} as {@code settings} ask, measured with {@code g}
   * (the graphics the picture will be drawn into, whose fonts size the legend and caption) through
   * {@code picture}.
   */
  public static PictureLayout of(
      ChartPicture picture,
      Graphics2D g,
      OpenedVisit visit,
      BodyView view,
      PictureSettings settings) {
    AtlasView atlasView = visit.atlas().view(view);
    PictureOptions options =
        PictureOptions.of(
                settings.widthPx(), settings.heightPx(), ExportLook.of(visit.atlas(), atlasView))
            .withMarkScale(settings.markScale())
            .withBackground(settings.transparent() ? null : Color.WHITE);
    if (settings.legend()) {
      options = options.withLegend(ChartWords.legend());
    }
    if (settings.caption()) {
      options = options.withCaption(VisitCaption.of(visit, settings.zone()));
    }
    ViewTransform transform =
        bodyTransform(
            atlasView.viewBox(),
            settings.widthPx(),
            settings.heightPx(),
            picture.captionBounds(g, options),
            picture.legendBounds(g, options),
            ChartPicture.marginPx(settings.markScale()));
    return new PictureLayout(options, transform);
  }

  /**
   * The transform that fits {@code viewBox} as large as it goes into a picture of {@code widthPx} ×
   * {@code heightPx}, {@code gapPx} from its edges and from the caption's and legend's boxes: the
   * body lies below or right of the caption and above or left of the legend, whichever of the four
   * areas draws it largest (the first of equals: below the caption, left of the legend). When no
   * area is left, the body fills the picture under them.
   */
  public static ViewTransform bodyTransform(
      Rectangle2D viewBox,
      int widthPx,
      int heightPx,
      Optional<Rectangle> caption,
      Optional<Rectangle> legend,
      int gapPx) {
    double left = gapPx;
    double top = gapPx;
    double right = widthPx - gapPx;
    double bottom = heightPx - gapPx;
    // For each box, the edges the body may keep to: past it on one axis or the other.
    List<double[]> tops = new ArrayList<>();
    caption.ifPresentOrElse(
        c -> {
          tops.add(new double[] {left, c.getMaxY() + gapPx});
          tops.add(new double[] {c.getMaxX() + gapPx, top});
        },
        () -> tops.add(new double[] {left, top}));
    List<double[]> bottoms = new ArrayList<>();
    legend.ifPresentOrElse(
        l -> {
          bottoms.add(new double[] {l.getMinX() - gapPx, bottom});
          bottoms.add(new double[] {right, l.getMinY() - gapPx});
        },
        () -> bottoms.add(new double[] {right, bottom}));
    Rectangle2D best = null;
    double bestScale = 0;
    for (double[] start : tops) {
      for (double[] end : bottoms) {
        Rectangle2D area =
            new Rectangle2D.Double(start[0], start[1], end[0] - start[0], end[1] - start[1]);
        if (area.isEmpty()) {
          continue;
        }
        double scale =
            Math.min(area.getWidth() / viewBox.getWidth(), area.getHeight() / viewBox.getHeight());
        if (scale > bestScale) {
          best = area;
          bestScale = scale;
        }
      }
    }
    if (best == null) {
      best = new Rectangle2D.Double(0, 0, widthPx, heightPx);
    }
    return ViewTransform.fitInto(viewBox, best);
  }
}
