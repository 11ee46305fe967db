package app.myomap.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** Installs the light or dark FlatLaf theme with MyoMap's own theme values. */
public final class Themes {
  private static boolean registered;

  private Themes() {}

  /** Sets the look and feel before any window exists; call once at start-up. */
  public static void install(boolean dark) {
    register();
    if (dark) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
  }

  /** Switches a running app to the light or dark theme and updates every open window. */
  public static void switchTo(boolean dark) {
    install(dark);
    FlatLaf.updateUI();
  }

  public static boolean isDark() {
    return FlatLaf.isLafDark();
  }

  private static synchronized void register() {
    if (!registered) {
      FlatLaf.registerCustomDefaultsSource("app.myomap.ui");
      registered = true;
    }
  }
}
