package app.myomap.testing;

import java.awt.Toolkit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * One round trip through the window system that AWT's toolkit thread handles in order with the
 * events before it ({@code SunToolkit.syncNativeQueue}: on X11 the toolkit moves a window of its
 * own and waits until its thread has read the configure event that comes back): when it returns,
 * every event the X server sent before has reached the toolkit and been posted to the event queue.
 *
 * <p>{@link java.awt.Robot#waitForIdle()} does this too, but then repeats it with pauses until
 * neither the toolkit nor the event queue saw anything new for a whole round, up to 10 seconds:
 * with a blinking caret or any timer it rarely sees such a round, and on Xvfb it took 0.3 to 10
 * seconds for a window that was doing nothing else (75 ms on average over 500 calls in the GUI
 * tests, over half their time). Needs {@code --add-opens java.desktop/sun.awt=ALL-UNNAMED}.
 */
final class NativeQueue {
  private static final Method SYNC = find();

  private NativeQueue() {}

  private static Method find() {
    try {
      Method sync =
          Class.forName("sun.awt.SunToolkit").getDeclaredMethod("syncNativeQueue", long.class);
      sync.setAccessible(true);
      return sync;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Makes the round trip; whether the toolkit handled other events meanwhile, or empty when this
   * toolkit cannot do it (then {@link java.awt.Robot#waitForIdle()} is the way).
   */
  static java.util.Optional<Boolean> sync(long timeoutMs) {
    if (SYNC == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of((Boolean) SYNC.invoke(Toolkit.getDefaultToolkit(), timeoutMs));
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
