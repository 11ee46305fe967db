package app.myomap.ui;

/** Where typed settings are kept: user preferences in the app, a plain map in tests. */
public interface Settings {

  /** The stored text of {@code key}, or null when it was never set. */
  String read(String key);

  void write(String key, String value);

  default <T> T get(Setting<T> setting) {
    return setting.parse(read(setting.key()));
  }

  default <T> void put(Setting<T> setting, T value) {
    write(setting.key(), setting.format(value));
  }
}
