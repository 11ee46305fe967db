package app.myomap.app;

import app.myomap.ui.Settings;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings kept in the user's Java preferences, under the node {@code app/myomap}. */
final class PreferencesSettings implements Settings {
  private final Preferences node;

  PreferencesSettings(Preferences node) {
    this.node = node;
  }

  static PreferencesSettings forUser() {
    return new PreferencesSettings(Preferences.userRoot().node("app/myomap"));
  }

  @Override
  public String read(String key) {
    return node.get(key, null);
  }

  @Override
  public void write(String key, String value) {
    node.put(key, value);
  }

  /** Writes pending changes to the backing store, e.g. before the app exits. */
  void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      System.err.println("MyoMap: settings could not be saved: " + e.getMessage());
    }
  }
}
