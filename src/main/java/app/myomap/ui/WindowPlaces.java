package app.myomap.ui;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import javax.swing.JFrame;

/**
 * Where MyoMap's windows go: their remembered bounds, and where the chart is in the main window
 * (its margins, where the first frame of the next start shows the body), read from and written to
 * their settings' text.
 */
public final class WindowPlaces {
  private WindowPlaces() {}

  /**
   * Puts {@code frame} at its remembered bounds, maximised if it was, or, on a first start or when
   * those bounds are off every screen now, at 1280 x 900 in the middle of the screen.
   */
  static void restore(JFrame frame, Settings settings) {
    Rectangle saved = parseBounds(settings.get(UiSettings.WINDOW_BOUNDS));
    if (saved != null && onSomeScreen(saved)) {
      frame.setBounds(saved);
    } else {
      frame.setSize(1280, 900);
      frame.setLocationRelativeTo(null);
    }
    if (settings.get(UiSettings.WINDOW_MAXIMIZED)) {
      frame.setExtendedState(Frame.MAXIMIZED_BOTH);
    }
  }

  /** Window bounds as their setting's text, "x,y,width,height". */
  public static String boundsText(Rectangle b) {
    return b.x + "," + b.y + "," + b.width + "," + b.height;
  }

  /**
   * Window bounds from their setting's text "x,y,width,height"; null when the text is not that or
   * the window would be smaller than 400 x 300.
   */
  public static Rectangle parseBounds(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      return null;
    }
    try {
      Rectangle r =
          new Rectangle(
              Integer.parseInt(parts[0].trim()),
              Integer.parseInt(parts[1].trim()),
              Integer.parseInt(parts[2].trim()),
              Integer.parseInt(parts[3].trim()));
      return r.width >= 400 && r.height >= 300 ? r : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether enough of {@code bounds} lies on one of the screens to grab the window there. */
  public static boolean onSomeScreen(Rectangle bounds) {
    for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
      Rectangle screen = device.getDefaultConfiguration().getBounds();
      Rectangle overlap = screen.intersection(bounds);
      if (!overlap.isEmpty() && overlap.width >= 200 && overlap.height >= 100) {
        return true;
      }
    }
    return false;
  }

  /** The chart margins as a setting's text, "top,left,bottom,right". */
  public static String marginsText(Insets margins) {
    return margins.top + "," + margins.left + "," + margins.bottom + "," + margins.right;
  }

  /** Chart margins from their setting's text; null when the text is not four numbers, none < 0. */
  public static Insets parseMargins(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      return null;
    }
    try {
      int[] n = new int[4];
      for (int i = 0; i < 4; i++) {
        n[i] = Integer.parseInt(parts[i].trim());
        if (n[i] < 0) {
          return null;
        }
      }
      return new Insets(n[0], n[1], n[2], n[3]);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
