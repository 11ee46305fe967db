package app.myomap.export;

import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartWords;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.session.OpenedVisit;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Every view of the visit that carries marks, drawn in vectors by the one picture routine: two side
 * by side per row, each under its name in a thin frame, as large as the row allows. Marks are drawn
 * at the size a 96-DPI screen shows them, which on paper is their true size.
 */
final class ViewsSection implements ReportSection {
  /** Points between the two views of a row, and between rows. */
  private static final double GAP = 14;

  /** Points between a frame and the drawing inside it. */
  private static final double INSET = 6;

  /** The tallest a view may be drawn, as a share of a page's content height. */
  private static final double MAX_HEIGHT_SHARE = 0.8;

  /** The smallest a view is drawn to fit what is left of a page, as a share of a page. */
  private static final double MIN_HEIGHT_SHARE = 0.55;

  /** Marks at their screen size: a 96-DPI pixel is 0.75 points. */
  private static final float MARK_SCALE = PictureOptions.markScaleForDpi(72);

  private final ReportStyle style;
  private final ChartPicture picture = ChartPicture.vectors();

  ViewsSection(ReportStyle style) {
    this.style = style;
  }

  @Override
  public void layOut(ReportFlow flow) {
    OpenedVisit visit = flow.visit();
    List<BodyView> views = visit.markedViews();
    String heading = ExportWords.get("Report.views");
    double headingHeight = ReportStyle.lineHeight(style.heading) + 5;
    if (views.isEmpty()) {
      double line = ReportStyle.lineHeight(style.body);
      flow.keep(headingHeight + line);
      flow.place(headingHeight, (g, w) -> heading(g, heading));
      flow.place(
          line,
          (g, w) ->
              ReportStyle.text(
                  g, style.body, ReportStyle.MUTED, ExportWords.get("Report.noViews"), 0, 0));
      flow.space(GAP);
      return;
    }
    double cellWidth = (flow.widthPt() - GAP) / 2;
    double labelHeight = ReportStyle.lineHeight(style.bodyBold) + 3;
    double maxPicture = flow.pageHeightPt() * MAX_HEIGHT_SHARE;
    double minPicture = flow.pageHeightPt() * MIN_HEIGHT_SHARE;
    for (int i = 0; i < views.size(); i += 2) {
      List<AtlasView> row =
          views.subList(i, Math.min(views.size(), i + 2)).stream()
              .map(v -> visit.atlas().view(v))
              .toList();
      double headingRoom = i == 0 ? headingHeight : 0;
      // A row shrinks to what is left of the page rather than leave it half empty, down to a
      // size still easy to read; smaller than that, it starts the next page.
      double available = flow.remainingPt() - headingRoom - labelHeight;
      double cap = available >= minPicture ? Math.min(maxPicture, available) : maxPicture;
      double pictureHeight = 0;
      for (AtlasView view : row) {
        Rectangle2D box = view.viewBox();
        double fitted = (cellWidth - 2 * INSET) * box.getHeight() / box.getWidth() + 2 * INSET;
        pictureHeight = Math.max(pictureHeight, Math.min(cap, fitted));
      }
      double height = labelHeight + pictureHeight;
      double pictureTop = labelHeight;
      double framed = pictureHeight;
      if (i == 0) {
        flow.keep(headingHeight + height);
        flow.place(headingHeight, (g, w) -> heading(g, heading));
      }
      flow.place(
          height,
          (g, w) -> {
            // A lone view of the last row sits in the middle, not under the left one.
            double left = row.size() == 1 ? (w - cellWidth) / 2 : 0;
            for (int c = 0; c < row.size(); c++) {
              double x = left + c * (cellWidth + GAP);
              paintView(g, visit, row.get(c), x, pictureTop, cellWidth, framed);
            }
          });
      flow.space(GAP);
    }
  }

  private void heading(Graphics2D g, String text) {
    ReportStyle.text(g, style.heading, ReportStyle.ACCENT, text, 0, 0);
  }

  private void paintView(
      Graphics2D g,
      OpenedVisit visit,
      AtlasView view,
      double x,
      double top,
      double width,
      double height) {
    ReportStyle.text(
        g,
        style.bodyBold,
        ReportStyle.INK,
        ChartWords.view(view.view()),
        x,
        top - 3 - ReportStyle.lineHeight(style.bodyBold));
    Rectangle2D frame = new Rectangle2D.Double(x, top, width, height);
    g.setColor(ReportStyle.RULE);
    g.setStroke(ReportStyle.HAIRLINE);
    g.draw(frame);
    Graphics2D inside = (Graphics2D) g.create();
    try {
      inside.clip(frame);
      inside.translate(x, top);
      int w = (int) Math.floor(width);
      int h = (int) Math.floor(height);
      ViewTransform fit =
          ViewTransform.fitInto(
              view.viewBox(), new Rectangle2D.Double(INSET, INSET, w - 2 * INSET, h - 2 * INSET));
      PictureOptions options =
          PictureOptions.of(w, h, ExportLook.of(visit.atlas(), view))
              .withBackground(null)
              .withMarkScale(MARK_SCALE);
      picture.paint(inside, view, visit.chart(), fit, options);
    } finally {
      inside.dispose();
    }
  }
}
