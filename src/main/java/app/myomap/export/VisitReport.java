package app.myomap.export;

import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report of one visit, laid out on numbered pages in points: a header naming the patient, visit
 * and practitioner, every charted view in vectors, the legend, and tables of the trigger points,
 * referral zones, symptom areas and notes. It is built from {@link ReportSection}s, so later parts
 * of the clinical record join it as further sections. Every page carries the patient's name, record
 * number and birth date at the top, and the page number and what made the report at the bottom.
 *
 * <p>It paints on any {@link Graphics2D} whose user space is the page's points: the PDF writer and
 * print use the same pages. Not thread-safe: the picture routine keeps what it prepared.
 */
public final class VisitReport implements ReportPages {
  private static final double MARGIN_X = 42;
  private static final double MARGIN_TOP = 60;
  private static final double MARGIN_BOTTOM = 50;
  private static final double RUNNING_TOP = 28;

  private final OpenedVisit visit;
  private final ReportSettings settings;
  private final ReportStyle style;
  private final ReportDates dates;
  private final String title;
  private final String runningWhen;
  private final boolean altered;
  private final List<List<ReportFlow.Placed>> pages;

  /**
   * A report of {@code visit} titled {@code title}, whose running header names {@code runningWhen}
   * (in the warning colour when {@code altered}), made of {@code sections}.
   */
  private VisitReport(
      OpenedVisit visit,
      ReportSettings settings,
      ReportStyle style,
      ReportDates dates,
      String title,
      String runningWhen,
      boolean altered,
      List<ReportSection> sections) {
    this.visit = Objects.requireNonNull(visit, "visit");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.style = style;
    this.dates = dates;
    this.title = title;
    this.runningWhen = runningWhen;
    this.altered = altered;
    ReportFlow flow =
        new ReportFlow(
            visit,
            settings,
            settings.paper().widthPt() - 2 * MARGIN_X,
            settings.paper().heightPt() - MARGIN_TOP - MARGIN_BOTTOM);
    for (ReportSection section : sections) {
      section.layOut(flow);
    }
    this.pages = flow.pages();
  }

  /**
   * The standard report of {@code visit}: header, charted views, legend, trigger points, referral
   * zones, symptom areas and, when there are any, the notes pinned to the chart.
   */
  public static VisitReport of(OpenedVisit visit, ReportSettings settings) {
    return of(visit, settings, List.of());
  }

  /** The standard report of {@code visit} with {@code more} sections after its own. */
  public static VisitReport of(
      OpenedVisit visit, ReportSettings settings, List<ReportSection> more) {
    ReportStyle style = new ReportStyle(ReportFonts.bundled());
    ReportDates dates = new ReportDates(settings);
    List<ReportSection> sections = new ArrayList<>();
    sections.add(new HeaderSection(style, dates));
    sections.add(new ViewsSection(style));
    sections.add(new LegendSection(style));
    for (ReportSection table : new FindingsTables(style).sections(visit)) {
      sections.add(table);
      sections.add(flow -> flow.space(14));
    }
    for (ReportSection table : new ClinicalRecordTables(style, dates).sections(visit)) {
      sections.add(table);
      sections.add(flow -> flow.space(14));
    }
    sections.addAll(more);
    // A record changed outside MyoMap says so on every page, in case pages are separated; so does
    // a draft, and a signed visit names its signature.
    String when =
        ExportWords.format(
                visit.altered() ? "Report.runningVisitAltered" : "Report.runningVisit",
                dates.dateTime(visit.visit().startedAt()))
            + " \u00b7 "
            + signing(visit, dates);
    return new VisitReport(
        visit,
        settings,
        style,
        dates,
        ExportWords.get("Report.title"),
        when,
        visit.altered(),
        sections);
  }

  /**
   * The standard report of the later visit of {@code compared}, followed by the comparison with the
   * earlier one on pages of its own: both visits' charted views side by side with the difference
   * map, its legend, the measures and what became of each trigger point.
   */
  public static VisitReport withComparison(ComparedVisits compared, ReportSettings settings) {
    ReportStyle style = new ReportStyle(ReportFonts.bundled());
    ReportDates dates = new ReportDates(settings);
    return of(
        compared.later(),
        settings,
        List.of(ComparisonSection.appended(style, dates, compared, compared.markedViews())));
  }

  /**
   * The report of a comparison of two visits alone: a head naming the patient and both visits, then
   * both visits' charted views side by side with the difference map, its legend, the measures and
   * what became of each trigger point.
   */
  public static VisitReport comparison(ComparedVisits compared, ReportSettings settings) {
    ReportStyle style = new ReportStyle(ReportFonts.bundled());
    ReportDates dates = new ReportDates(settings);
    String when =
        ExportWords.format(
            compared.altered() ? "Compare.report.runningAltered" : "Compare.report.running",
            dates.date(compared.earlier().visit().startedAt()),
            dates.date(compared.later().visit().startedAt()));
    return new VisitReport(
        compared.later(),
        settings,
        style,
        dates,
        ExportWords.get("Compare.report.title"),
        when,
        compared.altered(),
        List.of(
            HeaderSection.comparison(style, dates, compared),
            ComparisonSection.alone(style, dates, compared, compared.markedViews(), true, true)));
  }

  /** "UNSIGNED DRAFT", or the newest signature: "Signed 7 Dec 2026 09:41 by … · 3f9a0c…". */
  private static String signing(OpenedVisit visit, ReportDates dates) {
    return visit
        .signing()
        .latest()
        .map(
            s ->
                ExportWords.format(
                    s.signsAddendum() ? "Report.runningAmended" : "Report.runningSigned",
                    dates.dateTime(s.signedAt()),
                    s.author(),
                    s.shortHash()))
        .orElse(ExportWords.get("Report.runningDraft"));
  }

  /**
   * The cover of a patient's whole record ({@code visits}, oldest first): the patient, the span of
   * the record, and a table of every visit with who charted it and its signature.
   */
  static VisitReport patientRecordCover(List<OpenedVisit> visits, ReportSettings settings) {
    ReportStyle style = new ReportStyle(ReportFonts.bundled());
    ReportDates dates = new ReportDates(settings);
    boolean altered = visits.stream().anyMatch(OpenedVisit::altered);
    return new VisitReport(
        visits.get(0),
        settings,
        style,
        dates,
        ExportWords.get("PatientRecord.title"),
        ExportWords.format(
            altered ? "PatientRecord.runningAltered" : "PatientRecord.running", visits.size()),
        altered,
        List.of(
            HeaderSection.patientRecord(style, dates, visits, settings.generatedAt()),
            PatientRecordCover.visits(style, dates, visits)));
  }

  /** The report's title, as its first page and the PDF's properties name it. */
  @Override
  public String title() {
    return title;
  }

  @Override
  public String patientName() {
    return visit.patient().name();
  }

  @Override
  public String author() {
    return visit.visit().practitioner();
  }

  /** The visit this report is of (the later one of a comparison). */
  public OpenedVisit visit() {
    return visit;
  }

  /** The paper, time zone and generator the report was made with. */
  @Override
  public ReportSettings settings() {
    return settings;
  }

  /** The page width in points. */
  @Override
  public double pageWidthPt() {
    return settings.paper().widthPt();
  }

  /** The page height in points. */
  @Override
  public double pageHeightPt() {
    return settings.paper().heightPt();
  }

  /** The number of pages, at least one. */
  @Override
  public int pageCount() {
    return pages.size();
  }

  /**
   * Paints page {@code pageIndex} (from 0) into {@code g}, whose user space is the page in points
   * with its origin at the top left corner. It paints no background: the paper is white.
   *
   * @throws IndexOutOfBoundsException if there is no such page
   */
  @Override
  public void paintPage(Graphics2D g, int pageIndex) {
    paintPage(g, pageIndex, pageIndex + 1, pageCount());
  }

  /**
   * Paints page {@code pageIndex} of this report as page {@code number} of {@code total} of a
   * document this report is part of.
   */
  void paintPage(Graphics2D g, int pageIndex, int number, int total) {
    List<ReportFlow.Placed> blocks = pages.get(pageIndex);
    Graphics2D page = (Graphics2D) g.create();
    try {
      ReportStyle.prepare(page);
      paintRunningHeader(page);
      paintFooter(page, number, total);
      double width = pageWidthPt() - 2 * MARGIN_X;
      double height = pageHeightPt() - MARGIN_TOP - MARGIN_BOTTOM;
      for (ReportFlow.Placed placed : blocks) {
        Graphics2D block = (Graphics2D) page.create();
        try {
          block.translate(MARGIN_X, MARGIN_TOP + placed.topPt());
          // A block taller than a page is cut at the page's bottom, not drawn over the footer.
          block.clip(
              new Rectangle2D.Double(-MARGIN_X, 0, width + 2 * MARGIN_X, height - placed.topPt()));
          ReportStyle.prepare(block);
          placed.block().paint(block, width);
        } finally {
          block.dispose();
        }
      }
    } finally {
      page.dispose();
    }
  }

  private void paintRunningHeader(Graphics2D g) {
    String who =
        ExportWords.format(
            "Report.runningHeader",
            visit.patient().name(),
            visit.patient().recordNumber().isBlank()
                ? ExportWords.get("Report.none")
                : visit.patient().recordNumber(),
            dates.date(visit.patient().dateOfBirth()));
    String when = runningWhen;
    double right = pageWidthPt() - MARGIN_X;
    double whenWidth = ReportFonts.width(style.small, when);
    List<String> whoLines = ReportStyle.wrap(style.small, who, right - MARGIN_X - whenWidth - 20);
    ReportStyle.text(g, style.small, ReportStyle.MUTED, whoLines.get(0), MARGIN_X, RUNNING_TOP);
    ReportStyle.textRight(
        g,
        style.small,
        altered ? ReportStyle.WARNING : ReportStyle.MUTED,
        when,
        right,
        RUNNING_TOP);
    double rule = RUNNING_TOP + ReportStyle.lineHeight(style.small) + 3;
    g.setColor(ReportStyle.RULE);
    g.setStroke(ReportStyle.HAIRLINE);
    g.draw(new Line2D.Double(MARGIN_X, rule, right, rule));
  }

  private void paintFooter(Graphics2D g, int number, int total) {
    double right = pageWidthPt() - MARGIN_X;
    double rule = pageHeightPt() - MARGIN_BOTTOM + 14;
    g.setColor(ReportStyle.RULE);
    g.setStroke(ReportStyle.HAIRLINE);
    g.draw(new Line2D.Double(MARGIN_X, rule, right, rule));
    double top = rule + 5;
    String generated =
        ExportWords.format(
            "Report.footer", settings.generator(), dates.dateTime(settings.generatedAt()));
    ReportStyle.text(g, style.small, ReportStyle.MUTED, generated, MARGIN_X, top);
    String page = ExportWords.format("Report.page", number, total);
    ReportStyle.textRight(g, style.small, ReportStyle.INK, page, right, top);
  }
}
