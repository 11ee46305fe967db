package app.myomap.app;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connects to the display and reads its fonts on a thread of its own as soon as a window start is
 * known, while the main thread starts the log, reads the settings and sets up the threads of the
 * start: the look and feel then finds AWT's toolkit, the screen and the font system ready (together
 * 40-70 ms of the first frame, measured by the start-up benchmark's marks). Any failure here is
 * left for the look and feel to meet and report as it would have.
 */
final class DisplayWarmUp {
  private static final Logger LOG = Logger.getLogger(DisplayWarmUp.class.getName());

  private DisplayWarmUp() {}

  /** Starts the warm-up, unless there is no display to connect to. */
  static void start() {
    if (GraphicsEnvironment.isHeadless()) {
      return;
    }
    Thread thread = new Thread(DisplayWarmUp::run, "myomap-display");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      Toolkit toolkit = Toolkit.getDefaultToolkit();
      GraphicsEnvironment.getLocalGraphicsEnvironment()
          .getDefaultScreenDevice()
          .getDefaultConfiguration();
      // What FlatLaf asks on Linux for its default font, and the font system behind it.
      toolkit.getDesktopProperty("gnome.Gtk/FontName");
      new Font(Font.DIALOG, Font.PLAIN, 12).getFamily();
      StartupMarks.mark("displayReady");
    } catch (RuntimeException | Error e) {
      LOG.log(Level.FINE, "Display warm-up", e);
    }
  }
}
