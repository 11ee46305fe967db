package app.myomap.testing;

import static org.assertj.swing.edt.GuiActionRunner.execute;
import static org.assertj.swing.timing.Pause.pause;

import app.myomap.app.Startup;
import app.myomap.atlas.Atlas;
import app.myomap.edit.ChartEditor;
import app.myomap.model.BodyView;
import app.myomap.ui.ChartCanvas;
import app.myomap.ui.UiSettings;
import java.awt.Point;
import java.awt.geom.Point2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Timeout;
import org.assertj.swing.util.Platform;

/**
 * Drives the real MyoMap as a practitioner does, for GUI tests: starts it on a database, answers
 * dialogs by typing, clicks outline points through the view transform, and counts the user actions
 * it performed (a click, a drag or a key chord is one action each).
 */
public final class AppDriver {
  private final Robot robot;
  private final MapSettings settings;
  private final AtomicInteger exits = new AtomicInteger();
  private int actions;
  private Startup.Running running;
  private FrameFixture window;

  public AppDriver(Robot robot, MapSettings settings) {
    this.robot = robot;
    this.settings = settings;
  }

  /** Starts the app on {@code db}; returns once the window is showing. */
  public FrameFixture start(Path db) throws Exception {
    return start(db, false);
  }

  /** Starts the app on {@code db} opened for looking only, as with {@code --read-only}. */
  public FrameFixture startReadOnly(Path db) throws Exception {
    return start(db, true);
  }

  private FrameFixture start(Path db, boolean readOnly) throws Exception {
    // Without a window manager, X may report a new window at the screen's origin while it is
    // mapped elsewhere, and AWT then believes the origin: every click lands off by the offset.
    // A window placed at the origin is where both believe it is.
    if (settings.get(UiSettings.WINDOW_BOUNDS).isEmpty()) {
      settings.put(UiSettings.WINDOW_BOUNDS, "0,0,1280,900");
    }
    running = Startup.start(db, true, readOnly, settings, exits::incrementAndGet);
    window = new FrameFixture(robot, running.window().frame());
    window.requireVisible();
    return window;
  }

  /** Drives a window that was started elsewhere. */
  public void attach(FrameFixture fixture) {
    window = fixture;
  }

  public FrameFixture window() {
    return window;
  }

  public Startup.Running running() {
    return running;
  }

  public int exits() {
    return exits.get();
  }

  public ChartCanvas canvas() {
    return running.window().canvas();
  }

  /** User actions performed so far through this driver. */
  public int actions() {
    return actions;
  }

  /**
   * Answers "Who is charting?": chooses the profile of that name, or adds one with only the name
   * when there is none.
   */
  public void answerPractitioner(String name) {
    DialogFixture dialog = Gui.dialog(robot, "practitionerDialog");
    javax.swing.JList<?> list = dialog.list("practitioner.list").target();
    int index =
        execute(
            () -> {
              for (int i = 0; i < list.getModel().getSize(); i++) {
                if (((app.myomap.model.Practitioner) list.getModel().getElementAt(i))
                    .name()
                    .equals(name)) {
                  return i;
                }
              }
              return -1;
            });
    if (index >= 0) {
      dialog.list("practitioner.list").clickItem(index);
      actions++;
      click(dialog.button("practitioner.ok"));
      Gui.closed(dialog);
      return;
    }
    click(dialog.button("practitioner.add"));
    DialogFixture profile = Gui.dialog(robot, "profileDialog");
    type(profile.textBox("profile.name"), name);
    click(profile.button("profile.ok"));
    Gui.closed(profile);
    Gui.closed(dialog);
  }

  /** Types {@code pin} into the PIN question of a profile being chosen. */
  public void answerPin(String pin) {
    DialogFixture dialog = Gui.dialog(robot, "pinDialog");
    type(dialog.textBox("pin.field"), pin);
    click(dialog.button("pin.ok"));
    Gui.closed(dialog);
  }

  /** Creates a patient through the New patient dialog. */
  public void createPatient(String name, String dateOfBirth, String record) {
    click(window.button("patients.new"));
    DialogFixture dialog = Gui.dialog(robot, "patientDialog");
    type(dialog.textBox("patientDialog.name"), name);
    type(dialog.textBox("patientDialog.dob"), dateOfBirth);
    type(dialog.textBox("patientDialog.record"), record);
    confirm(dialog);
  }

  public void startVisit() {
    click(window.button("visits.new"));
    waitForEditor();
  }

  /** The id of the visit open in the window, or "" when none is. */
  public String openVisitId() {
    return execute(() -> running.workspace().openVisitId().orElse(""));
  }

  public void waitForAtlas() {
    pause(
        new Condition("the whole atlas to load") {
          @Override
          public boolean test() {
            return execute(() -> running.window().atlas().isPresent());
          }
        },
        Timeout.timeout(60_000));
  }

  public void waitForEditor() {
    pause(
        new Condition("a visit to be open for charting") {
          @Override
          public boolean test() {
            return execute(() -> canvas().editor().isPresent());
          }
        },
        Timeout.timeout(60_000));
  }

  public ChartEditor editor() {
    return execute(() -> canvas().editor().orElseThrow());
  }

  public Atlas atlas() {
    return execute(() -> running.window().atlas().orElseThrow());
  }

  /** Switches to a view with its toolbar button. */
  public void showView(BodyView view) {
    click(window.toggleButton("toolbar.view." + view.id()));
  }

  /** Clicks the canvas at an outline point of the current view. */
  public void clickOutline(Point2D outline) {
    Point at = execute(() -> canvas().toComponent(outline));
    robot.click(canvas(), at);
    actions++;
  }

  /** Drags on the canvas through outline points of the current view: one user action. */
  public void dragOutline(Point2D... outline) {
    Point first = execute(() -> canvas().toComponent(outline[0]));
    robot.moveMouse(canvas(), first);
    robot.pressMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
    for (int i = 1; i < outline.length; i++) {
      Point2D from = outline[i - 1];
      Point2D to = outline[i];
      // Intermediate pointer events, as a hand moving the mouse produces.
      for (int step = 1; step <= 6; step++) {
        double t = step / 6.0;
        Point2D at =
            new Point2D.Double(
                from.getX() + t * (to.getX() - from.getX()),
                from.getY() + t * (to.getY() - from.getY()));
        robot.moveMouse(canvas(), execute(() -> canvas().toComponent(at)));
      }
    }
    robot.releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
    robot.waitForIdle();
    actions++;
  }

  /** Presses a key (with modifiers) while the canvas has the focus. */
  public void key(int keyCode, int... modifiers) {
    robot.focusAndWaitForFocusGain(canvas());
    robot.pressAndReleaseKey(keyCode, modifiers);
    actions++;
  }

  public void shortcut(int keyCode) {
    key(keyCode, Platform.controlOrCommandMask());
  }

  /** Presses Ctrl+Shift (Cmd+Shift on a Mac) with a key, e.g. redo. */
  @SuppressWarnings("deprecation") // AssertJ Swing expects the old InputEvent masks
  public void shortcutWithShift(int keyCode) {
    key(keyCode, Platform.controlOrCommandMask() | java.awt.event.InputEvent.SHIFT_MASK);
  }

  /** The midpoint of two landmarks of a view, in outline coordinates. */
  public Point2D between(BodyView view, String a, String b) {
    Point2D p = atlas().landmarks().point(view, a);
    Point2D q = atlas().landmarks().point(view, b);
    return new Point2D.Double((p.getX() + q.getX()) / 2, (p.getY() + q.getY()) / 2);
  }

  /**
   * Opens a menu of the menu bar and clicks one of its items, each once the window is ready for it:
   * the item is clicked only when its menu's pop-up is showing.
   */
  public void chooseMenu(String menuName, String itemName) {
    org.assertj.swing.fixture.JMenuItemFixture menu = window.menuItem(menuName);
    Gui.click(menu);
    javax.swing.JMenu opened = (javax.swing.JMenu) menu.target();
    Gui.waitUntil(menuName + " to open", opened::isPopupMenuVisible);
    org.assertj.swing.fixture.JMenuItemFixture item = window.menuItem(itemName);
    Gui.waitUntil(itemName + " to show", () -> item.target().isShowing());
    item.click();
    Gui.waitUntil(menuName + " to close", () -> !opened.isPopupMenuVisible());
    actions += 2;
  }

  /** Waits until every edit is committed, then closes the window as a user does. */
  public void quit() {
    execute(() -> running.workspace().flush());
    window.close();
  }

  /** Saves a picture of the screen under target/screenshots for the README and for review. */
  public Path screenshot(String name) throws Exception {
    robot.waitForIdle();
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.deleteIfExists(file);
    new ScreenshotTaker().saveComponentAsPng(running.window().frame(), file.toString());
    return file;
  }

  /**
   * Saves a picture of the whole screen (the window with its open dialogs) under
   * target/screenshots.
   */
  public Path screenshotOfScreen(String name) throws Exception {
    robot.waitForIdle();
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.deleteIfExists(file);
    new ScreenshotTaker().saveDesktopAsPng(file.toString());
    return file;
  }

  /**
   * Saves a picture of the chart canvas alone under target/screenshots, once its outline is the
   * sharp one for the zoom shown (a new zoom's is rendered in the background).
   */
  public Path screenshotOfCanvas(String name) throws Exception {
    robot.waitForIdle();
    Gui.waitUntil(
        "the sharp outline", () -> canvas().atlasView().isEmpty() || canvas().outlineSharp());
    return screenshotOfCanvasAsShown(name);
  }

  /**
   * Saves a picture of the chart canvas as it is on the screen now, under target/screenshots, even
   * while the outline for a new zoom is still being rendered.
   */
  public Path screenshotOfCanvasAsShown(String name) throws Exception {
    robot.waitForIdle();
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.deleteIfExists(file);
    new ScreenshotTaker().saveComponentAsPng(canvas(), file.toString());
    return file;
  }

  /**
   * Confirms a dialog with Enter, its default button. (A mouse click on a dialog's button is now
   * and then lost under a window-manager-less Xvfb; Enter is just as much what a user does.)
   */
  private void confirm(DialogFixture dialog) {
    dialog.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
    Gui.closed(dialog);
    actions++;
  }

  private void click(org.assertj.swing.fixture.AbstractComponentFixture<?, ?, ?> fixture) {
    Gui.click(fixture);
    actions++;
  }

  /** Types into a field and waits until the field shows what was typed. */
  private void type(org.assertj.swing.fixture.JTextComponentFixture field, String text) {
    Gui.click(field);
    field.enterText(text);
    javax.swing.text.JTextComponent target = field.target();
    Gui.waitUntil(
        target.getName() + " to show \"" + text + "\"", () -> target.getText().endsWith(text));
    actions++;
  }
}
