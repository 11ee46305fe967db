package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.store.Database;
import app.myomap.store.RecordVerifier;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.Messages;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart changed with a SQLite shell between two sessions: the next start finds it, opens it
 * read-only under a "changed outside MyoMap" banner, refuses edits, and Tools › Verify Records
 * names the patient and visit.
 */
@GuiTest
class RecordIntegrityGuiTest {
  @TempDir Path dir;

  @Test
  void aChartChangedOutsideMyoMapOpensReadOnlyAndVerifyNamesIt(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    MapSettings settings = new MapSettings();
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.answerPractitioner("Sam Rivera");
    Gui.waitUntil(
        "the records to be verified",
        () -> label(app, "status.records").getText().equals(Messages.get("Records.status.clean")));
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    Point2D trapezius = app.between(BodyView.POSTERIOR, "c7", "acromion.R");
    app.clickOutline(trapezius);
    Gui.waitUntil("the point", () -> app.editor().chart().triggerPoints().size() == 1);
    app.quit();

    // From outside, with the guards dropped: the point is moved to the other shoulder.
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement sql = connection.createStatement()) {
      sql.executeUpdate("DROP TRIGGER mark_versions_no_update");
      sql.executeUpdate("UPDATE mark_versions SET x = x - 40, side = 'L'");
    }

    AppDriver again = new AppDriver(robot, settings);
    again.start(db);
    again.waitForEditor();
    Gui.waitUntil(
        "the visit's banner to say it was changed",
        () ->
            label(again, "visit.banner.text").isShowing()
                && label(again, "visit.banner.text")
                    .getText()
                    .equals(Messages.get("VisitHeader.altered")));
    assertThat(execute(() -> again.editor().isReadOnly())).isTrue();
    Gui.waitUntil("the records banner", () -> label(again, "recordsBanner.text").isShowing());
    Gui.waitUntil(
        "the status bar to count what changed",
        () -> label(again, "status.records").getText().equals("2 records changed outside MyoMap"));
    javax.swing.JButton unlock =
        robot.finder().findByName("visit.unlock", javax.swing.JButton.class, false);
    assertThat(execute(unlock::isShowing)).as("no Edit this visit").isFalse();

    again.key(KeyEvent.VK_T);
    again.clickOutline(trapezius);
    Gui.waitUntil(
        "the refusal",
        () ->
            label(again, "status.message")
                .getText()
                .equals(Messages.get("Records.alteredRefused")));
    assertThat(execute(() -> again.editor().chart().triggerPoints())).hasSize(1);
    again.screenshot("records-changed-outside");

    again.chooseMenu("menu.tools", "menu.tools.verify");
    DialogFixture verify = Gui.dialog(robot, "verifyDialog");
    Gui.waitUntil(
        "the list of what changed",
        () -> verify.textBox("verify.result").target().getText().contains("was changed"));
    assertThat(verify.textBox("verify.result").text())
        .contains("Jordan Lee, visit of ")
        .contains("chart edit of ")
        .contains("was changed outside MyoMap")
        .contains("(mark_versions_no_update) was removed outside MyoMap");
    again.screenshot("verify-records");
    Gui.click(verify.button("verify.close"));
    Gui.closed(verify);
    again.quit();

    try (Database database = Database.open(db)) {
      assertThat(new RecordVerifier(database).verifyAll(done -> {}).brokenVisits()).hasSize(1);
    }
  }

  private static JLabel label(AppDriver app, String name) {
    return app.window().label(name).target();
  }
}
