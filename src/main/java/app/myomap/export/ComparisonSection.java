package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.DifferencePicture;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The comparison of two visits in a report or a picture: for each view, the earlier visit, the
 * later one (each on its own atlas version) and the difference map side by side, each under its
 * label; then the difference map's legend with the number of trigger points of each fate, the
 * measures of both visits with their change, and (in a report) what became of each trigger point.
 * Between visits charted on different atlas versions the section says the earlier marks were
 * carried onto the later version for the difference map; where they could not all be carried (a
 * view the later version does not draw) the difference map and the location agreement are left out,
 * and the section says why.
 */
final class ComparisonSection implements ReportSection {
  /** Marks at their screen size: a 96-DPI pixel is 0.75 points. */
  private static final float MARK_SCALE = PictureOptions.markScaleForDpi(72);

  /** Points between the three pictures of a row, and between rows. */
  private static final double GAP = 10;

  /** Points between a frame and the drawing inside it. */
  private static final double INSET = 5;

  /** The tallest a picture may be drawn, as a share of a page's content height. */
  private static final double MAX_HEIGHT_SHARE = 0.8;

  /** The smallest a picture is drawn to share a page, as a share of a page's content height. */
  private static final double MIN_HEIGHT_SHARE = 0.3;

  private final ReportStyle style;
  private final ReportDates dates;
  private final ComparedVisits compared;
  private final List<BodyView> views;
  private final boolean appended;
  private final boolean legend;
  private final boolean fates;
  private final ChartPicture picture = ChartPicture.vectors();
  private final DifferencePicture difference = new DifferencePicture(MARK_SCALE);

  private ComparisonSection(
      ReportStyle style,
      ReportDates dates,
      ComparedVisits compared,
      List<BodyView> views,
      boolean appended,
      boolean legend,
      boolean fates) {
    this.style = style;
    this.dates = dates;
    this.compared = compared;
    this.views = List.copyOf(views);
    this.appended = appended;
    this.legend = legend;
    this.fates = fates;
  }

  /**
   * The comparison after a visit's report: on a new page, under a heading naming both visits, with
   * the legend and every trigger point's fate.
   */
  static ComparisonSection appended(
      ReportStyle style, ReportDates dates, ComparedVisits compared, List<BodyView> views) {
    return new ComparisonSection(style, dates, compared, views, true, true, true);
  }

  /**
   * The comparison under a head that names the visits already (a comparison report or picture),
   * with or without the legend and the table of every trigger point's fate.
   */
  static ComparisonSection alone(
      ReportStyle style,
      ReportDates dates,
      ComparedVisits compared,
      List<BodyView> views,
      boolean legend,
      boolean fates) {
    return new ComparisonSection(style, dates, compared, views, false, legend, fates);
  }

  @Override
  public void layOut(ReportFlow flow) {
    if (appended) {
      flow.newPage();
      placeHeading(flow);
    }
    if (!compared.sameAtlas()) {
      placeNote(
          flow,
          ExportWords.format(
              compared.laidOver() ? "Compare.carriedAtlas" : "Compare.otherAtlas",
              compared.earlier().visit().atlasVersion(),
              compared.later().visit().atlasVersion()),
          false);
    }
    List<ReportSection> after = new ArrayList<>();
    if (legend) {
      after.add(new ComparisonLegend(style, compared, difference));
    }
    ComparisonTables tables = new ComparisonTables(style, dates, compared);
    after.add(tables.measures());
    placeViews(flow, heightOf(after, flow));
    after.forEach(section -> section.layOut(flow));
    if (fates) {
      flow.space(12);
      tables.fates().layOut(flow);
    }
  }

  /** How tall {@code sections} are laid out from the top of a page as wide as {@code flow}'s. */
  private static double heightOf(List<ReportSection> sections, ReportFlow flow) {
    ReportFlow trial =
        new ReportFlow(flow.visit(), flow.settings(), flow.widthPt(), Double.MAX_VALUE / 4);
    sections.forEach(section -> section.layOut(trial));
    return trial.usedPt();
  }

  private void placeHeading(ReportFlow flow) {
    String subline =
        ExportWords.format(
            "Compare.section.visits",
            dates.dateTime(compared.earlier().visit().startedAt()),
            dates.dateTime(compared.later().visit().startedAt()));
    List<String> lines = ReportStyle.wrap(style.body, subline, flow.widthPt());
    double headingHeight = ReportStyle.lineHeight(style.heading) + 3;
    double height = headingHeight + lines.size() * ReportStyle.lineHeight(style.body) + 6;
    flow.place(
        height,
        (g, w) -> {
          ReportStyle.text(
              g, style.heading, ReportStyle.ACCENT, ExportWords.get("Compare.section.title"), 0, 0);
          ReportStyle.lines(g, style.body, ReportStyle.MUTED, lines, 0, headingHeight);
        });
    if (compared.altered()) {
      placeNote(flow, ExportWords.get("Compare.report.altered"), true);
    }
  }

  /** A boxed note across the width: a warning in red, else in the muted ink. */
  private void placeNote(ReportFlow flow, String text, boolean warning) {
    double pad = 5;
    List<String> lines = ReportStyle.wrap(style.body, text, flow.widthPt() - 2 * pad);
    double boxHeight = lines.size() * ReportStyle.lineHeight(style.body) + 2 * pad;
    flow.place(
        boxHeight + 8,
        (g, w) -> {
          Rectangle2D box = new Rectangle2D.Double(0, 0, w, boxHeight);
          g.setColor(warning ? ReportStyle.WARNING_FILL : ReportStyle.STRIPE);
          g.fill(box);
          g.setColor(warning ? ReportStyle.WARNING : ReportStyle.RULE);
          g.setStroke(ReportStyle.HAIRLINE);
          g.draw(box);
          ReportStyle.lines(
              g, style.body, warning ? ReportStyle.WARNING : ReportStyle.INK, lines, pad, pad);
        });
  }

  /**
   * A row of three pictures per view, each as tall as its view fits the width but every row capped
   * alike, low enough that the rows and {@code afterPt} of what follows share this page when they
   * can, else the rows alone, else a page each.
   */
  private void placeViews(ReportFlow flow, double afterPt) {
    if (views.isEmpty()) {
      double line = ReportStyle.lineHeight(style.body);
      flow.place(
          line + GAP,
          (g, w) ->
              ReportStyle.text(
                  g, style.body, ReportStyle.MUTED, ExportWords.get("Compare.noViews"), 0, 0));
      return;
    }
    double cellWidth = (flow.widthPt() - 2 * GAP) / 3;
    double labelHeight = ReportStyle.lineHeight(style.bodyBold) + 3;
    List<Double> natural = new ArrayList<>();
    for (BodyView view : views) {
      double fitted = 0;
      for (OpenedVisit visit : List.of(compared.earlier(), compared.later())) {
        Rectangle2D box = visit.atlas().view(view).viewBox();
        fitted =
            Math.max(
                fitted, (cellWidth - 2 * INSET) * box.getHeight() / box.getWidth() + 2 * INSET);
      }
      natural.add(fitted);
    }
    double perRow = labelHeight + GAP;
    double labels = views.size() * perRow;
    double cap =
        largestCap(natural, flow.remainingPt() - afterPt - labels, flow.pageHeightPt())
            .or(() -> largestCap(natural, flow.remainingPt() - labels, flow.pageHeightPt()))
            .orElse(flow.pageHeightPt() * MAX_HEIGHT_SHARE);
    String earlierLabel =
        ExportWords.format(
            "Compare.picture.earlier", dates.date(compared.earlier().visit().startedAt()));
    String laterLabel =
        ExportWords.format(
            "Compare.picture.later", dates.date(compared.later().visit().startedAt()));
    String differenceLabel = ExportWords.get("Compare.picture.difference");
    for (int i = 0; i < views.size(); i++) {
      BodyView view = views.get(i);
      double height = Math.min(cap, natural.get(i));
      flow.place(
          labelHeight + height,
          (g, w) -> {
            double[] x = {0, cellWidth + GAP, 2 * (cellWidth + GAP)};
            label(g, earlierLabel, x[0], labelHeight);
            label(g, laterLabel, x[1], labelHeight);
            label(g, differenceLabel, x[2], labelHeight);
            paintVisit(g, compared.earlier(), view, frame(x[0], labelHeight, cellWidth, height));
            paintVisit(g, compared.later(), view, frame(x[1], labelHeight, cellWidth, height));
            paintDifference(g, view, frame(x[2], labelHeight, cellWidth, height));
          });
      flow.space(GAP);
    }
  }

  /**
   * The largest height to cap every picture at (each is drawn at most as tall as its view fits the
   * width, {@code natural}) so that all rows take no more than {@code budgetPt}: empty when even
   * the smallest readable cap, a share of {@code pageHeightPt}, takes more.
   */
  private static Optional<Double> largestCap(
      List<Double> natural, double budgetPt, double pageHeightPt) {
    double least = pageHeightPt * MIN_HEIGHT_SHARE;
    double most = Math.min(pageHeightPt * MAX_HEIGHT_SHARE, Collections.max(natural));
    if (rowsHeight(natural, least) > budgetPt) {
      return Optional.empty();
    }
    if (rowsHeight(natural, most) <= budgetPt) {
      return Optional.of(most);
    }
    double low = least;
    double high = most;
    while (high - low > 0.5) {
      double middle = (low + high) / 2;
      if (rowsHeight(natural, middle) <= budgetPt) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return Optional.of(low);
  }

  private static double rowsHeight(List<Double> natural, double cap) {
    return natural.stream().mapToDouble(n -> Math.min(cap, n)).sum();
  }

  private void label(Graphics2D g, String text, double x, double labelHeight) {
    ReportStyle.text(
        g,
        style.bodyBold,
        ReportStyle.INK,
        text,
        x,
        labelHeight - 3 - ReportStyle.lineHeight(style.bodyBold));
  }

  private static Rectangle2D frame(double x, double top, double width, double height) {
    return new Rectangle2D.Double(x, top, width, height);
  }

  private void paintVisit(Graphics2D g, OpenedVisit visit, BodyView view, Rectangle2D frame) {
    AtlasView atlasView = visit.atlas().view(view);
    inFrame(
        g,
        frame,
        visit.atlas(),
        atlasView,
        (inside, fit, options) -> picture.paint(inside, atlasView, visit.chart(), fit, options));
  }

  private void paintDifference(Graphics2D g, BodyView view, Rectangle2D frame) {
    if (!compared.laidOver()) {
      g.setColor(ReportStyle.STRIPE);
      g.fill(frame);
      g.setColor(ReportStyle.RULE);
      g.setStroke(ReportStyle.HAIRLINE);
      g.draw(frame);
      List<String> lines =
          ReportStyle.wrap(
              style.table,
              ExportWords.get("Compare.picture.noDifference"),
              frame.getWidth() - 4 * INSET);
      double top = frame.getCenterY() - lines.size() * ReportStyle.lineHeight(style.table) / 2;
      ReportStyle.lines(g, style.table, ReportStyle.MUTED, lines, frame.getX() + 2 * INSET, top);
      return;
    }
    AtlasView atlasView = compared.later().atlas().view(view);
    inFrame(
        g,
        frame,
        compared.later().atlas(),
        atlasView,
        (inside, fit, options) ->
            difference.paint(
                inside,
                atlasView,
                compared.difference(view).orElse(null),
                compared.points(),
                fit,
                options));
  }

  /** Draws through {@code drawing} inside a thin frame, the view fitted with an inset. */
  private static void inFrame(
      Graphics2D g, Rectangle2D frame, Atlas atlas, AtlasView view, FramedDrawing drawing) {
    g.setColor(ReportStyle.RULE);
    g.setStroke(ReportStyle.HAIRLINE);
    g.draw(frame);
    Graphics2D inside = (Graphics2D) g.create();
    try {
      inside.clip(frame);
      inside.translate(frame.getX(), frame.getY());
      int w = (int) Math.floor(frame.getWidth());
      int h = (int) Math.floor(frame.getHeight());
      ViewTransform fit =
          ViewTransform.fitInto(
              view.viewBox(), new Rectangle2D.Double(INSET, INSET, w - 2 * INSET, h - 2 * INSET));
      PictureOptions options =
          PictureOptions.of(w, h, ExportLook.of(atlas, view))
              .withBackground(null)
              .withMarkScale(MARK_SCALE);
      drawing.draw(inside, fit, options);
    } finally {
      inside.dispose();
    }
  }

  @FunctionalInterface
  private interface FramedDrawing {
    void draw(Graphics2D g, ViewTransform fit, PictureOptions options);
  }
}
