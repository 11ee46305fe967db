package app.myomap.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The one text form of instants in the stores: ISO-8601 UTC with milliseconds in a fixed width,
 * such as {@code 2024-05-01T09:30:00.000Z}, so that text order is time order in any database.
 */
final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** The instant, cut to the millisecond, as stored text. */
  static String format(Instant instant) {
    return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The instant a stored text stands for. */
  static Instant parse(String text) {
    return Instant.parse(text);
  }
}
