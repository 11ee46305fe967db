package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.SampleDatabase;
import app.myomap.store.Database;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.swing.JDialog;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged page under a visit's marks is named ("This record cannot be read — restore a backup")
 * instead of opening as an empty chart, and nothing escapes as an uncaught exception.
 */
@GuiTest
class UnreadableRecordGuiTest {
  @TempDir Path dir;

  @Test
  void aVisitWhoseMarksCannotBeReadSaysSoAndOpensNoEmptyChart(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    Patient patient;
    Visit visit;
    long rootPage;
    int pageSize;
    try (Database database = Database.open(db)) {
      patient =
          new SampleDatabase(database, Atlas.load(Atlas.CURRENT_VERSION), Instant.now()).write();
      List<Visit> visits = new VisitStore(database).listByPatient(patient.id());
      visit = visits.get(0);
      rootPage =
          number(database, "SELECT rootpage FROM sqlite_master WHERE name = 'mark_versions'");
      pageSize = (int) number(database, "PRAGMA page_size");
    }
    try (RandomAccessFile raw = new RandomAccessFile(db.toFile(), "rw")) {
      byte[] noise = new byte[pageSize];
      new java.util.Random(7).nextBytes(noise);
      raw.seek((rootPage - 1) * pageSize);
      raw.write(noise);
    }
    MapSettings settings = new MapSettings();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, visit.id());
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);

    DialogFixture unreadable =
        WindowFinder.findDialog(
                new GenericTypeMatcher<>(JDialog.class) {
                  @Override
                  protected boolean isMatching(JDialog dialog) {
                    return "This record cannot be read".equals(dialog.getTitle())
                        && dialog.isShowing();
                  }
                })
            .withTimeout(Gui.TIMEOUT_MS)
            .using(robot);
    String text =
        execute(
            () -> {
              StringBuilder all = new StringBuilder();
              for (javax.swing.JLabel label :
                  robot
                      .finder()
                      .findAll(unreadable.target(), c -> c instanceof javax.swing.JLabel)
                      .stream()
                      .map(javax.swing.JLabel.class::cast)
                      .toList()) {
                all.append(label.getText());
              }
              return all.toString();
            });
    assertThat(text).contains("cannot be read").contains("Restore a backup");
    app.screenshot("unreadable-record");
    assertThat(execute(() -> app.running().workspace().editor().isPresent()))
        .as("no empty chart stands in for the unreadable one")
        .isFalse();
    unreadable.close();
    app.quit();
  }

  private static long number(Database database, String sql) {
    return database.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }
}
