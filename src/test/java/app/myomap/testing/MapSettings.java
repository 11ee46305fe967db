package app.myomap.testing;

import app.myomap.ui.Settings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Settings kept in a map, so a test can restart the app with the settings it left behind. */
public final class MapSettings implements Settings {
  private final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public String read(String key) {
    return values.get(key);
  }

  @Override
  public void write(String key, String value) {
    values.put(key, value);
  }
}
