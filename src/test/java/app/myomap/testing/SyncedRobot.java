package app.myomap.testing;

import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.awt.AWTEvent;
import java.awt.AWTException;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.JPopupMenu;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.ComponentFinder;
import org.assertj.swing.core.ComponentPrinter;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.Settings;
import org.assertj.swing.hierarchy.ComponentHierarchy;

/**
 * An AssertJ Swing robot whose "idle" includes the window system, and whose pointer input reaches
 * the component it names.
 *
 * <p>Idle: AssertJ Swing's own wait for idle only waits until the AWT event queue is empty; an
 * input event the robot has just injected may still be on its way through the X server and the
 * toolkit thread, so on a busy machine the queue looks idle before the click or key has arrived,
 * and the test goes on as if it had been handled (a dialog is checked before Enter closed it, OK is
 * clicked before the typed name enabled it). This robot first synchronises with the window system
 * (round trips through the X server and AWT's toolkit thread, each followed by the event queue,
 * until one brings nothing new: {@link NativeQueue}) and only then waits as AssertJ Swing does.
 * That a new window is on the screen and ready for input is a condition of its own ({@link
 * Gui#dialog}: it has the keyboard focus), waited for before anything is typed into it.
 *
 * <p>Pointer: AWT computes where to click from where it believes a window is; X delivers the click
 * to the window that is really there. Without a window manager the two can disagree: a dialog that
 * is packed (its X window resized at the origin) and then centred over its owner sometimes has the
 * stale configure event of the resize handled after the move, and AWT then believes the dialog is
 * at the screen's origin while X shows it centred (about one dialog in twenty-five on Xvfb,
 * measured with a harness that opened 150 dialogs). A click computed from AWT's belief then lands
 * on the window beneath, or, where the two places overlap, on another part of the same dialog (a
 * chooser's "Look in" list opened instead of its Open button). So before any click, press, move or
 * wheel turn on a component, this robot moves the pointer there and reads the motion event X sent
 * back: which window X had under the pointer, and where in it. If that is not the point meant, it
 * sets the window where AWT believes it is, which makes X move it there, and moves again; the input
 * is sent only once both agree, and never twice.
 */
public final class SyncedRobot implements Robot {
  private final Robot delegate;
  private final java.awt.Robot awt;

  /** The newest pointer motion the event queue dispatched, as X reported it. */
  private final AtomicReference<MouseEvent> lastMotion = new AtomicReference<>();

  private final AWTEventListener motionWatcher =
      event -> {
        if (event.getID() == MouseEvent.MOUSE_MOVED || event.getID() == MouseEvent.MOUSE_DRAGGED) {
          lastMotion.set((MouseEvent) event);
        }
      };

  public SyncedRobot(Robot delegate) {
    this.delegate = delegate;
    try {
      this.awt = new java.awt.Robot();
    } catch (AWTException e) {
      throw new IllegalStateException("No robot for this display", e);
    }
    Toolkit.getDefaultToolkit()
        .addAWTEventListener(motionWatcher, AWTEvent.MOUSE_MOTION_EVENT_MASK);
  }

  /** Waits until the window system and the event queue have handled every event sent so far. */
  public void settle() {
    if (EventQueue.isDispatchThread()) {
      throw new IllegalStateException("settle() must not run on the event dispatch thread");
    }
    // Round trips until one brings nothing new from the window system, at least two, so that a
    // reaction of the window system to what the first batch's handlers did (a focus change asked
    // for by a click) has arrived as well.
    for (int round = 0; round < MAX_ROUNDS; round++) {
      java.util.Optional<Boolean> more = NativeQueue.sync(Gui.TIMEOUT_MS);
      if (more.isEmpty()) {
        waitForIdleTheSlowWay();
        break;
      }
      flushEventQueue();
      if (round >= 1 && !more.get()) {
        break;
      }
    }
    delegate.waitForIdle();
  }

  private static final int MAX_ROUNDS = 8;

  private void waitForIdleTheSlowWay() {
    try {
      awt.waitForIdle();
    } catch (RuntimeException timedOut) {
      // The toolkit gives up after its own timeout (e.g. a busy event queue keeps refilling); the
      // conditions the tests wait for still decide, this only removes a race.
    }
  }

  /** Waits until the event queue has dispatched everything posted to it so far. */
  private static void flushEventQueue() {
    try {
      EventQueue.invokeAndWait(() -> {});
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private void input(Runnable action) {
    action.run();
    settle();
  }

  /** Sends pointer input meant for {@code where} on {@code c} once the pointer is really there. */
  private void pointerInput(Component c, Point where, Runnable action) {
    pointAt(c, where);
    input(action);
  }

  private void pointAt(Component c, Point where) {
    Gui.waitUntil(describe(c) + " to be showing", c::isShowing);
    if (where != null && !execute(() -> c.contains(where))) {
      return; // a point outside the component (a drag's end) is for the window system to route
    }
    // A practitioner scrolls to what they want to click first (the note below a long inspector).
    if (execute(() -> scrollToVisible(c, where))) {
      settle();
    }
    Point at = where != null ? where : execute(() -> visibleCentre(c));
    Window window = c instanceof Window ? (Window) c : SwingUtilities.getWindowAncestor(c);
    long deadline = System.currentTimeMillis() + Gui.TIMEOUT_MS;
    while (true) {
      Point screen =
          execute(
              () -> {
                Point origin = c.getLocationOnScreen();
                return new Point(origin.x + at.x, origin.y + at.y);
              });
      lastMotion.set(null);
      if (screen.equals(MouseInfo.getPointerInfo().getLocation())) {
        awt.mouseMove(screen.x + 1, screen.y); // already there: arriving again makes a motion event
      }
      awt.mouseMove(screen.x, screen.y);
      settle();
      if (execute(() -> arrived(c, at, window))) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "The pointer at "
                + at
                + " on "
                + describe(c)
                + " is not over it for the window system (it is over another window or component)");
      }
      if (window != null) {
        execute(
            () -> {
              Point believed = window.getLocation();
              window.setLocation(believed.x + 1, believed.y);
              window.setLocation(believed);
            });
      }
      settle();
    }
  }

  /**
   * Scrolls {@code where} on {@code c} (or, without a point, all of {@code c}) into view when it is
   * hidden, in every scroll pane it is inside (the note's own, then the inspector's).
   */
  private static boolean scrollToVisible(Component c, Point where) {
    if (!(c instanceof JComponent component)) {
      return false;
    }
    Rectangle visible = component.getVisibleRect();
    boolean hidden = where != null ? !visible.contains(where) : visible.isEmpty();
    if (!hidden) {
      return false;
    }
    Rectangle wanted =
        where != null ? new Rectangle(where.x, where.y, 1, 1) : new Rectangle(c.getSize());
    for (Container parent = c.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof JViewport viewport && viewport.getView() instanceof JComponent view) {
        view.scrollRectToVisible(SwingUtilities.convertRectangle(c, wanted, view));
      }
    }
    return true;
  }

  private static Point visibleCentre(Component c) {
    Rectangle visible =
        c instanceof JComponent component ? component.getVisibleRect() : new Rectangle(c.getSize());
    return new Point(visible.x + visible.width / 2, visible.y + visible.height / 2);
  }

  /**
   * Whether the window system put the pointer where AWT was asked to: the motion event X sent for
   * the move went to {@code c}'s window, and its coordinates there (X's own, relative to the window
   * X has under the pointer) land on {@code at} in {@code c}. A window AWT believes elsewhere than
   * X shows it gets either no event or one at another point, even where the two places overlap.
   */
  private boolean arrived(Component c, Point at, Window window) {
    MouseEvent motion = lastMotion.get();
    if (motion == null) {
      return false;
    }
    Component source = motion.getComponent();
    Window sourceWindow = source instanceof Window w ? w : SwingUtilities.getWindowAncestor(source);
    return sourceWindow == window
        && SwingUtilities.convertPoint(source, motion.getPoint(), c).distance(at) <= 1;
  }

  private static String describe(Component c) {
    return c.getName() != null ? c.getName() : c.getClass().getSimpleName();
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
    Toolkit.getDefaultToolkit().removeAWTEventListener(motionWatcher);
    delegate.cleanUp();
  }

  @Override
  public void cleanUpWithoutDisposingWindows() {
    Toolkit.getDefaultToolkit().removeAWTEventListener(motionWatcher);
    delegate.cleanUpWithoutDisposingWindows();
  }

  @Override
  public void click(Component c) {
    pointerInput(c, null, () -> delegate.click(c));
  }

  @Override
  public void rightClick(Component c) {
    pointerInput(c, null, () -> delegate.rightClick(c));
  }

  @Override
  public void click(Component c, MouseButton button) {
    pointerInput(c, null, () -> delegate.click(c, button));
  }

  @Override
  public void doubleClick(Component c) {
    pointerInput(c, null, () -> delegate.doubleClick(c));
  }

  @Override
  public void click(Component c, MouseButton button, int times) {
    pointerInput(c, null, () -> delegate.click(c, button, times));
  }

  @Override
  public void click(Component c, Point where) {
    pointerInput(c, where, () -> delegate.click(c, where));
  }

  @Override
  public void click(Component c, Point where, MouseButton button, int times) {
    pointerInput(c, where, () -> delegate.click(c, where, button, times));
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
    pointerInput(c, where, () -> delegate.pressMouse(c, where));
  }

  @Override
  public void pressMouseWhileRunning(Component c, Point where, Runnable runnable) {
    pointerInput(c, where, () -> delegate.pressMouseWhileRunning(c, where, runnable));
  }

  @Override
  public void pressMouse(Component c, Point where, MouseButton button) {
    pointerInput(c, where, () -> delegate.pressMouse(c, where, button));
  }

  @Override
  public void pressMouseWhileRunning(
      Component c, Point where, MouseButton button, Runnable runnable) {
    pointerInput(c, where, () -> delegate.pressMouseWhileRunning(c, where, button, runnable));
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
    pointerInput(c, null, () -> delegate.moveMouse(c));
  }

  @Override
  public void moveMouse(Component c, Point where) {
    pointerInput(c, where, () -> delegate.moveMouse(c, where));
  }

  @Override
  public void moveMouse(Component c, int x, int y) {
    pointerInput(c, new Point(x, y), () -> delegate.moveMouse(c, x, y));
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
    pointerInput(c, null, () -> delegate.rotateMouseWheel(c, amount));
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
    pointAt(c, null);
    JPopupMenu menu = delegate.showPopupMenu(c);
    settle();
    return menu;
  }

  @Override
  public JPopupMenu showPopupMenu(Component c, Point where) {
    pointAt(c, where);
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
