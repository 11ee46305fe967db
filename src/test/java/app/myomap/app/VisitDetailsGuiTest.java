package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.Patient;
import app.myomap.model.RecordRetention;
import app.myomap.model.Visit;
import app.myomap.model.VisitDetails;
import app.myomap.model.VisitType;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientRevision;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import javax.swing.JList;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A past visit's details corrected in the real window: its session moved to today with a kind and a
 * reason, which the file keeps as a new version; the visit stays read-only after a restart, because
 * the guard goes by the day it was created. The patient shows until when the record must be kept,
 * and archiving hides them from the list until Show archived is ticked.
 */
@GuiTest
class VisitDetailsGuiTest {
  @TempDir Path dir;

  private final MapSettings settings = new MapSettings();
  private Path db;
  private Patient patient;
  private Visit lastWeek;

  @Test
  void aSessionMovedToTodayDoesNotUnlockAPastVisit(Robot robot) throws Exception {
    db = dir.resolve("clinic.db");
    recordLastWeeksVisit();
    AppDriver app = start(robot);
    assertThat(execute(() -> app.editor().isReadOnly())).isTrue();
    // The visit of last week was written into the file today: the record is kept from the later.
    LocalDate lastDay = LocalDate.now();
    String keepUntil =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .format(RecordRetention.keepUntil(patient.dateOfBirth(), lastDay, lastDay));
    assertThat(execute(() -> app.window().label("patients.openRetention").target().getText()))
        .isEqualTo("Keep record until " + keepUntil);

    app.chooseMenu("menu.file", "menu.file.4");
    DialogFixture dialog = Gui.dialog(robot, "visitDetailsDialog");
    dialog.textBox("visitDetails.date").deleteText().enterText("2024-13-01");
    Gui.waitUntil(
        "the impossible day to be marked",
        () -> !dialog.label("visitDetails.date.error").target().getText().isEmpty());
    dialog.button("visitDetails.ok").requireDisabled();
    LocalDate today = LocalDate.now();
    dialog.textBox("visitDetails.date").deleteText().enterText(today.toString());
    dialog.textBox("visitDetails.time").deleteText().enterText("00:01");
    dialog.comboBox("visitDetails.type").selectItem(2);
    dialog.textBox("visitDetails.reason").enterText("Review of neck pain");
    Gui.waitUntil(
        "the details to be accepted", () -> dialog.button("visitDetails.ok").target().isEnabled());
    app.screenshotOfScreen("visit-details-dialog");
    Gui.click(dialog.button("visitDetails.ok"));
    Gui.closed(dialog);
    assertThat(execute(() -> app.editor().isReadOnly())).isTrue();
    app.quit();

    AppDriver again = start(robot);
    assertThat(openVisitId(again)).isEqualTo(lastWeek.id());
    assertThat(execute(() -> again.editor().isReadOnly())).isTrue();

    // Archived: gone from the list, back with Show archived, and back for good when restored.
    again.chooseMenu("menu.file", "menu.file.5");
    JList<?> list = (JList<?>) again.window().list("patients.list").target();
    Gui.waitUntil("the archived patient to leave the list", () -> list.getModel().getSize() == 0);
    assertThat(execute(() -> again.window().label("patients.openRetention").target().getText()))
        .startsWith("Archived");
    Gui.click(again.window().checkBox("patients.showArchived"));
    Gui.waitUntil("the archived patient to be listed", () -> list.getModel().getSize() == 1);
    again.chooseMenu("menu.file", "menu.file.5");
    Gui.click(again.window().checkBox("patients.showArchived"));
    Gui.waitUntil("the patient to stay listed", () -> list.getModel().getSize() == 1);
    again.quit();

    try (Database database = Database.open(db)) {
      VisitStore visits = new VisitStore(database);
      VisitDetails details = visits.details(lastWeek.id()).orElseThrow();
      assertThat(details.type()).isEqualTo(VisitType.REVIEW);
      assertThat(details.reason()).isEqualTo("Review of neck pain");
      assertThat(LocalDate.ofInstant(details.sessionAt(), ZoneId.systemDefault())).isEqualTo(today);
      assertThat(visits.get(lastWeek.id()).orElseThrow().startedAt())
          .isEqualTo(lastWeek.startedAt());
      assertThat(new PatientStore(database).history(patient.id()))
          .extracting(PatientRevision::archived)
          .containsExactly(false, true, false);
    }
  }

  /** A patient seen eight days ago, opened last at that visit, by a known practitioner. */
  private void recordLastWeeksVisit() throws Exception {
    try (Database database = Database.open(db)) {
      new MetaStore(database).setPractitioner("Sam Rivera");
      patient = Patient.create("Jordan Lee", LocalDate.of(1975, 6, 2), "");
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
}
