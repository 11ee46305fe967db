package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed save never looks saved: the practitioner sees which edits are not saved and why, Retry
 * saves them in order, and quitting with unsaved edits offers to save them to a file that File ›
 * Import Unsaved Edits brings back.
 */
@GuiTest
class SaveProblemGuiTest {
  private static final String RETRY_PROPERTY = "myomap.saveRetrySeconds";

  @TempDir Path dir;

  @Test
  void aFailedSaveShowsTheBannerRetrySavesAndUnsavedEditsSurviveQuittingThroughAFile(Robot robot)
      throws Exception {
    // Retry is pressed by hand here; the automatic retry must not come first on a slow machine.
    System.setProperty(RETRY_PROPERTY, "3600");
    try {
      chartReadOnlyRetryQuitAndImport(robot);
    } finally {
      System.clearProperty(RETRY_PROPERTY);
    }
  }

  private void chartReadOnlyRetryQuitAndImport(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    MapSettings settings = new MapSettings();
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    Database database = app.running().database();
    String visitId = execute(() -> app.running().workspace().openVisitId().orElseThrow());

    readOnly(database, true);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    MarkId first = execute(() -> app.editor().chart().triggerPoints().get(0).id());

    javax.swing.JPanel banner =
        (javax.swing.JPanel)
            robot
                .finder()
                .findByName(
                    app.window().target(), "saveProblemBanner", javax.swing.JPanel.class, false);
    Gui.waitUntil("the banner to say the edit is not saved", banner::isShowing);
    assertThat(app.window().label("saveProblemBanner.text").text())
        .contains("1 edit is not saved")
        .contains("can only be read");
    assertThat(execute(() -> app.canvas().unsavedMarks())).containsExactly(first);
    assertThat(new ChartStore(database).load(visitId).contains(first)).isFalse();
    app.screenshot("save-problem");

    readOnly(database, false);
    Gui.click(app.window().button("saveProblemBanner.retry"));
    Gui.waitUntil("the banner to go once the edit is saved", () -> !banner.isShowing());
    assertThat(new ChartStore(database).load(visitId).contains(first)).isTrue();
    assertThat(execute(() -> app.canvas().unsavedMarks())).isEmpty();

    readOnly(database, true);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    MarkId second = execute(() -> app.editor().chart().triggerPoints().get(1).id());
    Gui.waitUntil("the banner to show again", banner::isShowing);

    Path edits = dir.resolve("elsewhere.myomap-edits");
    app.chooseMenu("menu.file", "menu.file.quit");
    DialogFixture ask = Gui.dialog(robot, "unsavedEditsDialog");
    org.assertj.swing.fixture.JButtonFixture save =
        ask.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Save to a File…"));
    Gui.click(save);
    Gui.chooseFile(robot, "unsavedEditsChooser", edits);
    Gui.waitUntil("the window to close", () -> app.exits() == 1);
    assertThat(Files.exists(edits)).isTrue();

    AppDriver again = new AppDriver(robot, settings);
    again.start(db);
    again.waitForEditor();
    assertThat(execute(() -> again.editor().chart().contains(second))).isFalse();
    // File: new patient, new visit, follow-up visit, import unsaved edits.
    again.chooseMenu("menu.file", "menu.file.3");
    Gui.chooseFile(robot, "importUnsavedEditsChooser", edits);
    // The visit opens again with the imported edits; until it has, there is no chart to look at.
    Gui.waitUntil(
        "the imported point to be on the chart",
        () ->
            execute(
                () ->
                    again
                        .canvas()
                        .editor()
                        .map(editor -> editor.chart().contains(second))
                        .orElse(false)));
    assertThat(new ChartStore(again.running().database()).load(visitId).contains(second)).isTrue();
    again.quit();
  }

  private static void readOnly(Database database, boolean on) {
    database.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = " + (on ? 1 : 0));
          }
          return null;
        });
  }
}
