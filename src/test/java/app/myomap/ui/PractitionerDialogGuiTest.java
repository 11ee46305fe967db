package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run question for the practitioner's name, answered by typing, kept in the database. */
@GuiTest
class PractitionerDialogGuiTest {
  @TempDir Path dir;
  private Database database;
  private MetaStore meta;

  @BeforeEach
  void open() throws Exception {
    execute(() -> Themes.install(false));
    database = Database.open(dir.resolve("clinic.db"));
    meta = new MetaStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void theFirstRunAsksOnceAndKeepsTheName(Robot robot) throws Exception {
    CompletableFuture<Optional<String>> answer = ensure();
    DialogFixture dialog = Gui.dialog(robot, "practitionerDialog");
    dialog.requireModal();
    dialog.label(
        new GenericTypeMatcher<JLabel>(JLabel.class) {
          @Override
          protected boolean isMatching(JLabel label) {
            return "Your name as it should appear on charts".equals(label.getText());
          }
        });
    dialog.button("practitioner.ok").requireDisabled();
    dialog.textBox("practitioner.name").enterText("   ");
    dialog.label("practitioner.name.error").requireText("Enter your name");
    dialog.button("practitioner.ok").requireDisabled();
    dialog.textBox("practitioner.name").enterText("Dr Ada Lovelace ");
    dialog.label("practitioner.name.error").requireText("");
    dialog.textBox("practitioner.name").pressAndReleaseKeys(KeyEvent.VK_ENTER);

    assertThat(answer.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).contains("Dr Ada Lovelace");
    assertThat(meta.practitioner()).contains("Dr Ada Lovelace");

    // Asked once: the next start finds the name without showing the question.
    assertThat(ensure().get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).contains("Dr Ada Lovelace");
  }

  @Test
  void cancellingKeepsNothing(Robot robot) throws Exception {
    CompletableFuture<Optional<String>> answer = ensure();
    DialogFixture dialog = Gui.dialog(robot, "practitionerDialog");
    dialog.textBox("practitioner.name").enterText("Someone");
    dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

    assertThat(answer.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).isEmpty();
    assertThat(meta.practitioner()).isEmpty();
  }

  @Test
  void askOffersTheInitialNameForChange(Robot robot) throws Exception {
    CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
    SwingUtilities.invokeLater(
        () -> answer.complete(PractitionerDialog.ask(null, "Dr A. Lovelace")));
    DialogFixture dialog = Gui.dialog(robot, "practitionerDialog");
    dialog.textBox("practitioner.name").requireText("Dr A. Lovelace");
    dialog.button("practitioner.ok").requireEnabled();
    dialog.textBox("practitioner.name").deleteText().enterText("Ada Lovelace, PT");
    Gui.click(dialog.button("practitioner.ok"));

    assertThat(answer.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).contains("Ada Lovelace, PT");
    assertThat(meta.practitioner()).as("ask alone stores nothing").isEmpty();
  }

  private CompletableFuture<Optional<String>> ensure() {
    CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
    SwingUtilities.invokeLater(() -> answer.complete(PractitionerDialog.ensure(null, meta)));
    return answer;
  }
}
