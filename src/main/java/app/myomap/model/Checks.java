package app.myomap.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Argument checks shared by the model records, each failing with a message naming the field. */
final class Checks {
  private Checks() {}

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /** Returns the stripped text, which must not be blank nor longer than {@code maxLength}. */
  static String requiredText(String value, String field, int maxLength) {
    String text = optionalText(value, field, maxLength);
    if (text.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return text;
  }

  /** Returns the stripped text, which may be empty but not longer than {@code maxLength}. */
  static String optionalText(String value, String field, int maxLength) {
    String text = present(value, field).strip();
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxLength + " characters, got " + text.length());
    }
    return text;
  }

  /**
   * Checks that the text is a UUID in its canonical lower-case form, the form ids are stored in.
   */
  static String uuid(String value, String field) {
    present(value, field);
    boolean canonical;
    try {
      canonical = UUID.fromString(value).toString().equals(value);
    } catch (IllegalArgumentException e) {
      canonical = false;
    }
    if (!canonical) {
      throw new IllegalArgumentException(
          field + " must be a lower-case UUID, got \"" + value + "\"");
    }
    return value;
  }

  static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, got " + value);
    }
    return value;
  }

  /** An unmodifiable copy of an enum set, iterating in declaration order. */
  static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type, String field) {
    present(values, field);
    EnumSet<E> copy = EnumSet.noneOf(type);
    for (E value : values) {
      copy.add(Objects.requireNonNull(value, () -> field + " must not contain null"));
    }
    return Collections.unmodifiableSet(copy);
  }
}
