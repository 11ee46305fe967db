package app.myomap.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How a visit report is made: on which paper, in which time zone its dates are given, and what its
 * footer says made it and when.
 *
 * @param paper the page size the report is laid out on
 * @param zone the time zone of the visit's date and time and of the generation time
 * @param generator what made the report, as the footer names it, e.g. "MyoMap 0.1.0"
 * @param generatedAt when the report was made
 * @param locale the language of month names in dates
 */
public record ReportSettings(
    Paper paper, ZoneId zone, String generator, Instant generatedAt, Locale locale) {

  public ReportSettings {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(locale, "locale");
    if (generator.isBlank()) {
      throw new IllegalArgumentException("a report needs a generator to name");
    }
  }

  /** Settings in English dates, made now by {@code generator}. */
  public static ReportSettings of(Paper paper, ZoneId zone, String generator) {
    return new ReportSettings(paper, zone, generator, Instant.now(), Locale.ENGLISH);
  }
}
