package app.myomap.ui;

import java.util.Objects;
import java.util.function.Function;

/**
 * One typed user setting: its key and default are declared once, its text form is used by the
 * backing store.
 */
public final class Setting<T> {
  private final String key;
  private final T defaultValue;
  private final Function<String, T> parser;

  private Setting(String key, T defaultValue, Function<String, T> parser) {
    this.key = Objects.requireNonNull(key);
    this.defaultValue = Objects.requireNonNull(defaultValue);
    this.parser = parser;
  }

  public static Setting<Integer> ofInt(String key, int defaultValue) {
    return new Setting<>(key, defaultValue, Integer::valueOf);
  }

  public static Setting<Boolean> ofBoolean(String key, boolean defaultValue) {
    return new Setting<>(key, defaultValue, Boolean::valueOf);
  }

  public static Setting<String> ofString(String key, String defaultValue) {
    return new Setting<>(key, defaultValue, Function.identity());
  }

  public String key() {
    return key;
  }

  public T defaultValue() {
    return defaultValue;
  }

  /** The value of {@code text}, or the default when it is missing or unreadable. */
  public T parse(String text) {
    if (text == null) {
      return defaultValue;
    }
    try {
      return parser.apply(text.trim());
    } catch (RuntimeException e) {
      return defaultValue;
    }
  }

  public String format(T value) {
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return key;
  }
}
