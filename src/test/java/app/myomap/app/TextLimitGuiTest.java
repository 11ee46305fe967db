package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.NotePin;
import app.myomap.model.TriggerPoint;
import app.myomap.store.ChartStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No text is cut short in silence: a paste past a field's limit is refused whole, with a word. */
@GuiTest
class TextLimitGuiTest {
  @TempDir Path dir;

  @Test
  void aTooLongPasteIsRefusedWithAWordAndWhatFitsIsSaved(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("clinic.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));

    JTextComponentFixture note = app.window().textBox("inspector.note");
    Gui.click(note);
    Gui.waitUntil("the note to have the focus", () -> note.target().isFocusOwner());
    String huge = "x".repeat(100_000);
    execute(
        () ->
            Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new StringSelection(huge), null));
    note.pressAndReleaseKey(
        org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_V)
            .modifiers(org.assertj.swing.util.Platform.controlOrCommandMask()));

    Gui.waitUntil(
        "the refusal to show",
        () -> label(robot, app.window().target(), "inspector.note.count").contains("not added"));
    assertThat(note.text()).isEmpty();
    note.enterText("Tender, taut band");
    Gui.waitUntil(
        "the note to be committed", () -> "Tender, taut band".equals(onlyPoint(app).note()));
    execute(() -> app.running().workspace().flush());
    String visitId = execute(() -> app.running().workspace().openVisitId().orElseThrow());
    assertThat(new ChartStore(app.running().database()).load(visitId).triggerPoints().get(0).note())
        .isEqualTo("Tender, taut band");

    app.key(KeyEvent.VK_N);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    DialogFixture pin = Gui.dialog(robot, "notePinDialog");

    JTextComponentFixture pinText = pin.textBox("notePin.text");
    Gui.waitUntil("the pin text to have the focus", () -> pinText.target().isFocusOwner());
    execute(
        () ->
            Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new StringSelection("y".repeat(NotePin.MAX_TEXT_LENGTH + 50)), null));
    pinText.pressAndReleaseKey(
        org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_V)
            .modifiers(org.assertj.swing.util.Platform.controlOrCommandMask()));
    Gui.waitUntil(
        "the pin's refusal to show",
        () -> label(robot, pin.target(), "notePin.count").contains("not added"));
    assertThat(pinText.text()).isEmpty();
    pinText.enterText("Worse after desk work");
    pinText.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    Gui.waitUntil("the pin to be placed", () -> !app.editor().chart().notePins().isEmpty());
    assertThat(execute(() -> app.editor().chart().notePins().get(0).text()))
        .isEqualTo("Worse after desk work");
    app.quit();
  }

  private static String label(Robot robot, java.awt.Container root, String name) {
    return ((javax.swing.JLabel)
            robot.finder().findByName(root, name, javax.swing.JLabel.class, false))
        .getText();
  }

  private static TriggerPoint onlyPoint(AppDriver app) {
    return app.editor().chart().triggerPoints().get(0);
  }
}
