package app.myomap.testing;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Point;
import java.awt.Window;
import javax.swing.JPopupMenu;
import org.assertj.swing.core.ComponentFinder;
import org.assertj.swing.core.ComponentPrinter;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.Settings;
import org.assertj.swing.hierarchy.ComponentHierarchy;

/**
 * An AssertJ Swing robot whose "idle" includes the window system. AssertJ Swing's own wait for idle
 * only waits until the AWT event queue is empty; an input event the robot has just injected may
 * still be on its way through the X server and the toolkit thread, so on a busy machine the queue
 * looks idle before the click or key has arrived, and the test goes on as if it had been handled (a
 * dialog is checked before Enter closed it, OK is clicked before the typed name enabled it). This
 * robot first synchronises with the window system ({@link java.awt.Robot#waitForIdle()}: a round
 * trip to the X server, then the event queue) and only then waits as AssertJ Swing does. That a new
 * window is on the screen and ready for input is a condition of its own ({@link Gui#dialog}: it has
 * the keyboard focus), waited for before anything is typed into it.
 */
public final class SyncedRobot implements Robot {
  private final Robot delegate;
  private final java.awt.Robot awt;

  public SyncedRobot(Robot delegate) {
    this.delegate = delegate;
    try {
      this.awt = new java.awt.Robot();
    } catch (AWTException e) {
      throw new IllegalStateException("No robot for this display", e);
    }
  }

  /** Waits until the window system and the event queue have handled every event sent so far. */
  public void settle() {
    if (EventQueue.isDispatchThread()) {
      throw new IllegalStateException("settle() must not run on the event dispatch thread");
    }
    try {
      awt.waitForIdle();
    } catch (RuntimeException timedOut) {
      // The toolkit gives up after its own timeout (e.g. a busy event queue keeps refilling); the
      // conditions the tests wait for still decide, this only removes a race.
    }
    delegate.waitForIdle();
  }

  private void input(Runnable action) {
    action.run();
    settle();
  }

  @Override
  public ComponentHierarchy hierarchy() {
    return delegate.hierarchy();
  }

  @Override
  public ComponentFinder finder() {
    return delegate.finder();
  }

  @Override
  public ComponentPrinter printer() {
    return delegate.printer();
  }

  @Override
  public void showWindow(Window w) {
    input(() -> delegate.showWindow(w));
  }

  @Override
  public void showWindow(Window w, Dimension size) {
    input(() -> delegate.showWindow(w, size));
  }

  @Override
  public void showWindow(Window w, Dimension size, boolean pack) {
    input(() -> delegate.showWindow(w, size, pack));
  }

  @Override
  public void close(Window w) {
    input(() -> delegate.close(w));
  }

  @Override
  public void focus(Component c) {
    input(() -> delegate.focus(c));
  }

  @Override
  public void focusAndWaitForFocusGain(Component c) {
    input(() -> delegate.focusAndWaitForFocusGain(c));
  }

  @Override
  public void cleanUp() {
    delegate.cleanUp();
  }

  @Override
  public void cleanUpWithoutDisposingWindows() {
    delegate.cleanUpWithoutDisposingWindows();
  }

  @Override
  public void click(Component c) {
    input(() -> delegate.click(c));
  }

  @Override
  public void rightClick(Component c) {
    input(() -> delegate.rightClick(c));
  }

  @Override
  public void click(Component c, MouseButton button) {
    input(() -> delegate.click(c, button));
  }

  @Override
  public void doubleClick(Component c) {
    input(() -> delegate.doubleClick(c));
  }

  @Override
  public void click(Component c, MouseButton button, int times) {
    input(() -> delegate.click(c, button, times));
  }

  @Override
  public void click(Component c, Point where) {
    input(() -> delegate.click(c, where));
  }

  @Override
  public void click(Component c, Point where, MouseButton button, int times) {
    input(() -> delegate.click(c, where, button, times));
  }

  @Override
  public void click(Point where, MouseButton button, int times) {
    input(() -> delegate.click(where, button, times));
  }

  @Override
  public void pressMouse(MouseButton button) {
    input(() -> delegate.pressMouse(button));
  }

  @Override
  public void pressMouseWhileRunning(MouseButton button, Runnable runnable) {
    input(() -> delegate.pressMouseWhileRunning(button, runnable));
  }

  @Override
  public void pressMouse(Component c, Point where) {
    input(() -> delegate.pressMouse(c, where));
  }

  @Override
  public void pressMouseWhileRunning(Component c, Point where, Runnable runnable) {
    input(() -> delegate.pressMouseWhileRunning(c, where, runnable));
  }

  @Override
  public void pressMouse(Component c, Point where, MouseButton button) {
    input(() -> delegate.pressMouse(c, where, button));
  }

  @Override
  public void pressMouseWhileRunning(
      Component c, Point where, MouseButton button, Runnable runnable) {
    input(() -> delegate.pressMouseWhileRunning(c, where, button, runnable));
  }

  @Override
  public void pressMouse(Point where, MouseButton button) {
    input(() -> delegate.pressMouse(where, button));
  }

  @Override
  public void pressMouseWhileRunning(Point where, MouseButton button, Runnable runnable) {
    input(() -> delegate.pressMouseWhileRunning(where, button, runnable));
  }

  @Override
  public void moveMouse(Component c) {
    input(() -> delegate.moveMouse(c));
  }

  @Override
  public void moveMouse(Component c, Point where) {
    input(() -> delegate.moveMouse(c, where));
  }

  @Override
  public void moveMouse(Component c, int x, int y) {
    input(() -> delegate.moveMouse(c, x, y));
  }

  @Override
  public void moveMouse(Point where) {
    input(() -> delegate.moveMouse(where));
  }

  @Override
  public void moveMouse(int x, int y) {
    input(() -> delegate.moveMouse(x, y));
  }

  @Override
  public void releaseMouse(MouseButton button) {
    input(() -> delegate.releaseMouse(button));
  }

  @Override
  public void releaseMouseButtons() {
    input(delegate::releaseMouseButtons);
  }

  @Override
  public void rotateMouseWheel(Component c, int amount) {
    input(() -> delegate.rotateMouseWheel(c, amount));
  }

  @Override
  public void rotateMouseWheel(int amount) {
    input(() -> delegate.rotateMouseWheel(amount));
  }

  @Override
  public void jitter(Component c) {
    input(() -> delegate.jitter(c));
  }

  @Override
  public void jitter(Component c, Point where) {
    input(() -> delegate.jitter(c, where));
  }

  @Override
  public void enterText(String text) {
    input(() -> delegate.enterText(text));
  }

  @Override
  public void type(char character) {
    input(() -> delegate.type(character));
  }

  @Override
  public void pressAndReleaseKey(int keyCode, int... modifiers) {
    input(() -> delegate.pressAndReleaseKey(keyCode, modifiers));
  }

  @Override
  public void pressAndReleaseKeys(int... keyCodes) {
    input(() -> delegate.pressAndReleaseKeys(keyCodes));
  }

  @Override
  public void pressKey(int keyCode) {
    input(() -> delegate.pressKey(keyCode));
  }

  @Override
  public void pressKeyWhileRunning(int keyCode, Runnable runnable) {
    input(() -> delegate.pressKeyWhileRunning(keyCode, runnable));
  }

  @Override
  public void releaseKey(int keyCode) {
    input(() -> delegate.releaseKey(keyCode));
  }

  @Override
  public void pressModifiers(int modifierMask) {
    input(() -> delegate.pressModifiers(modifierMask));
  }

  @Override
  public void pressModifiersWhileRunning(int modifierMask, Runnable runnable) {
    input(() -> delegate.pressModifiersWhileRunning(modifierMask, runnable));
  }

  @Override
  public void releaseModifiers(int modifierMask) {
    input(() -> delegate.releaseModifiers(modifierMask));
  }

  @Override
  public void waitForIdle() {
    settle();
  }

  @Override
  public boolean isDragging() {
    return delegate.isDragging();
  }

  @Override
  public boolean isReadyForInput(Component c) {
    return delegate.isReadyForInput(c);
  }

  @Override
  public JPopupMenu showPopupMenu(Component c) {
    JPopupMenu menu = delegate.showPopupMenu(c);
    settle();
    return menu;
  }

  @Override
  public JPopupMenu showPopupMenu(Component c, Point where) {
    JPopupMenu menu = delegate.showPopupMenu(c, where);
    settle();
    return menu;
  }

  @Override
  public JPopupMenu findActivePopupMenu() {
    return delegate.findActivePopupMenu();
  }

  @Override
  public void requireNoJOptionPaneIsShowing() {
    delegate.requireNoJOptionPaneIsShowing();
  }

  @Override
  public Settings settings() {
    return delegate.settings();
  }

  @Override
  public boolean isActive() {
    return delegate.isActive();
  }
}
