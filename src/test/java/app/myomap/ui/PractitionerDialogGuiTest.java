package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.Practitioner;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PinHasher;
import app.myomap.store.PractitionerStore;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Who is charting?": the first run adds a profile by typing, checked as typed; a single profile
 * without a PIN continues at the next start without a question; a PIN is asked until right.
 */
@GuiTest
class PractitionerDialogGuiTest {
  @TempDir Path dir;
  private Database database;
  private MetaStore meta;
  private PractitionerStore store;

  @BeforeEach
  void open() throws Exception {
    execute(() -> Themes.install(false));
    database = Database.open(dir.resolve("clinic.db"));
    meta = new MetaStore(database);
    store = new PractitionerStore(database, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void theFirstRunAddsAProfileCheckedAsTypedAndKeepsIt(Robot robot) throws Exception {
    CompletableFuture<Optional<String>> answer = ensure();
    DialogFixture chooser = Gui.dialog(robot, "practitionerDialog");
    chooser.requireModal();
    chooser.button("practitioner.ok").requireDisabled();
    Gui.click(chooser.button("practitioner.add"));
    DialogFixture profile = Gui.dialog(robot, "profileDialog");
    profile.button("profile.ok").requireDisabled();
    profile.textBox("profile.name").enterText("Dr Ada Lovelace ");
    profile.textBox("profile.profession").enterText("Physiotherapist");
    profile.textBox("profile.registration").enterText("PHY000123");
    profile
        .label("profile.registration.error")
        .requireText("An AHPRA number is three letters and ten digits, e.g. PHY0001234567");
    profile.button("profile.ok").requireDisabled();
    profile.textBox("profile.registration").enterText("4567");
    profile.label("profile.registration.error").requireText("");
    profile.textBox("profile.pin").enterText("2468");
    profile.textBox("profile.pinAgain").enterText("2469");
    profile.label("profile.pin.error").requireText("The two PINs differ");
    profile.button("profile.ok").requireDisabled();
    profile.textBox("profile.pinAgain").deleteText().enterText("2468");
    profile.label("profile.pin.error").requireText("");
    Gui.click(profile.button("profile.ok"));

    assertThat(answer.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).contains("Dr Ada Lovelace");
    Practitioner kept = store.active().get(0);
    assertThat(kept.name()).isEqualTo("Dr Ada Lovelace");
    assertThat(kept.profession()).isEqualTo("Physiotherapist");
    assertThat(kept.registrationNumber()).isEqualTo("PHY0001234567");
    assertThat(PinHasher.matches(kept.pin(), "2468".toCharArray())).isTrue();
    assertThat(meta.practitioner()).contains("Dr Ada Lovelace");
  }

  @Test
  void aSingleProfileWithoutAPinContinuesWithoutAsking() throws Exception {
    Practitioner only = store.add(Practitioner.named("x", "Sam Rivera"));
    store.choose(only);
    assertThat(ensure().get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).contains("Sam Rivera");
  }

  @Test
  void aProfileWithAPinIsChosenOnlyWithIt(Robot robot) throws Exception {
    Practitioner ada = store.add(Practitioner.named("x", "Dr Ada Lovelace").withPin(pin("2468")));
    store.add(Practitioner.named("x", "Sam Rivera"));
    store.choose(ada);
    CompletableFuture<Optional<String>> answer = ensure();
    DialogFixture chooser = Gui.dialog(robot, "practitionerDialog");
    // The one chosen last is preselected.
    assertThat(chooser.list("practitioner.list").selection())
        .singleElement()
        .asString()
        .contains("Dr Ada Lovelace");
    Gui.click(chooser.button("practitioner.ok"));
    DialogFixture pin = Gui.dialog(robot, "pinDialog");
    pin.textBox("pin.field").enterText("1111");
    pin.textBox("pin.field").pressAndReleaseKeys(KeyEvent.VK_ENTER);
    pin.label("pin.error").requireText("That PIN is wrong.");
    assertThat(answer).isNotDone();
    pin.textBox("pin.field").enterText("2468");
    pin.textBox("pin.field").pressAndReleaseKeys(KeyEvent.VK_ENTER);
    assertThat(answer.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).contains("Dr Ada Lovelace");
  }

  @Test
  void editProfileWritesTheNextRevisionOfTheCurrentProfile(Robot robot) throws Exception {
    Practitioner sam = store.add(Practitioner.named("x", "Sam Rivera"));
    store.choose(sam);
    store.add(Practitioner.named("x", "Alex Morgan").withRetired(true));
    CurrentPractitioner current = new CurrentPractitioner(store, meta, false);
    CompletableFuture<Void> edited = new CompletableFuture<>();
    SwingUtilities.invokeLater(
        () -> {
          current.ensure(null);
          current.editProfile(null);
          edited.complete(null);
        });
    DialogFixture profile = Gui.dialog(robot, "profileDialog");
    profile.textBox("profile.name").requireText("Sam Rivera");
    profile.textBox("profile.name").deleteText().enterText("Alex Morgan");
    profile
        .label("profile.name.error")
        .requireText("Another profile has, or had, this name; add an initial or a title");
    profile.button("profile.ok").requireDisabled();
    profile.textBox("profile.name").deleteText().enterText("Sam Rivera-Lee");
    profile.textBox("profile.qualifications").enterText("MPhty");
    profile.textBox("profile.pin").enterText("1234");
    profile.textBox("profile.pinAgain").enterText("1234");
    Gui.click(profile.button("profile.ok"));
    edited.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS);

    Practitioner revised = store.find(sam.id()).orElseThrow();
    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.name()).isEqualTo("Sam Rivera-Lee");
    assertThat(revised.qualifications()).isEqualTo("MPhty");
    assertThat(PinHasher.matches(revised.pin(), "1234".toCharArray())).isTrue();
    assertThat(execute(() -> current.current().orElseThrow())).isEqualTo(revised);
  }

  @Test
  void cancellingKeepsNothing(Robot robot) throws Exception {
    CompletableFuture<Optional<String>> answer = ensure();
    DialogFixture dialog = Gui.dialog(robot, "practitionerDialog");
    dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

    assertThat(answer.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).isEmpty();
    assertThat(meta.practitioner()).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  private static Practitioner.StoredPin pin(String digits) {
    return new PinHasher().hash(digits.toCharArray());
  }

  private CompletableFuture<Optional<String>> ensure() {
    CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
    CurrentPractitioner current = new CurrentPractitioner(store, meta, false);
    SwingUtilities.invokeLater(() -> answer.complete(current.ensure(null)));
    return answer;
  }
}
