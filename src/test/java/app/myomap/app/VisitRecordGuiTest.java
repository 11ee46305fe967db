package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.TriggerPoint;
import app.myomap.model.record.AdverseEvent;
import app.myomap.model.record.Consent;
import app.myomap.model.record.IntakeAnswer;
import app.myomap.model.record.IntakeAnswers;
import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.SigningState;
import app.myomap.model.record.VisitRecord;
import app.myomap.store.Database;
import app.myomap.store.RecordStore;
import app.myomap.store.RecordVerifier;
import app.myomap.store.SignatureStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JLabel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole visit the way a practitioner records it: two trigger points needled with their entries
 * (the second from the first one's presets), the intake answers, consent, an adverse event and
 * after-care, then signing; after a restart the signed visit is amended with a reason, and the
 * report carries consent, needles and the addendum.
 */
@GuiTest
class VisitRecordGuiTest {
  @TempDir Path dir;

  @Test
  void aVisitIsRecordedSignedRestartedAmendedAndReported(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    MapSettings settings = new MapSettings();
    AppDriver app = new AppDriver(robot, settings);
    FrameFixture window = app.start(db);
    app.answerPractitioner("Alex Chen");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    Gui.waitUntil("two points", () -> app.editor().chart().triggerPoints().size() == 2);
    List<TriggerPoint> points = execute(() -> app.editor().chart().triggerPoints());

    // First point: select it, open its needling entry, set the needle, save with Enter.
    app.key(KeyEvent.VK_V);
    app.clickOutline(points.get(0).position());
    Gui.waitUntil(
        "the first point to be selected",
        () -> app.editor().selection().ids().contains(points.get(0).id()));
    app.shortcutWithShift(KeyEvent.VK_E);
    DialogFixture needling = Gui.dialog(robot, "needlingDialog");
    needling.comboBox("needling.diameter").replaceText("0.30");
    needling.comboBox("needling.length").replaceText("50");
    needling.textBox("needling.insertions").setText("4");
    needling.checkBox("needling.response.FAMILIAR_PAIN_REPRODUCED").check();
    needling.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    Gui.closed(needling);
    Gui.focused(window.target());
    // Second point: its entry opens with the first one's needle; Enter saves it as it is.
    app.clickOutline(points.get(1).position());
    Gui.waitUntil(
        "the second point to be selected",
        () -> app.editor().selection().ids().contains(points.get(1).id()));
    app.shortcutWithShift(KeyEvent.VK_E);
    needling = Gui.dialog(robot, "needlingDialog");
    assertThat(needling.comboBox("needling.diameter").target().getEditor().getItem())
        .hasToString("0.30");
    needling.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    Gui.closed(needling);
    Gui.waitUntil(
        "both points needled",
        () -> app.editor().chart().triggerPoints().stream().allMatch(TriggerPoint::needled));

    app.shortcut(KeyEvent.VK_R);
    JLabel status = window.label("record.status").target();
    Gui.waitUntil("the record tab", () -> status.isShowing());
    Gui.waitUntil(
        "both needling entries listed",
        () ->
            window.list("record.needling.list").target().getModel().getSize() == 2
                && !window.list("record.needling.list").contents()[1].contains("no needling"));
    Gui.click(window.toggleButton("record.intake.knots.yes"));
    Gui.click(window.toggleButton("record.intake.deep.yes"));
    Gui.click(window.toggleButton("record.intake.stretching.sometimes"));
    Gui.waitUntil(
        "the reading of the answers",
        () -> window.label("record.intake.reading").target().getText().contains("may suit"));
    Gui.waitUntil(
        "pneumothorax called out for the trapezius over the lung",
        () -> window.label("record.consent.lung").target().getText().contains("lung"));
    Gui.click(window.toggleButton("record.consent.form.written"));
    Gui.click(window.toggleButton("record.consent.by.patient"));
    Gui.click(window.button("record.adverse.addButton"));
    DialogFixture adverse = Gui.dialog(robot, "adverseDialog");
    adverse.comboBox("adverse.type").selectItem(0);
    adverse.textBox("adverse.action").enterText("Pressure applied for two minutes");
    Gui.click(adverse.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")));
    Gui.closed(adverse);
    Gui.click(window.checkBox("record.needlesAccounted"));
    Gui.waitUntil(
        "the after-care to be stored",
        () -> window.label("record.saved").target().getText().startsWith("Saved"));

    Gui.click(window.button("record.sign"));
    DialogFixture sign = Gui.dialog(robot, "signDialog");
    Gui.click(sign.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Sign")));
    Gui.waitUntil("the visit to be signed", () -> status.getText().startsWith("Signed"));
    assertThat(execute(() -> app.editor().isReadOnly())).isTrue();
    JLabel header = window.label("visit.header.text").target();
    JLabel banner = window.label("visit.banner.text").target();
    Gui.waitUntil(
        "the visit header to say signed, read-only",
        () ->
            execute(
                () ->
                    header.getText().contains("Signed")
                        && banner.isShowing()
                        && banner.getText().startsWith("Signed")));
    app.screenshot("visit-record-signed");
    String visitId = app.openVisitId();
    app.quit();

    AppDriver again = new AppDriver(robot, settings);
    FrameFixture reopened = again.start(db);
    again.waitForEditor();
    Gui.waitUntil("the signed visit to open read-only", () -> again.editor().isReadOnly());
    again.shortcut(KeyEvent.VK_R);
    JLabel statusAgain = reopened.label("record.status").target();
    Gui.waitUntil("the signature to show", () -> statusAgain.getText().startsWith("Signed"));
    Gui.click(reopened.button("record.amend"));
    DialogFixture amend = Gui.dialog(robot, "amendDialog");
    amend.textBox("amend.reason").enterText("Pain after needling was 2, not recorded");
    Gui.click(amend.button("amend.ok"));
    Gui.waitUntil(
        "the addendum to open", () -> statusAgain.getText().startsWith("Addendum 1 open"));
    Gui.waitUntil("the chart to take edits again", () -> !again.editor().isReadOnly());
    reopened.comboBox("record.retestPain").selectItem("2");
    Gui.waitUntil(
        "the re-test to be stored",
        () -> reopened.label("record.saved").target().getText().startsWith("Saved"));
    Gui.click(reopened.button("record.sign"));
    sign = Gui.dialog(robot, "signDialog");
    Gui.click(sign.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Sign")));
    Gui.waitUntil(
        "the addendum to be signed",
        () -> statusAgain.getText().contains("amended") && again.editor().isReadOnly());

    // The follow-up visit asks first how the patient fared since the needling.
    Gui.click(again.window().button("visits.followUp"));
    Gui.waitUntil("the follow-up to open", () -> !again.openVisitId().equals(visitId));
    javax.swing.JTabbedPane tabs = reopened.tabbedPane("centreTabs").target();
    Gui.waitUntil(
        "the Record tab to say there is something to ask",
        () -> execute(() -> tabs.getTitleAt(1)).equals("Record \u25cf"));
    assertThat(execute(() -> again.editor().isReadOnly())).isFalse();
    again.shortcut(KeyEvent.VK_R);
    JLabel ask = reopened.label("record.sinceLast.ask").target();
    Gui.waitUntil(
        "the record to ask about the last visit's needling",
        () -> ask.isShowing() && ask.getText().contains("included needling"));
    assertThat(execute(() -> ask.getParent().getParent().getComponent(0) == ask.getParent()))
        .as("since the last visit is the first section")
        .isTrue();
    reopened.checkBox("record.soreness").click();
    reopened.textBox("record.sorenessHours").enterText("30");
    reopened.comboBox("record.sorenessSeverity").selectItem("3");
    Gui.waitUntil(
        "the answer to be stored",
        () -> execute(() -> ask.getText().isBlank() && tabs.getTitleAt(1).equals("Record")));

    // The patient's own copy: every visit in one PDF.
    Path wholeRecord = dir.resolve("whole-record.pdf");
    again.chooseMenu("menu.file", "menu.file.patientRecord");
    Gui.chooseFile(robot, "export.chooser", wholeRecord);
    JLabel message = reopened.label("status.message").target();
    Gui.waitUntil(
        "the record to be written",
        () -> execute(() -> message.getText()).startsWith("Patient record written"));
    try (PDDocument record = Loader.loadPDF(wholeRecord.toFile())) {
      String text = new PDFTextStripper().getText(record).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Patient record", "Visits in this record", "Jordan Lee")
          .contains("Reason: Pain after needling was 2, not recorded")
          .contains("post-needling soreness for 30 h, severity 3")
          .contains("Page " + record.getNumberOfPages() + " of " + record.getNumberOfPages());
    }
    again.quit();

    try (Database database = Database.open(db)) {
      VisitRecord record = new RecordStore(database).load(visitId);
      assertThat(record.all(RecordSection.NEEDLING))
          .extracting(e -> ((NeedlingEntry) e.entry()).needleDiameterMm())
          .containsExactly(0.30, 0.30);
      assertThat(record.single(IntakeAnswers.class))
          .contains(new IntakeAnswers(IntakeAnswer.YES, IntakeAnswer.YES, IntakeAnswer.SOMETIMES));
      assertThat(record.single(Consent.class))
          .get()
          .extracting(Consent::form)
          .isEqualTo(Consent.ConsentForm.WRITTEN);
      assertThat(record.all(RecordSection.ADVERSE_EVENT))
          .extracting(e -> ((AdverseEvent) e.entry()).actionTaken())
          .containsExactly("Pressure applied for two minutes");
      SigningState signing = new SignatureStore(database).state(visitId);
      assertThat(signing.signatures()).hasSize(2);
      assertThat(signing.amendments())
          .singleElement()
          .extracting(a -> a.reason())
          .isEqualTo("Pain after needling was 2, not recorded");
      assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
    }

    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    picocli.CommandLine cli =
        new picocli.CommandLine(
            new MyoMapCommand(
                (file, create, readOnly) -> {
                  throw new AssertionError("no window for a command-line tool");
                }));
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(out, true));
    Path pdf = dir.resolve("report.pdf");
    int exit =
        cli.execute(
            "export",
            "--db",
            db.toString(),
            "--patient",
            "MRN-1001",
            "--visit",
            visitId,
            "--format",
            "pdf",
            "-o",
            pdf.toString());
    assertThat(exit).as(err.toString()).isZero();
    try (PDDocument report = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(report).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Written, by Patient")
          .contains("0.30 × 50 mm")
          .contains("Addendum 1 signed")
          .contains("Reason: Pain after needling was 2, not recorded")
          .contains("Pressure applied for two minutes")
          .doesNotContain("UNSIGNED DRAFT");
    }
  }
}
