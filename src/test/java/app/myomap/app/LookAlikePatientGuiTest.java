package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.store.PatientStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.nio.file.Path;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JButtonFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second record of what looks like the same patient needs the practitioner's confirmation. */
@GuiTest
class LookAlikePatientGuiTest {
  @TempDir Path dir;

  @Test
  void theSameNameAndBirthDateAsksBeforeASecondRecordIsMade(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("clinic.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    PatientStore patients = new PatientStore(app.running().database());

    app.createPatient("jordan lee", "1985-04-12", "");
    answer(robot, "Go Back");
    assertThat(patients.search("jordan", 10)).hasSize(1);

    app.createPatient("Jordan Lee", "1985-04-12", "");
    answer(robot, "Save as a Different Patient");
    Gui.waitUntil("the second record", () -> patients.search("jordan", 10).size() == 2);
    app.quit();
  }

  private static void answer(Robot robot, String choice) {
    DialogFixture ask = Gui.dialog(robot, "lookAlikeDialog");
    JButtonFixture button = ask.button(JButtonMatcher.withText(choice));
    Gui.click(button);
    Gui.closed(ask);
  }
}
