package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows the panel and its dialogs with realistic data in both themes, saves screenshots to look at
 * (under {@code <build dir>/screenshots/}) and checks that no label or button text is cut off.
 */
@GuiTest
class PatientsPanelLookGuiTest {
  private static final Path SHOTS =
      Path.of(System.getProperty("build.dir", "target"), "screenshots");

  @TempDir Path dir;
  private Database database;
  private PatientStore patients;
  private VisitStore visits;
  private MetaStore meta;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(dir.resolve("clinic.db"));
    patients = new PatientStore(database);
    visits = new VisitStore(database);
    meta = new MetaStore(database);
    meta.setPractitioner("Dr Ada Lovelace");
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void close() {
    execute(() -> Themes.install(false));
    database.close();
  }

  @Test
  void thePanelShowsEveryTextInFullInBothThemes(Robot robot) throws Exception {
    Patient open = seed();
    for (boolean dark : new boolean[] {false, true}) {
      execute(() -> Themes.install(dark));
      PatientsPanel panel =
          execute(
              () ->
                  new PatientsPanel(
                      patients,
                      new app.myomap.store.PatientMergeStore(database),
                      visits,
                      new app.myomap.session.FollowUpVisits(
                          visits,
                          new app.myomap.store.ChartStore(database),
                          Clock.systemDefaultZone()),
                      meta,
                      Clock.systemDefaultZone()));
      FrameFixture window = show(robot, panel);
      execute(() -> panel.reopen(open.id(), null));
      robot.waitForIdle();

      Path shot = SHOTS.resolve(dark ? "patients-panel-dark.png" : "patients-panel-light.png");
      save(panel, shot);
      assertThat(clipped(panel)).isEmpty();
      BufferedImage image = ImageIO.read(shot.toFile());
      assertThat(image.getWidth()).isEqualTo(execute(panel::getWidth));
      assertThat(distinctColours(image)).as("a drawn panel, not a blank one").isGreaterThan(20);
      window.cleanUp();
    }
  }

  @Test
  void theDialogsShowEveryTextInFull(Robot robot) throws Exception {
    execute(() -> Themes.install(false));
    SwingUtilities.invokeLater(() -> PatientDialog.create(null));
    DialogFixture patient = find(robot, "patientDialog");
    patient.textBox("patientDialog.name").enterText("Jane Citizen");
    patient.textBox("patientDialog.dob").enterText("2999-01-01");
    patient.textBox("patientDialog.record").enterText("A-1001");
    assertThat(clipped(patient.target())).isEmpty();
    save(patient.target(), SHOTS.resolve("patient-dialog-error.png"));
    patient.close();

    SwingUtilities.invokeLater(
        () ->
            PractitionerDialog.ask(
                null,
                java.util.List.of(
                    new app.myomap.model.Practitioner(
                        "a",
                        1,
                        "Dr Ada Lovelace",
                        "Physiotherapist",
                        "BPhty (Hons)",
                        "PHY0001234567",
                        "",
                        null,
                        null,
                        false),
                    app.myomap.model.Practitioner.named("b", "Sam Rivera")),
                null,
                owner -> java.util.Optional.empty()));
    DialogFixture practitioner = find(robot, "practitionerDialog");
    assertThat(clipped(practitioner.target())).isEmpty();
    save(practitioner.target(), SHOTS.resolve("practitioner-dialog.png"));
    practitioner.close();
  }

  private Patient seed() {
    String[][] people = {
      {"Margaret Okonkwo-Williams", "1956-02-11", "MRN-004512"},
      {"Tomás Fernández", "1988-09-30", "MRN-004513"},
      {"Li Wei", "1979-12-02", ""},
      {"Aroha Ngata", "2001-05-17", "MRN-004600"},
      {"Jane Citizen", "1984-03-27", "A-1001"},
      {"John Smith", "1971-07-04", "B-2002"},
      {"Priya Raman", "1993-11-21", "C-3003"},
    };
    List<Patient> created = new ArrayList<>();
    for (String[] p : people) {
      Patient patient = Patient.create(p[0], LocalDate.parse(p[1]), p[2]);
      patients.create(patient, "Dr Ada Lovelace");
      created.add(patient);
    }
    Patient open = created.get(0);
    String[] starts = {
      "2024-03-04T22:15:00Z", "2024-06-12T01:40:00Z", "2024-11-28T03:05:00Z", "2025-02-03T23:30:00Z"
    };
    for (String start : starts) {
      visits.create(
          new Visit(
              UUID.randomUUID().toString(),
              open.id(),
              Instant.parse(start),
              "v1",
              start.startsWith("2024-06") ? "Sam Taylor, PT" : "Dr Ada Lovelace"));
    }
    patients.markOpened(created.get(4).id(), Instant.parse("2025-01-01T00:00:00Z"));
    return open;
  }

  private static FrameFixture show(Robot robot, PatientsPanel panel) {
    JFrame frame =
        execute(
            () -> {
              JFrame f = new JFrame("MyoMap");
              JPanel canvas = new JPanel();
              canvas.setBackground(UIManager.getColor("MyoMap.canvasBackground"));
              f.getContentPane().add(panel, BorderLayout.WEST);
              f.getContentPane().add(canvas, BorderLayout.CENTER);
              return f;
            });
    FrameFixture window = new FrameFixture(robot, frame);
    window.show(new Dimension(900, 720));
    return window;
  }

  private static DialogFixture find(Robot robot, String name) {
    return Gui.dialog(robot, name);
  }

  private static void save(Component component, Path file) throws Exception {
    Files.deleteIfExists(file);
    new ScreenshotTaker().saveComponentAsPng(component, file.toString());
  }

  /** The labels and buttons whose text does not fit their width, by their text. */
  private static List<String> clipped(Container root) {
    return execute(
        () -> {
          List<String> cut = new ArrayList<>();
          collectClipped(root, cut);
          return cut;
        });
  }

  private static void collectClipped(Container container, List<String> cut) {
    for (Component child : container.getComponents()) {
      String text =
          child instanceof JLabel label
              ? label.getText()
              : child instanceof AbstractButton button ? button.getText() : null;
      if (text != null
          && !text.isBlank()
          && child.isShowing()
          && child.getPreferredSize().width > child.getWidth()) {
        cut.add(text);
      }
      if (child instanceof Container inner) {
        collectClipped(inner, cut);
      }
    }
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
