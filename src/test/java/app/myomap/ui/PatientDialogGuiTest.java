package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.Patient;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Types into the real patient form: checks as you type, OK only when valid, Enter and Escape. */
@GuiTest
class PatientDialogGuiTest {
  private static final BirthDateFormat GB = BirthDateFormat.of(Locale.UK);
  private static final BirthDateFormat US = BirthDateFormat.of(Locale.US);
  private CompletableFuture<Optional<Patient>> result;

  @BeforeEach
  void lookAndFeel() {
    execute(() -> Themes.install(false));
  }

  @Test
  void aFutureDateOfBirthMarksTheFieldAndDisablesOk(Robot robot) throws Exception {
    DialogFixture dialog = open(robot, () -> PatientDialog.create(null, GB));
    dialog.textBox("patientDialog.name").enterText("Jane Citizen");
    dialog.textBox("patientDialog.dob").enterText("2999-01-01");

    assertThat(outline(dialog, "patientDialog.dob")).isEqualTo("error");
    dialog.label("patientDialog.dob.error").requireText("Date of birth is in the future");
    dialog.button("patientDialog.ok").requireDisabled();
    dialog.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    assertThat(result).isNotDone();

    dialog.textBox("patientDialog.dob").deleteText().enterText("1984-03-27");
    assertThat(outline(dialog, "patientDialog.dob")).isNull();
    dialog.label("patientDialog.dob.error").requireText("");
    dialog.button("patientDialog.ok").requireEnabled();
  }

  @Test
  void aDateThatIsNotInTheCalendarOrNotIsoIsRefusedInClearWords(Robot robot) throws Exception {
    DialogFixture dialog = open(robot, () -> PatientDialog.create(null, GB));
    dialog.textBox("patientDialog.name").enterText("Jane Citizen");
    dialog.textBox("patientDialog.dob").enterText("2023-02-30");
    dialog.label("patientDialog.dob.error").requireText("There is no such date in the calendar");
    dialog.button("patientDialog.ok").requireDisabled();

    // A half-typed date is not an error until the field is left.
    dialog.textBox("patientDialog.dob").deleteText().enterText("27/3/84");
    dialog.label("patientDialog.dob.error").requireText("");
    dialog.button("patientDialog.ok").requireDisabled();
    // Leaving the field with Tab, as from the keyboard.
    dialog.textBox("patientDialog.dob").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_TAB);
    app.myomap.testing.Gui.waitUntil(
        "the date's problem to show once the field is left",
        () ->
            dialog
                .label("patientDialog.dob.error")
                .target()
                .getText()
                .equals("Type the date as dd/mm/yyyy or yyyy-mm-dd, e.g. 27/03/1984"));
    assertThat(outline(dialog, "patientDialog.dob")).isEqualTo("error");
  }

  @Test
  void aClearedNameIsMarkedAndAnEmptyRecordNumberIsFine(Robot robot) throws Exception {
    DialogFixture dialog = open(robot, () -> PatientDialog.create(null, GB));
    dialog.label("patientDialog.name.error").requireText("");
    dialog.textBox("patientDialog.name").enterText("J").deleteText();
    dialog.label("patientDialog.name.error").requireText("Enter the patient\u2019s name");
    assertThat(outline(dialog, "patientDialog.name")).isEqualTo("error");
    dialog.textBox("patientDialog.name").enterText("Jo Bloggs");
    dialog.textBox("patientDialog.dob").enterText("1950-12-01");
    dialog.label("patientDialog.record.error").requireText("");
    dialog.button("patientDialog.ok").requireEnabled().click();

    Optional<Patient> created = result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS);
    assertThat(created).get().extracting(Patient::recordNumber).isEqualTo("");
  }

  @Test
  void enterCreatesThePatientAsTyped(Robot robot) throws Exception {
    DialogFixture dialog = open(robot, () -> PatientDialog.create(null, GB));
    dialog.textBox("patientDialog.name").enterText("  Jane Citizen ");
    dialog.textBox("patientDialog.dob").enterText("1984-03-27");
    dialog.textBox("patientDialog.record").enterText("A-1001");
    dialog.textBox("patientDialog.record").pressAndReleaseKeys(KeyEvent.VK_ENTER);

    Patient created = result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS).orElseThrow();
    assertThat(created.name()).isEqualTo("Jane Citizen");
    assertThat(created.dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 27));
    assertThat(created.recordNumber()).isEqualTo("A-1001");
    Gui.closed(dialog);
  }

  @Test
  void theDateOfBirthIsTypedInThePractitionersLocale(Robot robot) throws Exception {
    DialogFixture dialog = open(robot, () -> PatientDialog.create(null, US));
    dialog.textBox("patientDialog.name").enterText("Jane Citizen");
    dialog.textBox("patientDialog.dob").enterText("28/11/1980");
    dialog.label("patientDialog.dob.error").requireText("There is no such date in the calendar");
    dialog.button("patientDialog.ok").requireDisabled();
    dialog.textBox("patientDialog.dob").deleteText().enterText("11/28/1980");
    dialog.label("patientDialog.dob.error").requireText("");
    dialog.textBox("patientDialog.dob").pressAndReleaseKeys(KeyEvent.VK_ENTER);
    Patient created = result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS).orElseThrow();
    assertThat(created.dateOfBirth()).isEqualTo(LocalDate.of(1980, 11, 28));
    Gui.closed(dialog);

    DialogFixture edit = open(robot, () -> PatientDialog.edit(null, created, GB));
    edit.textBox("patientDialog.dob").requireText("28/11/1980");
    edit.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    Gui.closed(edit);
  }

  @Test
  void escapeCancels(Robot robot) throws Exception {
    DialogFixture dialog = open(robot, () -> PatientDialog.create(null, GB));
    dialog.textBox("patientDialog.name").enterText("Jane Citizen");
    dialog.textBox("patientDialog.dob").enterText("1984-03-27");
    dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

    assertThat(result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).isEmpty();
    Gui.closed(dialog);
  }

  @Test
  void editingShowsTheDetailsAndKeepsTheId(Robot robot) throws Exception {
    Patient existing = Patient.create("John Smith", LocalDate.of(1971, 7, 4), "B-2002");
    DialogFixture dialog = open(robot, () -> PatientDialog.edit(null, existing, GB));
    assertThat(execute(() -> dialog.target().getTitle())).isEqualTo("Edit patient");
    dialog.textBox("patientDialog.name").requireText("John Smith");
    dialog.textBox("patientDialog.dob").requireText("04/07/1971");
    dialog.textBox("patientDialog.record").requireText("B-2002");
    dialog.button("patientDialog.ok").requireEnabled().requireText("Save");
    dialog.textBox("patientDialog.name").deleteText().enterText("John A. Smith");
    Gui.click(dialog.button("patientDialog.ok"));

    Patient edited = result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS).orElseThrow();
    assertThat(edited)
        .isEqualTo(new Patient(existing.id(), "John A. Smith", existing.dateOfBirth(), "B-2002"));
  }

  private DialogFixture open(Robot robot, Supplier<Optional<Patient>> show) {
    result = new CompletableFuture<>();
    SwingUtilities.invokeLater(() -> result.complete(show.get()));
    DialogFixture dialog = Gui.dialog(robot, "patientDialog");
    dialog.requireModal();
    return dialog;
  }

  private static Object outline(DialogFixture dialog, String field) {
    JComponent component = dialog.textBox(field).target();
    return execute(() -> component.getClientProperty("JComponent.outline"));
  }
}
