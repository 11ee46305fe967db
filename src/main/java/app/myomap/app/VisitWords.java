package app.myomap.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** The words of the command line that name one visit of a patient by its day or its id. */
final class VisitWords {
  private VisitWords() {}

  /**
   * {@code which} read as a date {@code YYYY-MM-DD} through {@code onDay} or as a visit id (in
   * lower case) through {@code byId}.
   *
   * @throws IllegalArgumentException with {@code refusal} when it is neither
   */
  static <T> T dayOrId(
      String which, Function<LocalDate, T> onDay, Function<String, T> byId, String refusal) {
    if (which.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return onDay.apply(LocalDate.parse(which));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"" + which + "\" is not a date.");
      }
    }
    if (which.matches("[0-9a-fA-F-]{36}")) {
      return byId.apply(which.toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(refusal);
  }
}
