package app.myomap.model.record;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of one record entry as canonical text: one {@code key=value} line per field, in the
 * order the entry writes them, with backslash, line feed and carriage return escaped. An entry is
 * stored and hashed as this text, so the same entry always gives the same bytes, and reading it
 * back refuses anything it would not have written (unknown or repeated keys, bad escapes), so a row
 * changed outside MyoMap is not quietly taken for a record.
 */
public final class RecordFields {
  /** The longest free text of one field: a few paragraphs of a clinical note. */
  public static final int MAX_TEXT = 4000;

  private final Map<String, String> values;

  private RecordFields(Map<String, String> values) {
    this.values = values;
  }

  /** An empty set of fields, to be filled with {@link #put}. */
  public static RecordFields create() {
    return new RecordFields(new LinkedHashMap<>());
  }

  /**
   * Reads canonical text back.
   *
   * @throws IllegalArgumentException if the text is not in the canonical form
   */
  public static RecordFields parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return new RecordFields(values);
    }
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("A record entry's text must end with a line feed");
    }
    for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("Not a field line of a record entry: " + line);
      }
      String key = line.substring(0, equals);
      checkKey(key);
      if (values.put(key, unescape(line.substring(equals + 1))) != null) {
        throw new IllegalArgumentException("A record entry names field " + key + " twice");
      }
    }
    return new RecordFields(values);
  }

  /** The canonical text of these fields. */
  public String text() {
    StringBuilder text = new StringBuilder();
    values.forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
    return text.toString();
  }

  /** Adds a field; an empty optional adds nothing. */
  public RecordFields put(String key, String value) {
    checkKey(key);
    if (values.containsKey(key)) {
      throw new IllegalArgumentException("Field " + key + " is given twice");
    }
    values.put(key, value);
    return this;
  }

  public RecordFields put(String key, Enum<?> value) {
    return put(key, value.name());
  }

  public RecordFields put(String key, boolean value) {
    return put(key, value ? "yes" : "no");
  }

  public RecordFields put(String key, int value) {
    return put(key, Integer.toString(value));
  }

  public RecordFields put(String key, OptionalInt value) {
    return value.isPresent() ? put(key, value.getAsInt()) : this;
  }

  public RecordFields put(String key, OptionalDouble value) {
    return value.isPresent() ? put(key, number(value.getAsDouble())) : this;
  }

  public RecordFields put(String key, Optional<String> value) {
    return value.isPresent() ? put(key, value.get()) : this;
  }

  /** A set of constants as their names in declaration order, comma separated. */
  public <E extends Enum<E>> RecordFields put(String key, Set<E> value) {
    return put(key, value.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
  }

  /** A list of short texts (none may hold a line break), one per line of the value. */
  public RecordFields putLines(String key, List<String> lines) {
    return put(key, String.join("\n", lines));
  }

  /** The keys present, in order. */
  public Set<String> keys() {
    return values.keySet();
  }

  /**
   * Checks that only {@code allowed} keys are present.
   *
   * @throws IllegalArgumentException naming the first unknown key
   */
  public RecordFields only(Collection<String> allowed) {
    for (String key : values.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("Unknown field of a record entry: " + key);
      }
    }
    return this;
  }

  public String text(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("A record entry lacks field " + key);
    }
    return value;
  }

  public String text(String key, String absent) {
    return values.getOrDefault(key, absent);
  }

  public Optional<String> optionalText(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public boolean flag(String key) {
    return switch (text(key)) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException("Field " + key + " must be yes or no");
    };
  }

  public int integer(String key) {
    return parseInt(key, text(key));
  }

  public OptionalInt optionalInteger(String key) {
    String value = values.get(key);
    return value == null ? OptionalInt.empty() : OptionalInt.of(parseInt(key, value));
  }

  public OptionalDouble optionalNumber(String key) {
    String value = values.get(key);
    if (value == null) {
      return OptionalDouble.empty();
    }
    try {
      double number = Double.parseDouble(value);
      if (!Double.isFinite(number) || !number(number).equals(value)) {
        throw new NumberFormatException(value);
      }
      return OptionalDouble.of(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Field " + key + " is not a number: " + value, e);
    }
  }

  public <E extends Enum<E>> E constant(String key, Class<E> type) {
    return constant(key, text(key), type);
  }

  public <E extends Enum<E>> Set<E> constants(String key, Class<E> type) {
    String value = text(key, "");
    EnumSet<E> set = EnumSet.noneOf(type);
    if (!value.isEmpty()) {
      for (String name : value.split(",", -1)) {
        set.add(constant(key, name, type));
      }
    }
    return set;
  }

  public List<String> lines(String key) {
    String value = text(key, "");
    return value.isEmpty() ? List.of() : List.of(value.split("\n", -1));
  }

  /** A number as the canonical text writes it: no trailing ".0", no exponent for usual sizes. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static <E extends Enum<E>> E constant(String key, String name, Class<E> type) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Field " + key + " holds an unknown " + type.getSimpleName() + ": " + name, e);
    }
  }

  private static int parseInt(String key, String value) {
    try {
      int number = Integer.parseInt(value);
      if (!Integer.toString(number).equals(value)) {
        throw new NumberFormatException(value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Field " + key + " is not a whole number: " + value, e);
    }
  }

  private static void checkKey(String key) {
    if (key.isEmpty()
        || !key.chars()
            .allMatch(
                ch ->
                    (ch >= 'a' && ch <= 'z')
                        || (ch >= '0' && ch <= '9')
                        || ch == '-'
                        || ch == '.')) {
      throw new IllegalArgumentException("Not a field name: " + key);
    }
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch != '\\') {
        out.append(ch);
        continue;
      }
      if (++i == value.length()) {
        throw new IllegalArgumentException("A record entry's field ends in a lone backslash");
      }
      switch (value.charAt(i)) {
        case '\\' -> out.append('\\');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        default ->
            throw new IllegalArgumentException(
                "Unknown escape \\" + value.charAt(i) + " in a record entry");
      }
    }
    return out.toString();
  }

  /** Text of at most {@link #MAX_TEXT} characters, stripped; blank gives empty. */
  static String note(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must be given (empty for none)");
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_TEXT + " characters, got " + stripped.length());
    }
    return stripped;
  }

  /** A rating on the 0-10 numeric rating scale, when given. */
  static OptionalInt rating(OptionalInt value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must be given (empty for not asked)");
    }
    if (value.isPresent() && (value.getAsInt() < 0 || value.getAsInt() > 10)) {
      throw new IllegalArgumentException(field + " must be 0 to 10, got " + value.getAsInt());
    }
    return value;
  }
}
