package app.myomap.export;

import app.myomap.chart.Caption;
import app.myomap.session.OpenedVisit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The caption of an exported picture of a visit, as every export words it: the patient's name,
 * record number, the visit's date and time in a chosen time zone, and the practitioner.
 */
public final class VisitCaption {
  private VisitCaption() {}

  /** The caption of {@code visit}, its start told in {@code zone}. */
  public static Caption of(OpenedVisit visit, ZoneId zone) {
    String recordNumber = visit.patient().recordNumber();
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern(ExportWords.get("Picture.caption.datePattern"), Locale.ENGLISH);
    return new Caption(
        visit.patient().name(),
        recordNumber.isBlank()
            ? ""
            : ExportWords.format("Picture.caption.recordNumber", recordNumber),
        ExportWords.format(
            visit.altered() ? "Picture.caption.visitAltered" : "Picture.caption.visit",
            when.format(visit.visit().startedAt().atZone(zone))),
        ExportWords.format("Picture.caption.practitioner", visit.visit().practitioner()));
  }
}
