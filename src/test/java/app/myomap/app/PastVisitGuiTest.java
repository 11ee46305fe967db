package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.model.VisitUnlock;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.Messages;
import app.myomap.ui.Themes;
import app.myomap.ui.UiSettings;
import java.awt.Color;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.UIManager;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the practitioner of issue 8 did: looked at last week's visit, pressed T and clicked the
 * body. The past visit must refuse the point and say it is read-only; Edit this visit asks why and
 * then charts; after a restart the old visit is not open for editing and today's visit is.
 */
@GuiTest
class PastVisitGuiTest {
  @TempDir Path dir;

  private final MapSettings settings = new MapSettings();
  private Path db;
  private Visit lastWeek;

  @Test
  void aPastVisitIsReadOnlyUntilEditedWithAReasonAndIsNotReopenedForEditing(Robot robot)
      throws Exception {
    db = dir.resolve("clinic.db");
    recordLastWeeksVisit();

    // Start-up reopens last week's visit, the last one viewed: read-only, and it says so.
    AppDriver app = start(robot);
    FrameFixture window = app.window();
    assertThat(openVisitId(app)).isEqualTo(lastWeek.id());
    assertThat(execute(() -> app.editor().isReadOnly())).isTrue();
    String day =
        DateTimeFormatter.ofPattern("d MMM")
            .format(lastWeek.startedAt().atZone(ZoneId.systemDefault()));
    Gui.waitUntil("the read-only banner to show", () -> banner(window).isShowing());
    assertThat(label(window, "visit.banner.text").getText())
        .startsWith("Viewing " + day)
        .endsWith(" \u2014 read-only");
    assertThat(label(window, "visit.header.text").getText())
        .startsWith("Visit " + day)
        .contains("Jordan Lee", "Dr Lee");

    app.showView(BodyView.POSTERIOR);
    Point2D trapezius = app.between(BodyView.POSTERIOR, "c7", "acromion.R");
    app.key(KeyEvent.VK_T);
    app.clickOutline(trapezius);
    Gui.waitUntil(
        "the refusal to be told",
        () ->
            label(window, "status.message").getText().equals(Messages.get("VisitHeader.refused")));
    assertThat(execute(() -> app.editor().chart().triggerPoints())).isEmpty();
    assertThat(execute(() -> app.editor().canUndo())).isFalse();
    assertThat(execute(() -> banner(window).isShowing())).isTrue();
    app.screenshot("past-visit-read-only");

    // Edit this visit (Alt+I) asks why; no reason, no editing.
    app.key(KeyEvent.VK_I, altMask());
    DialogFixture dialog = Gui.dialog(robot, "unlockDialog");
    dialog.button("unlock.ok").requireDisabled();
    dialog.textBox("unlock.reason").enterText("Forgot the right trapezius point");
    Gui.waitUntil("a reason to be accepted", () -> dialog.button("unlock.ok").target().isEnabled());
    dialog.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    Gui.closed(dialog);
    Gui.waitUntil("the visit to be editable", () -> !app.editor().isReadOnly());
    assertThat(execute(() -> banner(window).isShowing())).isFalse();
    assertThat(label(window, "visit.header.text").getText()).contains("being edited");
    assertThat(execute(() -> label(window, "visit.header.text").getToolTipText()))
        .contains("Sam Rivera: Forgot the right trapezius point");

    app.clickOutline(trapezius);
    Gui.waitUntil("the point to be placed", () -> app.editor().chart().triggerPoints().size() == 1);
    app.quit();

    try (Database database = Database.open(db)) {
      assertThat(new VisitStore(database).unlocks(lastWeek.id()))
          .singleElement()
          .extracting(VisitUnlock::reason, VisitUnlock::practitioner)
          .containsExactly("Forgot the right trapezius point", "Sam Rivera");
      assertThat(new ChartStore(database).load(lastWeek.id()).triggerPoints()).hasSize(1);
    }

    // A restart does not open the old visit for editing: it is read-only again and offers a new
    // visit for today (Alt+N, the banner's button).
    AppDriver again = start(robot);
    assertThat(openVisitId(again)).isEqualTo(lastWeek.id());
    assertThat(execute(() -> again.editor().isReadOnly())).isTrue();
    Gui.waitUntil("the read-only banner to show", () -> banner(again.window()).isShowing());
    // Its header still says it was edited after its day, and why.
    assertThat(label(again.window(), "visit.banner.history").getText())
        .startsWith("Edited after its day once");
    assertThat(execute(() -> label(again.window(), "visit.header.text").getToolTipText()))
        .contains("Forgot the right trapezius point");
    // Its point can be selected and looked at, not changed nor deleted.
    again.key(KeyEvent.VK_V);
    again.clickOutline(trapezius);
    Gui.waitUntil("the point to be selected", () -> again.editor().selection().size() == 1);
    Gui.waitUntil(
        "the inspector to show the point",
        () -> again.window().checkBox("inspector.needled").target().isShowing());
    again.window().checkBox("inspector.needled").requireDisabled();
    again.window().textBox("inspector.note").requireDisabled();
    again.key(KeyEvent.VK_DELETE);
    again.shortcut(KeyEvent.VK_Z);
    assertThat(execute(() -> again.editor().chart().triggerPoints())).hasSize(1);
    again.screenshot("past-visit-selected-read-only");
    again.key(KeyEvent.VK_N, altMask());
    Gui.waitUntil("today's visit to open", () -> !lastWeek.id().equals(openVisitId(again)));
    again.waitForEditor();
    assertThat(execute(() -> again.editor().isReadOnly())).isFalse();
    String today = openVisitId(again);
    assertThat(execute(() -> banner(again.window()).isShowing())).isFalse();
    again.quit();

    // Even with last week's visit the last one viewed, a visit of today is what opens.
    settings.put(UiSettings.LAST_VISIT, lastWeek.id());
    AppDriver third = start(robot);
    assertThat(openVisitId(third)).isEqualTo(today);
    assertThat(execute(() -> third.editor().isReadOnly())).isFalse();
    assertThat(label(third.window(), "visit.header.text").getText())
        .doesNotContain("past visit")
        .contains("Jordan Lee")
        .contains("(today)")
        .endsWith("Unsigned draft");
    third.screenshot("todays-visit-header");
    // With no banner, its keys do nothing: no second visit today, no question.
    third.key(KeyEvent.VK_N, altMask());
    third.key(KeyEvent.VK_I, altMask());
    assertThat(openVisitId(third)).isEqualTo(today);
    assertThat(execute(() -> unlockDialogShowing())).isFalse();
    third.quit();
    try (Database database = Database.open(db)) {
      assertThat(new VisitStore(database).listByPatient(lastWeek.patientId())).hasSize(2);
    }
  }

  @Test
  void theBannerFollowsTheLightAndDarkThemes(Robot robot) throws Exception {
    db = dir.resolve("themes.db");
    recordLastWeeksVisit();
    AppDriver app = start(robot);
    try {
      Gui.waitUntil("the read-only banner to show", () -> banner(app.window()).isShowing());
      Color light = execute(() -> banner(app.window()).getBackground());
      assertThat(light).isEqualTo(execute(() -> themeColour()));

      execute(() -> Themes.switchTo(true));
      Color dark = execute(() -> themeColour());
      assertThat(dark).isNotEqualTo(light);
      Gui.waitUntil(
          "the banner to take the dark colours",
          () -> banner(app.window()).getBackground().equals(dark));
      app.screenshot("past-visit-dark");
    } finally {
      execute(() -> Themes.switchTo(false));
    }
    app.quit();
  }

  private static Color themeColour() {
    return new Color(UIManager.getColor("MyoMap.readOnlyBanner.background").getRGB(), true);
  }

  /** A patient seen eight days ago, opened last at that visit, by a known practitioner. */
  private void recordLastWeeksVisit() throws Exception {
    try (Database database = Database.open(db)) {
      new MetaStore(database).setPractitioner("Sam Rivera");
      Patient patient = Patient.create("Jordan Lee", LocalDate.of(1975, 6, 2), "");
      new PatientStore(database).create(patient, "Dr Lee");
      lastWeek =
          new Visit(
              UUID.randomUUID().toString(),
              patient.id(),
              Instant.now().minus(Duration.ofDays(8)),
              "v1",
              "Dr Lee");
      new VisitStore(database).create(lastWeek);
      settings.put(UiSettings.LAST_PATIENT, patient.id());
      settings.put(UiSettings.LAST_VISIT, lastWeek.id());
    }
  }

  private AppDriver start(Robot robot) throws Exception {
    // Each start centres the window afresh: under Xvfb without a window manager, clicks into a
    // window just moved to remembered bounds were seen landing where it was before the move.
    settings.put(UiSettings.WINDOW_BOUNDS, "");
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.waitForAtlas();
    app.waitForEditor();
    return app;
  }

  private static String openVisitId(AppDriver app) {
    return execute(
        () -> app.running().workspace().patientsPanel().openVisit().map(Visit::id).orElse(null));
  }

  private static boolean unlockDialogShowing() {
    return Arrays.stream(Window.getWindows())
        .anyMatch(w -> "unlockDialog".equals(w.getName()) && w.isShowing());
  }

  private static JComponent banner(FrameFixture window) {
    // Found whether or not it is showing: the test asserts that.
    return window
        .robot()
        .finder()
        .findByName(window.target(), "visit.banner", JComponent.class, false);
  }

  private static JLabel label(FrameFixture window, String name) {
    JLabel label = window.label(name).target();
    return label;
  }

  @SuppressWarnings("deprecation") // AssertJ Swing expects the old InputEvent masks
  private static int altMask() {
    return InputEvent.ALT_MASK;
  }
}
