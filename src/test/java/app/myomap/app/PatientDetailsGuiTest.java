package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.MedicalAlert;
import app.myomap.model.Patient;
import app.myomap.model.Sex;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient's details edited in the real window: a mistyped email is marked where it is typed, two
 * medical alerts are ticked, and the visit then shows them in a strip above the chart that stays in
 * view on the Record tab; the file keeps them.
 */
@GuiTest
class PatientDetailsGuiTest {
  @TempDir Path dir;

  @Test
  void twoAlertsTickedInThePatientsDetailsShowOnTheVisit(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(db);
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    JComponent chartBanner = hidden(robot, app, "alertsBanner", JComponent.class);
    assertThat(execute(chartBanner::isShowing)).isFalse();

    Gui.click(app.window().button("patients.edit"));
    DialogFixture dialog = Gui.dialog(robot, "patientDialog");
    dialog.comboBox("patientDialog.sex").selectItem(0);
    dialog.textBox("patientDialog.email").enterText("jordan.lee@example");
    Gui.waitUntil(
        "the email to be marked as mistyped",
        () ->
            dialog
                .label("patientDialog.email.error")
                .target()
                .getText()
                .equals("Type an address like name@example.org"));
    assertThat(
            dialog.textBox("patientDialog.email").target().getClientProperty("JComponent.outline"))
        .isEqualTo("error");
    dialog.button("patientDialog.ok").requireDisabled();
    dialog.textBox("patientDialog.email").enterText(".org");
    Gui.waitUntil(
        "the email to be accepted",
        () -> dialog.label("patientDialog.email.error").target().getText().isEmpty());
    dialog.textBox("patientDialog.phone").enterText("+61 2 9876 5432");
    Gui.click(dialog.checkBox("patientDialog.alert.PREGNANCY"));
    Gui.click(dialog.checkBox("patientDialog.alert.ANTICOAGULANTS"));
    dialog.textBox("patientDialog.alertNote").enterText("Warfarin");
    dialog.button("patientDialog.ok").requireEnabled();
    app.screenshotOfScreen("patient-dialog-details");
    Gui.click(dialog.button("patientDialog.ok"));
    Gui.closed(dialog);

    JLabel chartText = hidden(robot, app, "alertsBanner.text", JLabel.class);
    Gui.waitUntil("the alerts to show above the chart", chartBanner::isShowing);
    assertThat(execute(chartText::getText))
        .isEqualTo("\u26a0 Medical alerts: Takes anticoagulants, Pregnant \u2014 Warfarin");
    assertThat(execute(() -> app.running().workspace().openPatientAlerts()))
        .containsExactly(MedicalAlert.ANTICOAGULANTS, MedicalAlert.PREGNANCY);

    app.window().tabbedPane("centreTabs").selectTab(1);
    // The strip stands above the tabs, so it stays in view with the record shown.
    Gui.waitUntil(
        "the record to show",
        () ->
            app.running().workspace() != null
                && hidden(robot, app, "recordPanel", JComponent.class).isShowing());
    assertThat(execute(chartBanner::isShowing)).isTrue();
    app.screenshot("patient-alerts-on-record");
    app.quit();

    try (Database database = Database.open(db)) {
      List<Patient> patients = new PatientStore(database).search("Jordan", 5);
      assertThat(patients)
          .singleElement()
          .satisfies(
              patient -> {
                assertThat(patient.details().alerts())
                    .containsExactly(MedicalAlert.ANTICOAGULANTS, MedicalAlert.PREGNANCY);
                assertThat(patient.details().email()).isEqualTo("jordan.lee@example.org");
                assertThat(patient.details().phone()).isEqualTo("+61 2 9876 5432");
                assertThat(patient.details().sex()).isEqualTo(Sex.FEMALE);
                assertThat(patient.details().alertNote()).isEqualTo("Warfarin");
              });
    }
  }

  /** A component of the window by name, found whether or not it is showing. */
  private static <T extends java.awt.Component> T hidden(
      Robot robot, AppDriver app, String name, Class<T> type) {
    return robot.finder().findByName(app.window().target(), name, type, false);
  }
}
