package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help: the keyboard shortcuts page (F1) and About with the database file and the licences. */
@GuiTest
class HelpGuiTest {
  @TempDir Path dir;

  @Test
  void f1ListsTheShortcutsAndAboutNamesTheDatabaseAndLicences(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    Path db = dir.resolve("help.db");
    app.start(db);
    app.answerPractitioner("Sam Rivera");

    robot.click(app.canvas());
    app.key(KeyEvent.VK_F1);
    DialogFixture shortcuts = Gui.dialog(robot, "shortcuts");
    String page = shortcuts.textBox("shortcuts.text").text();
    assertThat(page).contains("Twitch count").contains("Referral-zone tool").contains("Ctrl+6");
    Gui.click(shortcuts.button("shortcuts.close"));
    Gui.closed(shortcuts);

    app.chooseMenu("menu.help", "menu.help.about");
    DialogFixture about = Gui.dialog(robot, "about");
    assertThat(about.textBox("about.licences").text())
        .contains("Apache Batik")
        .contains("FlatLaf")
        .contains("SQLite");
    assertThat(about.label(org.assertj.swing.core.matcher.JLabelMatcher.any()).text())
        .contains(db.getFileName().toString());
    Gui.click(about.button("about.ok"));
    app.quit();
  }
}
