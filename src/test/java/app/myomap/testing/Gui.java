package app.myomap.testing;

import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.awt.Window;
import java.util.concurrent.Callable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.AbstractComponentFixture;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Waiting in GUI tests: every step waits for the condition it needs, never for a fixed time, with
 * one generous timeout (30 s, {@code -Dgui.timeoutSeconds=N}) so that a busy machine is slow but
 * not failing. A condition is read on the event dispatch thread.
 */
public final class Gui {
  /** How long a GUI test waits for anything before it fails. */
  public static final long TIMEOUT_MS = Long.getLong("gui.timeoutSeconds", 30) * 1000L;

  private Gui() {}

  /** Waits until {@code test}, read on the event dispatch thread, holds. */
  public static void waitUntil(String what, Callable<Boolean> test) {
    Pause.pause(
        new Condition(what) {
          @Override
          public boolean test() {
            return Boolean.TRUE.equals(execute(test));
          }
        },
        Timeout.timeout(TIMEOUT_MS));
  }

  /**
   * Finds a showing dialog by name and waits until it has the keyboard focus, so that what is typed
   * next goes into it.
   */
  public static DialogFixture dialog(Robot robot, String name) {
    DialogFixture dialog = WindowFinder.findDialog(name).withTimeout(TIMEOUT_MS).using(robot);
    focused(dialog.target());
    return dialog;
  }

  /**
   * Waits until a window is focused and has given the focus to one of its components: only then is
   * it fully on the screen and ready for input (a click sent between the two can be lost).
   */
  public static void focused(Window window) {
    waitUntil(
        window.getName() + " to have the focus",
        () -> window.isFocused() && window.getFocusOwner() != null);
  }

  /** Waits until a dialog is closed. */
  public static void closed(DialogFixture dialog) {
    waitUntil(dialog.target().getName() + " to close", () -> !dialog.target().isShowing());
  }

  /**
   * Clicks a button (or any component) once it is showing and enabled: a click on a disabled
   * button, or one that reaches a window before it is on the screen, does nothing. (A window need
   * not have the focus to take a click; without a window manager the main window often has none
   * after a dialog closes.)
   */
  public static void click(AbstractComponentFixture<?, ?, ?> fixture) {
    java.awt.Component target = fixture.target();
    waitUntil(
        (target.getName() == null ? target.getClass().getSimpleName() : target.getName())
            + " to be ready for a click",
        () -> target.isShowing() && target.isEnabled());
    fixture.click();
  }

  /**
   * Answers a file chooser that is about to show: waits until its dialog has the focus, enters
   * {@code file} as its path, clicks the approve button once ready, and waits until the chooser is
   * gone.
   */
  public static void chooseFile(Robot robot, String chooserName, java.nio.file.Path file) {
    org.assertj.swing.fixture.JFileChooserFixture chooser =
        org.assertj.swing.finder.JFileChooserFinder.findFileChooser(chooserName)
            .withTimeout(TIMEOUT_MS)
            .using(robot);
    Window window = javax.swing.SwingUtilities.getWindowAncestor(chooser.target());
    focused(window);
    chooser.fileNameTextBox().setText(file.toString());
    click(chooser.approveButton());
    waitUntil(chooserName + " to close", () -> !window.isShowing());
  }

  /** Clicks the item named {@code itemName} of the pop-up menu that is showing, once it shows. */
  public static void choosePopupItem(Robot robot, String itemName) {
    waitUntil(
        "a pop-up menu with " + itemName,
        () -> {
          javax.swing.JMenuItem item = popupItem(robot, itemName);
          return item != null && item.isShowing();
        });
    javax.swing.JMenuItem item = execute(() -> popupItem(robot, itemName));
    click(new org.assertj.swing.fixture.JMenuItemFixture(robot, item));
    waitUntil("the pop-up menu to close", () -> robot.findActivePopupMenu() == null);
  }

  private static javax.swing.JMenuItem popupItem(Robot robot, String name) {
    javax.swing.JPopupMenu menu = robot.findActivePopupMenu();
    if (menu == null) {
      return null;
    }
    for (java.awt.Component c : menu.getComponents()) {
      if (c instanceof javax.swing.JMenuItem item && name.equals(item.getName())) {
        return item;
      }
    }
    return null;
  }
}
