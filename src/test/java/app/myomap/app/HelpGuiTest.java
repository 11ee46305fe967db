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
    assertThat(page).contains("Twitch count").contains("Referral-zone tool").contains("Ctrl+8");
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
    Gui.closed(about);

    app.chooseMenu("menu.help", "menu.help.logFolder");
    Path logs = Path.of(System.getProperty("myomap.logDir"));
    // With a desktop the file manager shows the folder; without one a message names it.
    Gui.waitUntil(
        "the log folder to be shown or named",
        () ->
            app.window().label("status.message").target().getText().contains(logs.toString())
                || java.util.Arrays.stream(java.awt.Window.getWindows())
                    .anyMatch(
                        w ->
                            w.isShowing()
                                && w instanceof javax.swing.JDialog d
                                && "Open Log Folder".equals(d.getTitle())));
    for (java.awt.Window w : java.awt.Window.getWindows()) {
      if (w.isShowing()
          && w instanceof javax.swing.JDialog d
          && "Open Log Folder".equals(d.getTitle())) {
        DialogFixture named = new DialogFixture(robot, d);
        assertThat(
                robot.finder().findAll(d, c -> c instanceof javax.swing.JLabel).stream()
                    .map(c -> ((javax.swing.JLabel) c).getText())
                    .anyMatch(text -> text.contains(logs.toString())))
            .isTrue();
        Gui.click(named.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")));
        Gui.closed(named);
      }
    }
    app.quit();
  }
}
