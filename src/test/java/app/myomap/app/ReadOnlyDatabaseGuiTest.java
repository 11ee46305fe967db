package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Patient;
import app.myomap.session.SampleDatabase;
import app.myomap.store.Database;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that can only be read opens as a viewer: a banner says so, every chart shows, nothing
 * can be charted or created, and the file and its folder are left exactly as they were.
 */
@GuiTest
class ReadOnlyDatabaseGuiTest {
  @TempDir Path dir;

  @Test
  void aReadOnlyDatabaseShowsItsChartsChangesNothingAndLeavesTheFileAsItWas(Robot robot)
      throws Exception {
    Path db = dir.resolve("archive.db");
    Patient patient;
    try (Database database = Database.open(db)) {
      patient =
          new SampleDatabase(database, Atlas.load(Atlas.CURRENT_VERSION), Instant.now()).write();
    }
    List<String> filesBefore = files();
    String hashBefore = sha256(db);
    MapSettings settings = new MapSettings();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    AppDriver app = new AppDriver(robot, settings);
    app.startReadOnly(db);
    app.waitForAtlas();
    app.waitForEditor();

    Gui.waitUntil(
        "the read-only banner",
        () -> app.window().panel("readOnlyDatabaseBanner").target().isShowing());
    int marks = execute(() -> app.editor().chart().size());
    assertThat(marks).as("the last visit's chart is shown").isPositive();
    assertThat(app.window().button("patients.new").target().isEnabled()).isFalse();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    Gui.waitUntil(
        "the refusal to be said",
        () -> app.window().label("status.message").target().getText().contains("only be read"));
    assertThat(execute(() -> app.editor().chart().size())).isEqualTo(marks);
    app.screenshot("read-only-database");
    app.quit();

    assertThat(files()).as("no lock, log or other side file").isEqualTo(filesBefore);
    assertThat(sha256(db)).as("the file is byte for byte as it was").isEqualTo(hashBefore);
  }

  private List<String> files() throws Exception {
    try (var listing = Files.list(dir)) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
