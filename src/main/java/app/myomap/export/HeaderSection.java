package app.myomap.export;

import app.myomap.session.OpenedVisit;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of a report's first page: its title and the visit's date, then whose record it is and
 * who charted it: patient, date of birth, record number, visit, practitioner and atlas version,
 * then the practitioner's profession, qualifications and registration number when known. A
 * comparison of two visits is headed the same way, naming both visits.
 */
final class HeaderSection implements ReportSection {
  private static final int COLUMNS = 3;
  private static final double GAP = 14;
  private static final double ROW_GAP = 7;
  private static final double RULE_GAP = 9;

  /**
   * What a head says: the title, the date beside it, the key of a warning that the record was
   * changed outside MyoMap (null for none), labelled fields, three to a row, and the visit whose
   * findings carried from the visit before it are accounted for (the later one of a comparison).
   */
  private record Head(
      String title, String when, String warningKey, List<String[]> fields, OpenedVisit followUp) {}

  private final ReportStyle style;
  private final java.util.function.Function<ReportFlow, Head> head;

  /** The head of the report of the flow's visit. */
  HeaderSection(ReportStyle style, ReportDates dates) {
    this.style = style;
    this.head = flow -> visitHead(flow.visit(), dates);
  }

  private HeaderSection(ReportStyle style, Head head) {
    this.style = style;
    this.head = flow -> head;
  }

  /** The head of a report comparing two visits of a patient. */
  static HeaderSection comparison(
      ReportStyle style, ReportDates dates, app.myomap.session.ComparedVisits compared) {
    OpenedVisit earlier = compared.earlier();
    OpenedVisit later = compared.later();
    String atlas =
        compared.sameAtlas()
            ? later.visit().atlasVersion()
            : ExportWords.format(
                "Compare.report.atlases",
                earlier.visit().atlasVersion(),
                later.visit().atlasVersion());
    List<String[]> fields = new ArrayList<>(patientFields(later, dates));
    fields.add(field("Compare.report.earlierVisit", visitValue(earlier, dates)));
    fields.add(field("Compare.report.laterVisit", visitValue(later, dates)));
    fields.add(field("Report.atlas", atlas));
    return new HeaderSection(
        style,
        new Head(
            ExportWords.get("Compare.report.title"),
            ExportWords.format(
                "Compare.report.span",
                dates.date(earlier.visit().startedAt()),
                dates.date(later.visit().startedAt()),
                days(earlier, later)),
            compared.altered() ? "Compare.report.altered" : null,
            fields,
            later));
  }

  /** The head of a patient's whole record of {@code visits}, oldest first. */
  static HeaderSection patientRecord(
      ReportStyle style, ReportDates dates, List<OpenedVisit> visits, java.time.Instant asOf) {
    OpenedVisit first = visits.get(0);
    OpenedVisit last = visits.get(visits.size() - 1);
    List<String[]> fields = new ArrayList<>(patientFields(first, dates));
    fields.add(field("PatientRecord.visits", Integer.toString(visits.size())));
    fields.add(field("PatientRecord.firstVisit", dates.date(first.visit().startedAt())));
    fields.add(field("PatientRecord.lastVisit", dates.date(last.visit().startedAt())));
    return new HeaderSection(
        style,
        new Head(
            ExportWords.get("PatientRecord.title"),
            ExportWords.format("PatientRecord.asOf", dates.dateTime(asOf)),
            visits.stream().anyMatch(OpenedVisit::altered) ? "PatientRecord.altered" : null,
            fields,
            null));
  }

  private static String days(OpenedVisit earlier, OpenedVisit later) {
    return ExportWords.format(
        "Compare.report.days",
        java.time.Duration.between(earlier.visit().startedAt(), later.visit().startedAt())
            .toDays());
  }

  /** A visit's date and time, and on a line of its own who charted it. */
  private static String visitValue(OpenedVisit visit, ReportDates dates) {
    return ExportWords.format(
        "Compare.report.visitValue",
        dates.dateTime(visit.visit().startedAt()),
        visit.visit().practitioner());
  }

  private static Head visitHead(OpenedVisit visit, ReportDates dates) {
    String when = dates.dateTime(visit.visit().startedAt());
    List<String[]> fields = new ArrayList<>(patientFields(visit, dates));
    fields.add(field("Report.visit", when));
    visit
        .details()
        .ifPresent(
            details -> {
              fields.add(field("Report.session", dates.dateTime(details.sessionAt())));
              fields.add(
                  field(
                      "Report.visitType",
                      ExportWords.get("Report.visitType." + details.type().name())));
              if (!details.reason().isEmpty()) {
                fields.add(field("Report.reason", details.reason()));
              }
            });
    fields.add(field("Report.practitioner", visit.practitionerName()));
    fields.add(field("Report.atlas", visit.visit().atlasVersion()));
    fields.addAll(credentialFields(visit));
    return new Head(
        ExportWords.get("Report.title"),
        when,
        visit.altered() ? "Report.altered" : null,
        fields,
        visit);
  }

  /**
   * The profession, qualifications and registration number of the visit's practitioner, each when
   * the profile gives it: the patient sees who treated them and on what registration.
   */
  private static List<String[]> credentialFields(OpenedVisit visit) {
    List<String[]> fields = new ArrayList<>();
    app.myomap.model.Practitioner profile = visit.practitioner();
    if (profile == null) {
      return fields;
    }
    String[][] given = {
      {"Report.profession", profile.profession()},
      {"Report.qualifications", profile.qualifications()},
      {"Report.registration", profile.registrationNumber()}
    };
    for (String[] one : given) {
      if (!one[1].isEmpty()) {
        fields.add(field(one[0], one[1]));
      }
    }
    return fields;
  }

  private static List<String[]> patientFields(OpenedVisit visit, ReportDates dates) {
    String recordNumber = visit.patient().recordNumber();
    return List.of(
        field("Report.patient", visit.patient().name()),
        field("Report.dateOfBirth", dates.date(visit.patient().dateOfBirth())),
        field(
            "Report.recordNumber",
            recordNumber.isBlank() ? ExportWords.get("Report.none") : recordNumber));
  }

  @Override
  public void layOut(ReportFlow flow) {
    Head head = this.head.apply(flow);
    String title = head.title();
    String when = head.when();
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
    if (head.warningKey() != null) {
      placeWarning(flow, head.warningKey());
    }
    List<String[]> fields = head.fields();
    double columnWidth = (flow.widthPt() - GAP * (COLUMNS - 1)) / COLUMNS;
    for (int start = 0; start < fields.size(); start += COLUMNS) {
      // The last row may be short: a visit's details add fields only when recorded.
      int count = Math.min(COLUMNS, fields.size() - start);
      List<List<String>> values = new ArrayList<>();
      int most = 1;
      for (int c = 0; c < count; c++) {
        List<String> lines =
            ReportStyle.wrap(style.bodyBold, fields.get(start + c)[1], columnWidth);
        values.add(lines);
        most = Math.max(most, lines.size());
      }
      List<String[]> row = fields.subList(start, start + count);
      double labelHeight = ReportStyle.lineHeight(style.label);
      flow.place(
          labelHeight + most * ReportStyle.lineHeight(style.bodyBold) + ROW_GAP,
          (g, w) -> {
            for (int c = 0; c < count; c++) {
              double x = c * (columnWidth + GAP);
              ReportStyle.text(g, style.label, ReportStyle.MUTED, row.get(c)[0], x, 0);
              ReportStyle.lines(g, style.bodyBold, ReportStyle.INK, values.get(c), x, labelHeight);
            }
          });
    }
    placeCarried(flow, head.followUp());
    flow.space(6);
  }

  /**
   * For a follow-up visit, what became of the findings carried from the visit before: how many were
   * not re-examined (drawn faded) and how many were resolved.
   */
  private void placeCarried(ReportFlow flow, OpenedVisit visit) {
    if (visit == null) {
      return;
    }
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
  private void placeWarning(ReportFlow flow, String key) {
    double pad = 6;
    List<String> lines =
        ReportStyle.wrap(style.bodyBold, ExportWords.get(key), flow.widthPt() - 2 * pad);
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
    return new String[] {key.isEmpty() ? "" : ExportWords.get(key), value};
  }
}
