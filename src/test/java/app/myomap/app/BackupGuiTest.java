package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.store.Backup;
import app.myomap.store.BackupFolder;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File › Back Up Now makes a verified backup while a visit is charted; File › Restore from Backup…
 * previews it read-only and puts it back in place of the database, keeping the replaced file, and
 * the window shows the restored chart.
 */
@GuiTest
class BackupGuiTest {
  @TempDir Path dir;

  @Test
  void backUpNowThenRestoreFromBackupBringsBackTheChartAsItWas(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(db);
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    String visitId = execute(() -> app.running().workspace().openVisitId().orElseThrow());
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    MarkId first = execute(() -> app.editor().chart().triggerPoints().get(0).id());

    app.chooseMenu("menu.file", "menu.file.backUpNow");
    Gui.waitUntil(
        "the status bar to say the backup is made",
        () -> statusText(app).startsWith("Backup made and verified"));
    List<Backup> backups = new BackupFolder(dir.resolve("backups"), db).list();
    assertThat(backups).hasSize(1);
    try (Database copy = Database.openForViewing(backups.get(0).file())) {
      assertThat(new ChartStore(copy).load(visitId).triggerPoints())
          .extracting(tp -> tp.id())
          .containsExactly(first);
    }

    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    Gui.waitUntil(
        "the second point to be saved",
        () -> new ChartStore(app.running().database()).load(visitId).size() == 2);

    app.chooseMenu("menu.file", "menu.file.restore");
    DialogFixture restore = Gui.dialog(robot, "restoreDialog");
    assertThat(restore.table("restore.backups").rowCount()).isEqualTo(1);
    assertThat(restore.button("restore.restore").target().isEnabled())
        .as("Restore waits for a preview")
        .isFalse();
    Gui.click(restore.button("restore.preview"));
    Gui.waitUntil(
        "the preview to say what the backup holds",
        () ->
            restore
                .label("restore.summary")
                .target()
                .getText()
                .contains("1 patient, 1 visit and 1 chart edit"));
    Gui.click(restore.button("restore.restore"));
    DialogFixture confirm = Gui.dialog(robot, "restoreConfirmDialog");
    Gui.click(confirm.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")));
    Gui.closed(restore);
    Gui.waitUntil(
        "the status bar to say the backup is restored",
        () -> statusText(app).contains("is restored"));
    app.waitForEditor();
    Gui.waitUntil(
        "the restored chart to show its one point",
        () ->
            app.editor().chart().triggerPoints().stream()
                .map(tp -> tp.id())
                .toList()
                .equals(List.of(first)));
    assertThat(new ChartStore(app.running().database()).load(visitId).size()).isEqualTo(1);

    Path kept;
    try (Stream<Path> files = Files.list(dir)) {
      kept =
          files
              .filter(f -> f.getFileName().toString().startsWith("clinic.db.replaced-"))
              .findFirst()
              .orElseThrow();
    }
    try (Database replaced = Database.openForViewing(kept)) {
      assertThat(new ChartStore(replaced).load(visitId).size()).isEqualTo(2);
    }

    // Charting goes on in the restored file.
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    Gui.waitUntil(
        "a new point to be saved in the restored file",
        () -> new ChartStore(app.running().database()).load(visitId).size() == 2);
    app.quit();
    Gui.waitUntil("the window to close", () -> app.exits() == 1);
    assertThat(new BackupFolder(dir.resolve("backups"), db).list())
        .as("the backup at close")
        .hasSizeGreaterThanOrEqualTo(1)
        .first()
        .satisfies(b -> assertThat(b.manifest().verified()).isTrue());
  }

  private static String statusText(AppDriver app) {
    return app.window().label("status.message").target().getText();
  }
}
