package app.myomap.export;

import app.myomap.model.TriggerPoint;
import app.myomap.model.record.Signature;
import app.myomap.session.OpenedVisit;
import java.util.ArrayList;
import java.util.List;

/** The cover of a patient's whole record: what it holds, and a table of every visit in it. */
final class PatientRecordCover {
  private PatientRecordCover() {}

  /** What the record is, then one row per visit: when, who, what was found, how it is signed. */
  static ReportSection visits(ReportStyle style, ReportDates dates, List<OpenedVisit> visits) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (OpenedVisit visit : visits) {
      List<TriggerPoint> points = visit.chart().triggerPoints();
      long needled = points.stream().filter(TriggerPoint::needled).count();
      rows.add(
          new ReportTable.Row(
              List.of(
                  dates.dateTime(visit.visit().startedAt()),
                  visit.visit().practitioner(),
                  Integer.toString(points.size()),
                  Long.toString(needled),
                  signing(visit, dates)),
              notes(visit)));
    }
    ReportTable table =
        new ReportTable(
            style,
            ExportWords.get("PatientRecord.visitsTitle"),
            List.of(
                new ReportTable.Column(ExportWords.get("PatientRecord.column.visit"), 2.2),
                new ReportTable.Column(ExportWords.get("PatientRecord.column.practitioner"), 2.2),
                new ReportTable.Column(ExportWords.get("PatientRecord.column.points"), 1.2),
                new ReportTable.Column(ExportWords.get("PatientRecord.column.needled"), 1.1),
                new ReportTable.Column(ExportWords.get("PatientRecord.column.signed"), 3.6)),
            rows,
            ExportWords.get("PatientRecord.noVisits"));
    return flow -> {
      List<String> lines =
          ReportStyle.wrap(style.body, ExportWords.get("PatientRecord.about"), flow.widthPt());
      flow.place(
          lines.size() * ReportStyle.lineHeight(style.body) + 10,
          (g, w) -> ReportStyle.lines(g, style.body, ReportStyle.INK, lines, 0, 0));
      table.layOut(flow);
    };
  }

  /** What a reader of the visit must know: altered, recorded under a merged record, statements. */
  private static String notes(OpenedVisit visit) {
    List<String> notes = new ArrayList<>();
    if (visit.altered()) {
      notes.add(ExportWords.get("PatientRecord.visitAltered"));
    }
    if (!visit.visit().patientId().equals(visit.patient().id())) {
      notes.add(ExportWords.get("PatientRecord.visitMerged"));
    }
    if (!visit.corrections().isEmpty()) {
      notes.add(ExportWords.format("PatientRecord.corrections", visit.corrections().size()));
    }
    return String.join(" ", notes);
  }

  /** "Unsigned draft", or the first signature and how many addenda followed it. */
  private static String signing(OpenedVisit visit, ReportDates dates) {
    if (visit.signing().original().isEmpty()) {
      return ExportWords.get("PatientRecord.unsigned");
    }
    Signature original = visit.signing().original().get();
    String signed =
        ExportWords.format(
            "PatientRecord.signed",
            dates.dateTime(original.signedAt()),
            original.author(),
            original.shortHash());
    int addenda = visit.signing().amendments().size();
    return addenda == 0
        ? signed
        : signed + "; " + ExportWords.format("PatientRecord.addenda", addenda);
  }
}
