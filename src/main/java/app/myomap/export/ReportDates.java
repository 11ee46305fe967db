package app.myomap.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and times as a report prints them: in its time zone, month by name, never ambiguous. */
final class ReportDates {
  private final ReportSettings settings;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  ReportDates(ReportSettings settings) {
    this.settings = settings;
    this.date =
        DateTimeFormatter.ofPattern(ExportWords.get("Report.datePattern"), settings.locale());
    this.dateTime =
        DateTimeFormatter.ofPattern(ExportWords.get("Report.dateTimePattern"), settings.locale());
  }

  String date(LocalDate day) {
    return date.format(day);
  }

  String date(Instant instant) {
    return date.format(instant.atZone(settings.zone()));
  }

  String dateTime(Instant instant) {
    return dateTime.format(instant.atZone(settings.zone()));
  }
}
