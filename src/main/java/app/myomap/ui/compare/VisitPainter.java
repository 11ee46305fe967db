package app.myomap.ui.compare;

import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.ChartWords;
import app.myomap.chart.MarkAppearance;
import app.myomap.chart.MarkStyle;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;

/**
 * Paints the compare window's chart pictures through the one picture routine: a visit alone, and
 * two visits laid over each other (the earlier one beneath, in one muted ink with dashed edges, at
 * an opacity). The difference map is {@link app.myomap.chart.DifferencePicture}'s. Event thread
 * only: each instance keeps its own pictures.
 */
final class VisitPainter {
  /** The ink of the earlier visit in an overlay: a muted blue-grey. */
  static final Color EARLIER_INK = new Color(0x45, 0x5A, 0x73);

  private final ChartPicture picture = ChartPicture.vectors();
  private final ChartRenderer laterMarks = ChartRenderer.vectors(MarkStyle.screen());
  private final ChartRenderer earlierMarks =
      ChartRenderer.vectors(MarkStyle.inked(1f, EARLIER_INK));

  /** Paints {@code visit}'s chart on its own atlas version's drawing of {@code view}. */
  void paintVisit(
      Graphics2D g,
      OpenedVisit visit,
      BodyView view,
      ViewTransform transform,
      int widthPx,
      int heightPx,
      Color background) {
    paint(g, visit, visit.chart(), view, transform, widthPx, heightPx, background);
  }

  /** Paints the outline of {@code view} from {@code visit}'s atlas version with no marks. */
  private void paintOutline(
      Graphics2D g,
      OpenedVisit visit,
      BodyView view,
      ViewTransform transform,
      int widthPx,
      int heightPx,
      Color background) {
    paint(g, visit, Chart.empty(), view, transform, widthPx, heightPx, background);
  }

  /** Paints {@code chart} on {@code view} of {@code visit}'s atlas version. */
  private void paint(
      Graphics2D g,
      OpenedVisit visit,
      Chart chart,
      BodyView view,
      ViewTransform transform,
      int widthPx,
      int heightPx,
      Color background) {
    AtlasView atlasView = visit.atlas().view(view);
    picture.paint(
        g, atlasView, chart, transform, options(atlasView, widthPx, heightPx, background));
  }

  /**
   * Paints the outline, the earlier visit's marks in the muted ink at {@code earlierOpacity} (0 to
   * 1), and the later visit's marks in their own colours on top, all on the later visit's atlas
   * version: the earlier marks as carried onto it ({@link ComparedVisits#earlierOnLater()}).
   */
  void paintOverlay(
      Graphics2D g,
      ComparedVisits visits,
      BodyView view,
      ViewTransform transform,
      int widthPx,
      int heightPx,
      Color background,
      float earlierOpacity) {
    paintOutline(g, visits.later(), view, transform, widthPx, heightPx, background);
    MarkAppearance look = look(visits.later().atlas().view(view));
    Graphics2D faded = (Graphics2D) g.create();
    try {
      faded.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, earlierOpacity));
      earlierMarks.paint(faded, visits.earlierOnLater(), view, transform, look);
    } finally {
      faded.dispose();
    }
    laterMarks.paint(g, visits.later().chart(), view, transform, look);
  }

  /** The options of a compare picture of {@code atlasView}: plain marks on {@code background}. */
  static PictureOptions options(AtlasView atlasView, int widthPx, int heightPx, Color background) {
    return PictureOptions.of(widthPx, heightPx, look(atlasView)).withBackground(background);
  }

  private static MarkAppearance look(AtlasView atlasView) {
    return MarkAppearance.plain(id -> id).withLabels(ChartWords::zoneLabel, atlasView.viewBox());
  }
}
