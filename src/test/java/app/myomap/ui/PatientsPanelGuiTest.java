package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;
import static org.assertj.swing.timing.Pause.pause;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListModel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the patients panel on a real SQLite file: create, search, open by keyboard, visits. */
@GuiTest
class PatientsPanelGuiTest {
  /** Half an hour ahead of UTC, so a visit's shown time proves the local zone was applied. */
  private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

  private static final String PRACTITIONER = "Dr Ada Lovelace";

  @TempDir Path dir;
  private Database database;
  private PatientStore patients;
  private VisitStore visits;
  private MetaStore meta;
  private PatientsPanel panel;
  private FrameFixture window;
  private final List<String> heard = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() throws Exception {
    execute(() -> Themes.install(false));
    database = Database.open(dir.resolve("clinic.db"));
    patients = new PatientStore(database);
    visits = new VisitStore(database);
    meta = new MetaStore(database);
    meta.setPractitioner(PRACTITIONER);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void createsTwoPatientsByTypingAndOpensEach(Robot robot) {
    show(robot);
    assertThat(hint("patients.list"))
        .isEqualTo("No patients yet. Create one with New patient\u2026");

    Gui.click(window.button("patients.new"));
    DialogFixture dialog = dialog(robot);
    dialog.textBox("patientDialog.name").enterText("Jane Citizen");
    dialog.textBox("patientDialog.dob").enterText("2999-01-01");
    assertThat(
            execute(
                () ->
                    dialog
                        .textBox("patientDialog.dob")
                        .target()
                        .getClientProperty("JComponent.outline")))
        .isEqualTo("error");
    dialog.button("patientDialog.ok").requireDisabled();
    dialog.textBox("patientDialog.dob").deleteText().enterText("1984-03-27");
    dialog.textBox("patientDialog.record").enterText("A-1001");
    dialog.button("patientDialog.ok").requireEnabled();
    // Confirmed with Enter (the dialog's default button); PatientDialogGuiTest clicks OK.
    dialog.textBox("patientDialog.record").pressAndReleaseKeys(KeyEvent.VK_ENTER);

    assertThat(heard).containsExactly("patient Jane Citizen");
    assertThat(names()).containsExactly("Jane Citizen");
    window.label("patients.openName").requireText("Jane Citizen");
    assertThat(hint("visits.list")).isEqualTo("No visits yet. Start one with New visit.");

    // The second one through the keyboard shortcut.
    window.textBox("patients.search").click();
    chord(robot, KeyEvent.VK_N, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    DialogFixture second = dialog(robot);
    second.textBox("patientDialog.name").enterText("John Smith");
    second.textBox("patientDialog.dob").enterText("1971-07-04");
    second
        .textBox("patientDialog.record")
        .enterText("B-2002")
        .pressAndReleaseKeys(KeyEvent.VK_ENTER);

    assertThat(heard).containsExactly("patient Jane Citizen", "patient John Smith");
    assertThat(names())
        .as("the newest patient first")
        .containsExactly("John Smith", "Jane Citizen");
    Patient stored = patients.search("smith", 5).get(0);
    assertThat(stored.dateOfBirth()).isEqualTo(LocalDate.of(1971, 7, 4));
    assertThat(stored.recordNumber()).isEqualTo("B-2002");
    assertThat(execute(() -> panel.openPatient().orElseThrow())).isEqualTo(stored);
  }

  @Test
  void searchingByPartOfANameOrByRecordNumberNarrowsTheList(Robot robot) {
    patient("Jane Citizen", "A-1001");
    patient("John Smith", "B-2002");
    patient("Janet Jones", "C-3003");
    show(robot);
    assertThat(names()).hasSize(3);

    window.textBox("patients.search").enterText("jan");
    awaitNames("Jane Citizen", "Janet Jones");

    window.textBox("patients.search").deleteText().enterText("2002");
    awaitNames("John Smith");

    window.textBox("patients.search").deleteText().enterText("zzz");
    awaitNames();
    assertThat(hint("patients.list")).isEqualTo("No patient matches \u201czzz\u201d");

    window.textBox("patients.search").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    window.textBox("patients.search").requireText("");
    assertThat(names()).hasSize(3);
  }

  @Test
  void typingDownAndEnterOpensAPatientAndTheirNewestVisit(Robot robot) {
    patient("Jane Citizen", "A-1001");
    Patient john = patient("John Smith", "B-2002");
    visit(john, "2024-05-01T09:00:00Z");
    Visit newest = visit(john, "2025-02-03T10:15:00Z");
    visit(john, "2023-11-20T14:30:00Z");
    show(robot);

    window.list("visits.list").focus();
    chord(robot, KeyEvent.VK_F, KeyEvent.VK_CONTROL);
    window.textBox("patients.search").requireFocused();
    robot.enterText("smi");
    robot.pressAndReleaseKey(KeyEvent.VK_DOWN, 0);
    window.list("patients.list").requireFocused();
    assertThat(names()).containsExactly("John Smith");
    robot.pressAndReleaseKey(KeyEvent.VK_ENTER, 0);

    assertThat(heard).containsExactly("patient John Smith", "visit " + newest.startedAt());
    assertThat(execute(() -> panel.openVisit().orElseThrow())).isEqualTo(newest);
    window.list("visits.list").requireSelection(0);
    assertThat(visitTimes()).hasSize(3).first().isEqualTo(shown(newest.startedAt()));
    assertThat(patients.search("", 5).get(0)).as("opened moves up the recent list").isEqualTo(john);

    // Up from the top of the list goes back to the search field; Ctrl+F finds it too.
    window.list("patients.list").focus();
    robot.pressAndReleaseKey(KeyEvent.VK_UP, 0);
    window.textBox("patients.search").requireFocused();
    window.list("visits.list").focus();
    chord(robot, KeyEvent.VK_F, KeyEvent.VK_CONTROL);
    window.textBox("patients.search").requireFocused();
  }

  @Test
  void newVisitGoesOnTopInTheLocalZoneAndTheListenerHearsIt(Robot robot) {
    Patient jane = patient("Jane Citizen", "A-1001");
    Visit earlier = visit(jane, "2024-05-01T09:00:00Z");
    show(robot);
    window.button("visits.new").requireDisabled();
    window.list("patients.list").clickItem(0);
    assertThat(heard).containsExactly("patient Jane Citizen", "visit " + earlier.startedAt());
    heard.clear();

    Instant before = Instant.now();
    window.button("visits.new").requireEnabled().click();

    List<Visit> stored = visits.listByPatient(jane.id());
    assertThat(stored).hasSize(2);
    Visit created = stored.get(0);
    assertThat(created.startedAt()).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.MILLIS));
    assertThat(created.practitioner()).isEqualTo(PRACTITIONER);
    assertThat(created.atlasVersion()).isEqualTo(Atlas.CURRENT_VERSION);
    assertThat(heard).containsExactly("visit " + created.startedAt());
    window.list("visits.list").requireSelection(0);
    assertThat(visitTimes())
        .containsExactly(shown(created.startedAt()), shown(earlier.startedAt()));
    assertThat(visitTimes().get(1)).isEqualTo(expectedLocal(2024, 5, 1, 14, 30));

    // Choosing the older visit tells the listener too.
    window.list("visits.list").clickItem(1);
    assertThat(heard)
        .containsExactly("visit " + created.startedAt(), "visit " + earlier.startedAt());
    assertThat(execute(() -> panel.openVisit().orElseThrow())).isEqualTo(earlier);
  }

  @Test
  void reopeningSelectsTheRememberedVisit(Robot robot) {
    Patient jane = patient("Jane Citizen", "A-1001");
    visit(jane, "2023-11-20T14:30:00Z");
    Visit remembered = visit(jane, "2024-05-01T09:00:00Z");
    Visit newest = visit(jane, "2025-02-03T10:15:00Z");
    show(robot);

    execute(() -> panel.reopen(jane.id(), remembered.id()));

    assertThat(heard).containsExactly("patient Jane Citizen", "visit " + remembered.startedAt());
    window.list("visits.list").requireSelection(1);
    assertThat(execute(() -> panel.openVisit().orElseThrow())).isEqualTo(remembered);
    window.list("patients.list").requireSelection(0);
    window.label("patients.openName").requireText("Jane Citizen");

    // A visit that is gone falls back to the newest; an unknown patient opens nothing.
    heard.clear();
    execute(() -> panel.reopen(jane.id(), "00000000-0000-4000-8000-000000000000"));
    assertThat(heard).containsExactly("patient Jane Citizen", "visit " + newest.startedAt());
    heard.clear();
    execute(() -> panel.reopen("00000000-0000-4000-8000-000000000001", null));
    assertThat(heard).isEmpty();
  }

  @Test
  void editingTheOpenPatientUpdatesTheListAndTheHeader(Robot robot) {
    Patient john = patient("John Smith", "B-2002");
    show(robot);
    window.list("patients.list").clickItem(0);
    Gui.click(window.button("patients.edit"));
    DialogFixture dialog = dialog(robot);
    dialog
        .textBox("patientDialog.name")
        .requireText("John Smith")
        .deleteText()
        .enterText("John A. Smith");
    dialog.textBox("patientDialog.name").pressAndReleaseKeys(KeyEvent.VK_ENTER);

    assertThat(names()).containsExactly("John A. Smith");
    window.label("patients.openName").requireText("John A. Smith");
    assertThat(patients.get(john.id()).orElseThrow().name()).isEqualTo("John A. Smith");
    assertThat(patients.history(john.id())).hasSize(2);
    assertThat(heard).containsExactly("patient John Smith", "edited John A. Smith");
  }

  private void show(Robot robot) {
    JFrame frame =
        execute(
            () -> {
              panel =
                  new PatientsPanel(
                      patients,
                      new app.myomap.store.PatientMergeStore(database),
                      visits,
                      new app.myomap.session.FollowUpVisits(
                          visits, new app.myomap.store.ChartStore(database), Clock.system(ZONE)),
                      meta,
                      Clock.system(ZONE));
              panel.addListener(
                  new PatientsPanel.Listener() {
                    @Override
                    public void onPatientOpened(Patient patient) {
                      heard.add("patient " + patient.name());
                    }

                    @Override
                    public void onVisitOpened(Patient patient, Visit visit) {
                      heard.add("visit " + visit.startedAt());
                    }

                    @Override
                    public void onPatientEdited(Patient patient) {
                      heard.add("edited " + patient.name());
                    }
                  });
              JFrame f = new JFrame("Patients");
              f.getContentPane().add(panel, BorderLayout.WEST);
              f.getContentPane().add(new JPanel(), BorderLayout.CENTER);
              return f;
            });
    window = new FrameFixture(robot, frame);
    window.show(new Dimension(720, 680));
  }

  /** Presses {@code key} while holding the {@code held} keys, as a user's fingers would. */
  private static void chord(Robot robot, int key, int... held) {
    for (int modifier : held) {
      robot.pressKey(modifier);
    }
    robot.pressAndReleaseKey(key);
    for (int i = held.length - 1; i >= 0; i--) {
      robot.releaseKey(held[i]);
    }
  }

  private Patient patient(String name, String record) {
    Patient patient = Patient.create(name, LocalDate.of(1980, 1, 15), record);
    patients.create(patient, PRACTITIONER);
    return patient;
  }

  private Visit visit(Patient patient, String startedAt) {
    Visit visit =
        new Visit(
            UUID.randomUUID().toString(),
            patient.id(),
            Instant.parse(startedAt),
            "v1",
            PRACTITIONER);
    visits.create(visit);
    return visit;
  }

  private DialogFixture dialog(Robot robot) {
    return Gui.dialog(robot, "patientDialog");
  }

  private List<String> names() {
    JList<?> list = window.list("patients.list").target();
    return execute(
        () -> {
          List<String> names = new ArrayList<>();
          ListModel<?> model = list.getModel();
          for (int i = 0; i < model.getSize(); i++) {
            names.add(((Patient) model.getElementAt(i)).name());
          }
          return names;
        });
  }

  private void awaitNames(String... expected) {
    pause(
        new Condition("the patient list to show " + List.of(expected)) {
          @Override
          public boolean test() {
            return names().equals(List.of(expected));
          }
        },
        Timeout.timeout(5_000));
  }

  /** The visit times as the visit list's renderer shows them. */
  @SuppressWarnings("unchecked")
  private List<String> visitTimes() {
    JList<Visit> list = (JList<Visit>) window.list("visits.list").target();
    return execute(
        () -> {
          TwoLineCell<Visit> cell = (TwoLineCell<Visit>) list.getCellRenderer();
          List<String> times = new ArrayList<>();
          for (int i = 0; i < list.getModel().getSize(); i++) {
            times.add(cell.mainLine(list.getModel().getElementAt(i)));
          }
          return times;
        });
  }

  private String hint(String listName) {
    HintedList<?> list = (HintedList<?>) window.list(listName).target();
    return execute(list::hint);
  }

  private static String shown(Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .format(instant.atZone(ZONE));
  }

  private static String expectedLocal(int year, int month, int day, int hour, int minute) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .format(LocalDateTime.of(year, month, day, hour, minute));
  }
}
