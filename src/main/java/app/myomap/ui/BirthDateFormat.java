package app.myomap.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates of birth as the practitioner writes them: day, month and four-digit year in the order of
 * the locale (28/11/1980 in en-GB, 11/28/1980 in en-US), or ISO 1980-11-28; shown everywhere in the
 * locale's order, so a date reads the same in the form, the patient list and the visit header.
 */
final class BirthDateFormat {
  private static final String SEPARATORS = "[/.\\-]";

  /** The fields in the locale's order: 'd', 'M' and 'y'. */
  private final List<Character> order;

  private final DateTimeFormatter display;
  private final String hint;

  private BirthDateFormat(List<Character> order, char separator) {
    this.order = List.copyOf(order);
    StringBuilder pattern = new StringBuilder();
    StringBuilder typed = new StringBuilder();
    for (char field : order) {
      if (!pattern.isEmpty()) {
        pattern.append('\'').append(separator).append('\'');
        typed.append(separator);
      }
      pattern.append(
          switch (field) {
            case 'd' -> "dd";
            case 'M' -> "MM";
            default -> "uuuu";
          });
      typed.append(
          switch (field) {
            case 'd' -> "dd";
            case 'M' -> "mm";
            default -> "yyyy";
          });
    }
    this.display = DateTimeFormatter.ofPattern(pattern.toString(), Locale.ROOT);
    this.hint = typed.toString();
  }

  /** The format of {@code locale}, taken from its short date pattern. */
  static BirthDateFormat of(Locale locale) {
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
    List<Character> order = new ArrayList<>(3);
    char separator = 0;
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if ((c == 'd' || c == 'M' || c == 'y') && !order.contains(c)) {
        order.add(c);
      } else if (separator == 0 && !order.isEmpty() && "/.-".indexOf(c) >= 0) {
        separator = c;
      }
    }
    if (order.size() != 3) {
      order = List.of('y', 'M', 'd');
      separator = '-';
    }
    return new BirthDateFormat(order, separator == 0 ? '/' : separator);
  }

  /** The format of the practitioner's locale. */
  static BirthDateFormat ofDefaultLocale() {
    return of(Locale.getDefault(Locale.Category.FORMAT));
  }

  /** The date as shown everywhere, e.g. 28/11/1980. */
  String format(LocalDate date) {
    return display.format(date);
  }

  /** How the locale's order is typed, e.g. dd/mm/yyyy. */
  String hint() {
    return hint;
  }

  /** Whether {@code text} is shaped as a date: three numbers with a four-digit year. */
  boolean hasShape(String text) {
    return fields(text).isPresent();
  }

  /**
   * The date {@code text} names: in the locale's order, or ISO when it begins with the year.
   *
   * @throws DateTimeException when it is not shaped as a date or names no date of the calendar
   */
  LocalDate parse(String text) {
    int[] ymd = fields(text).orElseThrow(() -> new DateTimeException("Not a date: " + text));
    return LocalDate.of(ymd[0], ymd[1], ymd[2]);
  }

  /** Year, month and day as typed, or empty when the text is not shaped as a date. */
  private Optional<int[]> fields(String text) {
    String[] parts = text.strip().split(SEPARATORS, -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
    }
    List<Character> fieldOrder = parts[0].length() == 4 ? List.of('y', 'M', 'd') : order;
    int[] ymd = new int[3];
    for (int i = 0; i < 3; i++) {
      char field = fieldOrder.get(i);
      boolean year = field == 'y';
      if (year != (parts[i].length() == 4) || (!year && parts[i].length() > 2)) {
        return Optional.empty();
      }
      ymd["yMd".indexOf(field)] = Integer.parseInt(parts[i]);
    }
    return Optional.of(ymd);
  }
}
