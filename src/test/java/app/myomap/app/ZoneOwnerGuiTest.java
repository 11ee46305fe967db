package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.edit.ChartEditor;
import app.myomap.model.BodyView;
import app.myomap.model.ReferralZone;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JLabelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Referral zones of a trigger point charted on the posterior view, painted on the head view where
 * the point is not drawn: the owner is asked once, a selected zone shows its owner, the owner is
 * changed and the change undone, "Go to point" jumps back, and a warning about a stroke outside the
 * body clears after a stroke inside.
 */
@GuiTest
class ZoneOwnerGuiTest {
  private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("app.myomap.ui.Messages");

  @TempDir Path dir;

  @Test
  @SuppressWarnings("deprecation") // AssertJ Swing expects the old InputEvent masks
  void ownerAskedOnceShownChangedUndoneAndWarningsClear(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("owners.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Robin Hale", "1990-02-14", "MRN-78");
    app.waitForAtlas();
    app.startVisit();

    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    List<TriggerPoint> points = execute(() -> app.editor().chart().triggerPoints());
    assertThat(points).extracting(TriggerPoint::side).containsExactly(Side.LEFT, Side.RIGHT);
    TriggerPoint left = points.get(0);
    TriggerPoint right = points.get(1);

    // On the right head view neither point is drawn: the first stroke asks, right side first.
    app.showView(BodyView.HEAD_RIGHT);
    app.key(KeyEvent.VK_R);
    Point2D temple = app.atlas().landmarks().point(BodyView.HEAD_RIGHT, "temple");
    app.dragOutline(offset(temple, -12, -8), offset(temple, 6, -10), offset(temple, 10, 4));
    DialogFixture chooser = Gui.dialog(robot, "ownerChooser");
    List<String> rows = rows(chooser);
    assertThat(rows.get(0)).startsWith("2").contains("Upper trapezius (R)", "fibres", "near");
    assertThat(rows.get(1)).startsWith("1").contains("Upper trapezius (L)");
    chooser.list("ownerChooser.list").requireSelection(0);
    chooser.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    Gui.closed(chooser);
    Gui.waitUntil("the first zone", () -> app.editor().chart().referralZones().size() == 1);

    Point2D ear = app.atlas().landmarks().point(BodyView.HEAD_RIGHT, "ear");
    app.dragOutline(offset(ear, -14, -24), offset(ear, -20, -4));
    Gui.waitUntil("the second zone", () -> app.editor().chart().referralZones().size() == 2);
    assertThat(chooserShowing()).isFalse();
    assertThat(referralZones(app)).allSatisfy(z -> assertThat(z.owner()).contains(right.id()));
    javax.swing.JLabel ownerLabel =
        robot.finder().findByName("status.owner", javax.swing.JLabel.class, false);
    Gui.waitUntil(
        "the owner in the status bar", () -> ownerLabel.getText().contains("Upper trapezius (R)"));
    app.screenshot("zone-owner-painting");

    // Selected, a zone tells its owner.
    app.key(KeyEvent.VK_V);
    app.clickOutline(offset(temple, 0, -6));
    ReferralZone zone = referralZones(app).get(0);
    Gui.waitUntil("the zone selected", () -> app.editor().selection().ids().contains(zone.id()));
    JLabelFixture owner = app.window().label("zoneOwner.text");
    owner.requireVisible();
    assertThat(owner.text()).contains("Upper trapezius (R)", "Posterior");
    app.screenshot("zone-owner-selected");

    // Change owner (Alt+O) is one undo step.
    app.key(KeyEvent.VK_O, InputEvent.ALT_MASK);
    chooser = Gui.dialog(robot, "ownerChooser");
    chooser.list("ownerChooser.list").selectItem(1);
    chooser.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    Gui.closed(chooser);
    Gui.waitUntil(
        "the owner changed",
        () -> referralZones(app).get(0).owner().equals(Optional.of(left.id())));
    Gui.waitUntil("the owner shown", () -> owner.target().getText().contains("(L)"));
    app.shortcut(KeyEvent.VK_Z);
    Gui.waitUntil(
        "the owner restored",
        () -> referralZones(app).get(0).owner().equals(Optional.of(right.id())));

    // Go to point (Alt+G) shows the posterior view with the owner selected.
    app.clickOutline(offset(temple, 0, -6));
    Gui.waitUntil(
        "the zone selected again", () -> app.editor().selection().ids().contains(zone.id()));
    app.key(KeyEvent.VK_G, InputEvent.ALT_MASK);
    Gui.waitUntil("the owner's view", () -> app.editor().view() == BodyView.POSTERIOR);
    assertThat(execute(() -> app.editor().selection().ids())).containsExactly(right.id());
    app.window().toggleButton("toolbar.view.posterior").requireSelected();

    // A stroke outside the body warns; a later stroke inside clears the warning.
    app.showView(BodyView.HEAD_RIGHT);
    app.key(KeyEvent.VK_R);
    Rectangle2D box = app.atlas().view(BodyView.HEAD_RIGHT).viewBox();
    Point2D corner = new Point2D.Double(box.getMinX() + 12, box.getMinY() + 12);
    assertThat(app.atlas().view(BodyView.HEAD_RIGHT).silhouette().contains(corner)).isFalse();
    app.dragOutline(corner, offset(corner, 16, 0), offset(corner, 16, 10));
    // Found whether showing or not: an empty warning is hidden.
    JLabelFixture warning =
        new JLabelFixture(
            robot, robot.finder().findByName("status.warning", javax.swing.JLabel.class, false));
    String outside = MESSAGES.getString("zoneWarning.outsideSilhouette");
    Gui.waitUntil("the warning", () -> warning.target().getText().equals(outside));
    app.showView(BodyView.HEAD_LEFT);
    Gui.waitUntil("no warning on another view", () -> warning.target().getText().isEmpty());
    app.showView(BodyView.HEAD_RIGHT);
    assertThat(warning.text()).isEmpty();
    app.key(KeyEvent.VK_R);
    app.dragOutline(offset(corner, 4, 4), offset(corner, 20, 4));
    Gui.waitUntil("the warning again", () -> warning.target().getText().equals(outside));
    app.screenshot("zone-owner-warning");
    Point2D cheek = app.between(BodyView.HEAD_RIGHT, "ear", "temple");
    app.dragOutline(offset(cheek, 0, 20), offset(cheek, 10, 26));
    Gui.waitUntil("the zone inside", () -> app.editor().chart().referralZones().size() == 4);
    app.screenshot("zone-owner-warning-cleared");
    Gui.waitUntil("the warning cleared", () -> warning.target().getText().isEmpty());
    assertThat(chooserShowing()).isFalse();

    // Another visit starts with no warning and no owner kept.
    app.dragOutline(offset(corner, 4, 8), offset(corner, 20, 8));
    Gui.waitUntil("the warning once more", () -> warning.target().getText().equals(outside));
    ChartEditor before = app.editor();
    app.startVisit();
    Gui.waitUntil("the new visit", () -> app.editor() != before);
    Gui.waitUntil("no warning in the new visit", () -> warning.target().getText().isEmpty());
    assertThat(execute(() -> app.editor().zones().nextOwner())).isEmpty();
    app.quit();
  }

  private static boolean chooserShowing() {
    return execute(
        () ->
            java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> "ownerChooser".equals(w.getName()) && w.isShowing()));
  }

  private static List<String> rows(DialogFixture chooser) {
    return List.of(chooser.list("ownerChooser.list").contents());
  }

  private static List<ReferralZone> referralZones(AppDriver app) {
    return execute(() -> app.editor().chart().referralZones());
  }

  private static Point2D offset(Point2D p, double dx, double dy) {
    return new Point2D.Double(p.getX() + dx, p.getY() + dy);
  }
}
