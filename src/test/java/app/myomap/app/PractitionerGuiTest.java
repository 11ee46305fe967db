package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.Practitioner;
import app.myomap.model.TriggerPoint;
import app.myomap.store.Database;
import app.myomap.store.PinHasher;
import app.myomap.store.PractitionerStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Practitioners on a shared computer through the real window: the first start adds a profile, the
 * title bar names who is charting, Switch Practitioner changes it and the next edits name the new
 * profile; the idle lock hides the chart until a practitioner is chosen again with their PIN.
 */
@GuiTest
class PractitionerGuiTest {
  @TempDir Path dir;

  @Test
  void switchingPractitionerChangesTheTitleAndTheAuthorOfNewEdits(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(db);
    app.answerPractitioner("Alex Morgan");
    Gui.waitUntil("the title to name Alex Morgan", () -> title(app).contains("Alex Morgan"));
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    assertThat(points(app)).extracting(TriggerPoint::examiner).containsExactly("Alex Morgan");

    app.shortcutWithShift(KeyEvent.VK_W);
    app.answerPractitioner("Sam Rivera");
    Gui.waitUntil("the title to name Sam Rivera", () -> title(app).contains("Sam Rivera"));
    assertThat(title(app)).doesNotContain("Alex Morgan");
    app.waitForEditor();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    assertThat(points(app))
        .extracting(TriggerPoint::examiner)
        .containsExactlyInAnyOrder("Alex Morgan", "Sam Rivera");
    app.quit();

    String alex;
    String sam;
    try (Database database = Database.open(db)) {
      PractitionerStore store = new PractitionerStore(database, Clock.systemUTC());
      alex = store.named("Alex Morgan").orElseThrow().id();
      sam = store.named("Sam Rivera").orElseThrow().id();
      assertThat(store.lastChosen().map(Practitioner::name)).contains("Sam Rivera");
    }
    assertThat(editAuthors(db)).containsExactly(alex + " Alex Morgan", sam + " Sam Rivera");
  }

  @Test
  void theIdleLockHidesTheChartUntilThePractitionerTypesTheirPin(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    try (Database database = Database.open(db)) {
      PractitionerStore store = new PractitionerStore(database, Clock.systemUTC());
      store.choose(
          store.add(
              Practitioner.named("x", "Dr Ada Lovelace")
                  .withPin(new PinHasher().hash("2468".toCharArray()))));
    }
    MapSettings settings = new MapSettings();
    settings.put(UiSettings.IDLE_LOCK_SECONDS, 0);
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    // The profile chosen last has a PIN: it is asked at start.
    app.answerPractitioner("Dr Ada Lovelace");
    app.answerPin("2468");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    Gui.waitUntil("the chart to show", () -> execute(() -> app.canvas().isShowing()));

    settings.put(UiSettings.IDLE_LOCK_SECONDS, 1);
    JFrame frame = app.running().window().frame();
    Gui.waitUntil(
        "the idle lock to cover the window",
        () ->
            execute(
                () ->
                    "idleLock".equals(frame.getGlassPane().getName())
                        && frame.getGlassPane().isShowing()));
    assertThat(execute(() -> app.canvas().isShowing())).isFalse();
    assertThat(execute(() -> frame.getJMenuBar().isShowing())).isFalse();
    settings.put(UiSettings.IDLE_LOCK_SECONDS, 0);

    Gui.click(app.window().button("lock.unlock"));
    DialogFixture chooser = Gui.dialog(robot, "practitionerDialog");
    Gui.click(chooser.button("practitioner.ok"));
    DialogFixture pin = Gui.dialog(robot, "pinDialog");
    pin.textBox("pin.field").enterText("1357");
    Gui.click(pin.button("pin.ok"));
    pin.label("pin.error").requireText("That PIN is wrong.");
    assertThat(execute(() -> app.canvas().isShowing())).isFalse();
    pin.textBox("pin.field").enterText("2468");
    Gui.click(pin.button("pin.ok"));
    Gui.waitUntil("the chart to show again", () -> execute(() -> app.canvas().isShowing()));
    assertThat(title(app)).contains("Dr Ada Lovelace");
    app.quit();
  }

  private static String title(AppDriver app) {
    return execute(() -> app.running().window().frame().getTitle());
  }

  private static List<TriggerPoint> points(AppDriver app) {
    return execute(() -> app.editor().chart().triggerPoints());
  }

  /** Each edit's practitioner id and author name, in commit order. */
  private static List<String> editAuthors(Path db) throws Exception {
    List<String> authors = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement query = c.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT practitioner_id, author FROM edits ORDER BY committed_at, seq")) {
      while (rows.next()) {
        authors.add(rows.getString(1) + " " + rows.getString(2));
      }
    }
    return authors;
  }
}
