package app.myomap.app;

import java.awt.Toolkit;
import java.lang.reflect.Field;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Names MyoMap's windows to the X window system (their WM_CLASS), so that a Linux desktop matches
 * them to the installed menu entry ({@code StartupWMClass=MyoMap}) and shows its icon. AWT would
 * name them after the class at the bottom of whichever thread happened to start the toolkit first,
 * at start-up often a pool thread ("java-lang-Thread"). AWT has no public way to set the name; the
 * packaged launcher opens {@code sun.awt.X11} to this code for it, and elsewhere nothing changes.
 */
final class X11WindowClass {
  static final String NAME = "MyoMap";

  private static final Logger LOG = Logger.getLogger(X11WindowClass.class.getName());

  private X11WindowClass() {}

  /** Call before the first window is shown. */
  static void apply() {
    Toolkit toolkit = Toolkit.getDefaultToolkit();
    if (!toolkit.getClass().getName().equals("sun.awt.X11.XToolkit")) {
      return;
    }
    try {
      Field name = toolkit.getClass().getDeclaredField("awtAppClassName");
      name.setAccessible(true);
      name.set(null, NAME);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Started without --add-opens java.desktop/sun.awt.X11 (java -jar, the tests): AWT's name.
      LOG.log(Level.FINE, "WM_CLASS left to AWT", e);
    }
  }
}
