package app.myomap.export;

import app.myomap.session.OpenedVisit;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of a report's first page: its title and the visit's date, then whose record it is and
 * who charted it: patient, date of birth, record number, visit, practitioner and atlas version.
 */
final class HeaderSection implements ReportSection {
  private static final int COLUMNS = 3;
  private static final double GAP = 14;
  private static final double ROW_GAP = 7;
  private static final double RULE_GAP = 9;

  private final ReportStyle style;
  private final ReportDates dates;

  HeaderSection(ReportStyle style, ReportDates dates) {
    this.style = style;
    this.dates = dates;
  }

  @Override
  public void layOut(ReportFlow flow) {
    OpenedVisit visit = flow.visit();
    String title = ExportWords.get("Report.title");
    String when = dates.dateTime(visit.visit().startedAt());
    double titleHeight = ReportStyle.lineHeight(style.title);
    flow.place(
        titleHeight + RULE_GAP,
        (g, w) -> {
          ReportStyle.text(g, style.title, ReportStyle.ACCENT, title, 0, 0);
          double top = titleHeight - ReportStyle.lineHeight(style.body) - 1;
          ReportStyle.textRight(g, style.body, ReportStyle.MUTED, when, w, top);
          g.setColor(ReportStyle.ACCENT);
          g.setStroke(ReportStyle.RULE_STROKE);
          g.draw(new Line2D.Double(0, titleHeight + 3, w, titleHeight + 3));
        });
    if (visit.altered()) {
      placeWarning(flow);
    }
    String recordNumber = visit.patient().recordNumber();
    List<String[]> fields =
        List.of(
            field("Report.patient", visit.patient().name()),
            field("Report.dateOfBirth", dates.date(visit.patient().dateOfBirth())),
            field(
                "Report.recordNumber",
                recordNumber.isBlank() ? ExportWords.get("Report.none") : recordNumber),
            field("Report.visit", when),
            field("Report.practitioner", visit.visit().practitioner()),
            field("Report.atlas", visit.visit().atlasVersion()));
    double columnWidth = (flow.widthPt() - GAP * (COLUMNS - 1)) / COLUMNS;
    for (int start = 0; start < fields.size(); start += COLUMNS) {
      List<List<String>> values = new ArrayList<>();
      int most = 1;
      for (int c = 0; c < COLUMNS; c++) {
        List<String> lines =
            ReportStyle.wrap(style.bodyBold, fields.get(start + c)[1], columnWidth);
        values.add(lines);
        most = Math.max(most, lines.size());
      }
      List<String[]> row = fields.subList(start, start + COLUMNS);
      double labelHeight = ReportStyle.lineHeight(style.label);
      flow.place(
          labelHeight + most * ReportStyle.lineHeight(style.bodyBold) + ROW_GAP,
          (g, w) -> {
            for (int c = 0; c < COLUMNS; c++) {
              double x = c * (columnWidth + GAP);
              ReportStyle.text(g, style.label, ReportStyle.MUTED, row.get(c)[0], x, 0);
              ReportStyle.lines(g, style.bodyBold, ReportStyle.INK, values.get(c), x, labelHeight);
            }
          });
    }
    placeCarried(flow, visit);
    flow.space(6);
  }

  /**
   * For a follow-up visit, what became of the findings carried from the visit before: how many were
   * not re-examined (drawn faded) and how many were resolved.
   */
  private void placeCarried(ReportFlow flow, OpenedVisit visit) {
    int awaiting = visit.chart().awaitingReexamination().size();
    int resolved = visit.chart().resolved().size();
    if (awaiting == 0 && resolved == 0) {
      return;
    }
    String text =
        awaiting > 0
            ? ExportWords.format("Report.carried.awaiting", awaiting, resolved)
            : ExportWords.format("Report.carried.resolved", resolved);
    List<String> lines = ReportStyle.wrap(style.bodyBold, text, flow.widthPt());
    java.awt.Color colour = awaiting > 0 ? ReportStyle.WARNING : ReportStyle.INK;
    flow.place(
        lines.size() * ReportStyle.lineHeight(style.bodyBold) + ROW_GAP,
        (g, w) -> ReportStyle.lines(g, style.bodyBold, colour, lines, 0, 0));
  }

  /** The boxed warning that the visit's record was changed outside MyoMap, before anything else. */
  private void placeWarning(ReportFlow flow) {
    double pad = 6;
    List<String> lines =
        ReportStyle.wrap(
            style.bodyBold, ExportWords.get("Report.altered"), flow.widthPt() - 2 * pad);
    double height = lines.size() * ReportStyle.lineHeight(style.bodyBold) + 2 * pad;
    flow.place(
        height + ROW_GAP,
        (g, w) -> {
          java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(0, 0, w, height);
          g.setColor(ReportStyle.WARNING_FILL);
          g.fill(box);
          g.setColor(ReportStyle.WARNING);
          g.setStroke(ReportStyle.RULE_STROKE);
          g.draw(box);
          ReportStyle.lines(g, style.bodyBold, ReportStyle.WARNING, lines, pad, pad);
        });
  }

  private static String[] field(String key, String value) {
    return new String[] {ExportWords.get(key), value};
  }
}
