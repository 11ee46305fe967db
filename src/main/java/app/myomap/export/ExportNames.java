package app.myomap.export;

import app.myomap.model.BodyView;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The predictable names of exported files: who, when, and for a one-view picture which view, for
 * example {@code MM-1042_2026-12-07_0930_anterior.png}. The record number names the patient, or the
 * name when there is none; anything a file system could refuse becomes a hyphen.
 */
public final class ExportNames {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmm");

  private ExportNames() {}

  /** The file name of {@code view} of {@code visit} in {@code format}, its time in {@code zone}. */
  public static String of(OpenedVisit visit, BodyView view, ExportFormat format, ZoneId zone) {
    StringBuilder name = new StringBuilder(stem(visit, zone));
    if (format.perView()) {
      name.append('_').append(view.id());
    }
    return name.append('.').append(format.extension()).toString();
  }

  /** The file name of the report (PDF) of {@code visit}, its time in {@code zone}. */
  public static String report(OpenedVisit visit, ZoneId zone) {
    return stem(visit, zone) + "." + ExportFormat.PDF.extension();
  }

  /**
   * The file name of a patient's whole record made {@code on} that day, e.g. {@code
   * MM-1042_record_2026-12-07.pdf}.
   */
  public static String patientRecord(OpenedVisit anyVisit, java.time.LocalDate on) {
    return who(anyVisit) + "_record_" + on + "." + ExportFormat.PDF.extension();
  }

  /**
   * The file name of the comparison of two visits in {@code format}, with {@code view} for a
   * picture (null for a report), e.g. {@code MM-1042_compare_2026-11-30_0915_2026-12-07_0930.pdf}.
   */
  public static String comparison(
      ComparedVisits compared, BodyView view, ExportFormat format, ZoneId zone) {
    StringBuilder name =
        new StringBuilder(who(compared.later()))
            .append("_compare_")
            .append(WHEN.format(compared.earlier().visit().startedAt().atZone(zone)))
            .append('_')
            .append(WHEN.format(compared.later().visit().startedAt().atZone(zone)));
    if (view != null) {
      name.append('_').append(view.id());
    }
    return name.append('.').append(format.extension()).toString();
  }

  private static String who(OpenedVisit visit) {
    return safe(
        visit.patient().recordNumber().isBlank()
            ? visit.patient().name()
            : visit.patient().recordNumber());
  }

  private static String stem(OpenedVisit visit, ZoneId zone) {
    return who(visit) + "_" + WHEN.format(visit.visit().startedAt().atZone(zone));
  }

  /**
   * {@code text} as a portable file name part: letters, digits, dot and hyphen kept (accents
   * dropped), every run of anything else one hyphen, never starting with a dot.
   */
  static String safe(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String kept = plain.replaceAll("[^A-Za-z0-9.\\-]+", "-").replaceAll("^[.\\-]+|-+$", "");
    return kept.isEmpty() ? "patient" : kept;
  }
}
