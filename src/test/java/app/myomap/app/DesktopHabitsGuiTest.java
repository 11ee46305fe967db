package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.edit.ToolKind;
import app.myomap.model.BodyView;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.ui.UiSettings;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JMenuItemFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a desktop user expects without thinking: the chart's single keys work while a button has the
 * focus (but type text in a text field), the Tools menu shows them, a trigger point's whole
 * inspector fits a 1280x800 window once the legend is folded away, and right-click menus act on
 * what was clicked.
 */
@GuiTest
class DesktopHabitsGuiTest {
  @TempDir Path dir;

  @Test
  void chartKeysWorkWithTheFocusOnAButtonButNotInTextFields(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new app.myomap.testing.MapSettings());
    FrameFixture window = app.start(dir.resolve("keys.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Casey Brown", "1979-09-30", "");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);

    // The focus on a button, as after a click on it.
    robot.focusAndWaitForFocusGain(window.button("patients.edit").target());

    robot.pressAndReleaseKey(KeyEvent.VK_T);
    Gui.waitUntil("T to choose the trigger point tool", () -> toolIs(app, ToolKind.TRIGGER_POINT));
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    Gui.waitUntil("the click to place a trigger point", () -> points(app).size() == 1);

    // Letters typed into the patient search are text, not tool switches.
    Gui.click(window.textBox("patients.search"));
    Gui.waitUntil("the search field to have the focus", () -> focusOwner() != app.canvas());
    window.textBox("patients.search").enterText("vest");
    Gui.waitUntil(
        "the search field to show the text",
        () -> window.textBox("patients.search").target().getText().equals("vest"));
    assertThat(execute(() -> app.editor().tool())).isEqualTo(ToolKind.TRIGGER_POINT);

    // The Tools menu tells each tool's key.
    assertThat(accelerator(window, "menu.tool.select")).isEqualTo(key(KeyEvent.VK_V));
    assertThat(accelerator(window, "menu.tool.triggerPoint")).isEqualTo(key(KeyEvent.VK_T));
    assertThat(accelerator(window, "menu.tool.notePin")).isEqualTo(key(KeyEvent.VK_N));
    assertThat(accelerator(window, "menu.tool.referralZone")).isEqualTo(key(KeyEvent.VK_R));
    assertThat(accelerator(window, "menu.tool.symptomArea")).isEqualTo(key(KeyEvent.VK_S));
    assertThat(accelerator(window, "menu.tool.eraser")).isEqualTo(key(KeyEvent.VK_E));
    Gui.click(window.menuItem("menu.tools"));
    javax.swing.JMenu tools = (javax.swing.JMenu) window.menuItem("menu.tools").target();
    Gui.waitUntil("the Tools menu to open", tools::isPopupMenuVisible);
    app.screenshot("tools-menu");
    robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
    Gui.waitUntil("the Tools menu to close", () -> !tools.isPopupMenuVisible());
    app.quit();
  }

  @Test
  void aTriggerPointsWholeInspectorFitsAt1280x800WithTheLegendFolded(Robot robot) throws Exception {
    app.myomap.testing.MapSettings settings = new app.myomap.testing.MapSettings();
    settings.put(UiSettings.WINDOW_BOUNDS, "0,0,1280,800");
    AppDriver app = new AppDriver(robot, settings);
    FrameFixture window = app.start(dir.resolve("inspector.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Casey Brown", "1979-09-30", "");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    Gui.waitUntil("a trigger point to be placed and selected", () -> points(app).size() == 1);
    Gui.waitUntil("the inspector to show", () -> window.panel("inspector").target().isShowing());
    app.screenshot("inspector-1280x800-legend");

    Gui.click(window.toggleButton("legend.toggle"));
    Gui.waitUntil(
        "the inspector to fit without scrolling", () -> !inspectorScrollBarShowing(window));
    assertThat(settings.get(UiSettings.LEGEND_FOLDED)).isTrue();
    app.screenshot("inspector-1280x800");
    app.quit();

    AppDriver again = new AppDriver(robot, settings);
    FrameFixture reopened = again.start(dir.resolve("inspector.db"));
    again.waitForEditor();
    reopened.toggleButton("legend.toggle").requireNotSelected();
    Gui.click(reopened.toggleButton("legend.toggle"));
    Gui.waitUntil("the legend to unfold", () -> !settings.get(UiSettings.LEGEND_FOLDED));
    again.quit();
  }

  @Test
  void rightClickMenusActOnWhatWasClicked(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new app.myomap.testing.MapSettings());
    FrameFixture window = app.start(dir.resolve("menus.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Casey Brown", "1979-09-30", "");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    Point2D shoulder = app.between(BodyView.POSTERIOR, "c7", "acromion.R");
    Point2D empty = app.between(BodyView.POSTERIOR, "t3", "scapula-spine-root.R");

    // On empty space: a trigger point placed there, and the tool stays what it was.
    rightClick(robot, app, shoulder);
    choose(robot, "chartMenu.addTriggerPoint");
    Gui.waitUntil("a trigger point to be added", () -> points(app).size() == 1);
    assertThat(execute(() -> app.editor().tool())).isEqualTo(ToolKind.SELECT);

    // On a trigger point: its status, then its referral zone.
    app.key(KeyEvent.VK_ESCAPE);
    Gui.waitUntil("the selection to clear", () -> app.editor().selection().isEmpty());
    rightClick(robot, app, shoulder);
    Gui.waitUntil("the trigger point's menu", () -> robot.findActivePopupMenu() != null);
    app.screenshot("chart-menu-trigger-point");
    choose(robot, "chartMenu.status");
    Gui.waitUntil(
        "the point to turn latent", () -> points(app).get(0).status() == TriggerPointStatus.LATENT);
    TriggerPoint point = execute(() -> points(app).get(0));

    // Edit note puts the typing into the note: letters are text there, not tool keys.
    rightClick(robot, app, shoulder);
    choose(robot, "chartMenu.editNote");
    Gui.waitUntil(
        "the note to have the focus",
        () -> focusOwner() != null && "inspector.note".equals(focusOwner().getName()));
    robot.enterText("tense");
    Gui.waitUntil("the note to be saved", () -> points(app).get(0).note().equals("tense"));
    assertThat(execute(() -> app.editor().tool())).isEqualTo(ToolKind.SELECT);

    // Change muscle opens the muscle picker.
    rightClick(robot, app, shoulder);
    choose(robot, "chartMenu.changeMuscle");
    org.assertj.swing.fixture.DialogFixture picker = Gui.dialog(robot, "musclePicker");
    picker.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    Gui.closed(picker);
    rightClick(robot, app, shoulder);
    choose(robot, "chartMenu.addReferralZone");
    Gui.waitUntil("the referral zone tool", () -> toolIs(app, ToolKind.REFERRAL_ZONE));
    Point2D from = new Point2D.Double(shoulder.getX() - 10, shoulder.getY() + 26);
    app.dragOutline(
        from,
        new Point2D.Double(from.getX() + 12, from.getY() + 4),
        new Point2D.Double(from.getX() + 22, from.getY() + 12));
    Gui.waitUntil("a zone to be painted", () -> app.editor().chart().marks().size() == 2);

    // On a zone: its trigger point is selected.
    app.key(KeyEvent.VK_V);
    app.key(KeyEvent.VK_ESCAPE);
    rightClick(robot, app, new Point2D.Double(from.getX() + 12, from.getY() + 4));
    choose(robot, "chartMenu.selectOwner");
    Gui.waitUntil(
        "the zone's trigger point to be selected",
        () -> app.editor().selection().ids().equals(java.util.Set.of(point.id())));

    // Delete from the menu.
    rightClick(robot, app, empty);
    choose(robot, "chartMenu.addTriggerPoint");
    Gui.waitUntil("a second trigger point", () -> points(app).size() == 2);
    rightClick(robot, app, empty);
    choose(robot, "chartMenu.delete");
    Gui.waitUntil("the second point to be deleted", () -> points(app).size() == 1);

    // On the visits: a new visit.
    Component visits = window.list("visits.list").target();
    robot.click(visits, new java.awt.Point(20, 10), MouseButton.RIGHT_BUTTON, 1);
    choose(robot, "visitMenu.new");
    Gui.waitUntil(
        "a new, empty visit to open",
        () -> app.canvas().editor().isPresent() && points(app).isEmpty());
    assertThat(execute(() -> window.list("visits.list").target().getModel().getSize()))
        .isEqualTo(2);
    app.quit();
  }

  private static void rightClick(Robot robot, AppDriver app, Point2D outline) {
    java.awt.Point at = execute(() -> app.canvas().toComponent(outline));
    robot.click(app.canvas(), at, MouseButton.RIGHT_BUTTON, 1);
  }

  /** Clicks an item of the pop-up menu that is showing, once it shows. */
  private static void choose(Robot robot, String itemName) {
    Gui.waitUntil(
        "a pop-up menu with " + itemName,
        () -> {
          JPopupMenu menu = robot.findActivePopupMenu();
          return menu != null && item(menu, itemName) != null && item(menu, itemName).isShowing();
        });
    JMenuItem item = execute(() -> item(robot.findActivePopupMenu(), itemName));
    Gui.click(new JMenuItemFixture(robot, item));
    Gui.waitUntil("the pop-up menu to close", () -> robot.findActivePopupMenu() == null);
  }

  private static JMenuItem item(JPopupMenu menu, String name) {
    for (Component c : menu.getComponents()) {
      if (c instanceof JMenuItem item && name.equals(item.getName())) {
        return item;
      }
    }
    return null;
  }

  private static boolean inspectorScrollBarShowing(FrameFixture window) {
    Component inspector = window.panel("inspector").target();
    JScrollPane scroll =
        (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, inspector);
    return scroll.getVerticalScrollBar().isShowing();
  }

  private static Component focusOwner() {
    return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
  }

  private static boolean toolIs(AppDriver app, ToolKind kind) {
    return app.canvas().editor().map(e -> e.tool() == kind).orElse(false);
  }

  private static List<TriggerPoint> points(AppDriver app) {
    return app.canvas().editor().map(e -> e.chart().triggerPoints()).orElse(List.of());
  }

  private static KeyStroke accelerator(FrameFixture window, String name) {
    JMenuItem item = (JMenuItem) window.menuItem(name).target();
    return execute(item::getAccelerator);
  }

  private static KeyStroke key(int keyCode) {
    return KeyStroke.getKeyStroke(keyCode, 0);
  }
}
