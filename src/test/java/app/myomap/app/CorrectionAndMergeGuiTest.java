package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.Patient;
import app.myomap.model.record.CorrectionStatement;
import app.myomap.store.CorrectionStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.RecordVerifier;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patient's side of the record in the real window: a correction statement attached to a signed
 * visit shows above its record and travels into the patient's copy of the record; a duplicate
 * record of the same person is merged in from the File menu, and its visit is listed with theirs.
 */
@GuiTest
class CorrectionAndMergeGuiTest {
  private static final String STATEMENT =
      "My neck pain started after the car accident in March, not at work.";

  @TempDir Path dir;

  @Test
  void aStatementTravelsWithTheSignedVisitAndADuplicateRecordIsMergedIn(Robot robot)
      throws Exception {
    Path db = dir.resolve("clinic.db");
    AppDriver app = new AppDriver(robot, new MapSettings());
    FrameFixture window = app.start(db);
    app.answerPractitioner("Alex Chen");
    // Reception entered the patient twice, under two spellings; each record got a visit.
    app.createPatient("J Lee", "1985-04-12", "MRN-77");
    app.waitForAtlas();
    app.startVisit();
    String duplicateVisit = app.openVisitId();
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.startVisit();
    String visitId = app.openVisitId();

    app.shortcut(KeyEvent.VK_R);
    JLabel status = window.label("record.status").target();
    Gui.waitUntil("the record tab", status::isShowing);
    Gui.click(window.button("record.sign"));
    DialogFixture sign = Gui.dialog(robot, "signDialog");
    Gui.click(sign.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Sign")));
    Gui.waitUntil("the visit to be signed", () -> status.getText().startsWith("Signed"));

    // A signed visit still takes the patient's statement: it changes nothing that was signed.
    app.chooseMenu("menu.record", "menu.record.correction");
    DialogFixture correction = Gui.dialog(robot, "correctionDialog");
    correction.button("correction.ok").requireDisabled();
    correction.textBox("correction.statement").enterText(STATEMENT);
    correction.textBox("correction.received").deleteText().enterText("31/02/2026");
    Gui.waitUntil(
        "an impossible date to be marked where it is typed",
        () -> !correction.label("correction.received.problem").target().getText().isEmpty());
    correction.button("correction.ok").requireDisabled();
    correction.textBox("correction.received").deleteText().enterText("2026-12-01");
    correction
        .textBox("correction.response")
        .enterText("Declined: the referral letter dates the onset to work in May.");
    Gui.waitUntil(
        "the statement to be acceptable",
        () -> correction.button("correction.ok").target().isEnabled());
    app.screenshotOfScreen("correction-dialog");
    Gui.click(correction.button("correction.ok"));
    Gui.closed(correction);
    JLabel shown = window.label("record.correction.1").target();
    Gui.waitUntil(
        "the statement to show above the record",
        () -> execute(() -> shown.isShowing() && shown.getText().contains("car accident")));
    assertThat(execute(shown::getText))
        .endsWith(
            "Clinic's response: Declined: the referral letter dates the onset to work in May.");
    assertThat(status.getText()).startsWith("Signed");
    app.screenshot("correction-on-record");

    // The patient's own copy of the record carries the statement and the clinic's response.
    Path wholeRecord = dir.resolve("whole-record.pdf");
    app.chooseMenu("menu.file", "menu.file.patientRecord");
    Gui.chooseFile(robot, "export.chooser", wholeRecord);
    JLabel message = window.label("status.message").target();
    Gui.waitUntil(
        "the record to be written",
        () -> execute(() -> message.getText()).startsWith("Patient record written"));
    try (PDDocument record = Loader.loadPDF(wholeRecord.toFile())) {
      String text = new PDFTextStripper().getText(record).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Patient's correction statements")
          .contains("after the car accident in March")
          .contains("Clinic's response: Declined")
          .contains("correction statement is attached");
    }

    // The duplicate is merged into Jordan Lee's record from the File menu.
    app.chooseMenu("menu.file", "menu.file.6");
    DialogFixture merge = Gui.dialog(robot, "mergeDialog");
    merge.textBox("merge.search").enterText("J Lee");
    JList<?> candidates = merge.list("merge.candidates").target();
    Gui.waitUntil(
        "the other record to be listed", () -> execute(() -> candidates.getModel().getSize() == 1));
    merge.list("merge.candidates").selectItem(0);
    merge.button("merge.ok").requireDisabled();
    merge.textBox("merge.reason").enterText("Same person entered twice at reception");
    app.screenshotOfScreen("merge-dialog");
    Gui.click(merge.button("merge.ok"));
    JOptionPaneFixture confirm = JOptionPaneFinder.findOptionPane().using(robot);
    assertThat(confirm.target().getMessage().toString()).contains("Merge J Lee");
    confirm.okButton().click();
    Gui.closed(merge);
    JList<?> visits = window.list("visits.list").target();
    Gui.waitUntil(
        "both records' visits to be listed", () -> execute(() -> visits.getModel().getSize() == 2));
    app.quit();

    try (Database database = Database.open(db)) {
      PatientStore patients = new PatientStore(database);
      List<Patient> listed = patients.search("Lee", 10);
      assertThat(listed).extracting(Patient::name).containsExactly("Jordan Lee");
      String keptId = listed.get(0).id();
      assertThat(new VisitStore(database).listByPatient(keptId))
          .extracting(v -> v.id())
          .containsExactlyInAnyOrder(visitId, duplicateVisit);
      List<CorrectionStatement> statements = new CorrectionStore(database).of(visitId);
      assertThat(statements)
          .singleElement()
          .extracting(CorrectionStatement::statement)
          .isEqualTo(STATEMENT);
      assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
    }
  }
}
