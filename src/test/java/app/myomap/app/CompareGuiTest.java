package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * View › Compare Visits… (Ctrl+K) on a patient with three visits: the window opens on the latest
 * two, shows them side by side, laid over each other and as a difference map whose legend counts
 * the trigger points new, resolved, persisting and changed; choosing another earlier visit counts
 * again; Ctrl+2 switches both pictures' view and Esc closes the window.
 */
@GuiTest
class CompareGuiTest {
  @TempDir Path dir;

  /** The three visits' points, a day of the back each: A persists, B goes, C comes and changes. */
  private static final MuscleRef TRAPEZIUS = new MuscleRef("upper-trapezius");

  private static final MuscleRef INFRASPINATUS = new MuscleRef("infraspinatus");
  private static final MuscleRef LEVATOR = new MuscleRef("levator-scapulae");
  private static final MuscleRef RHOMBOID = new MuscleRef("rhomboid-major");

  @Test
  void comparingThreeVisitsCountsWhatIsNewResolvedAndPersisting(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    Patient patient = Patient.create("Casey Compare", LocalDate.of(1979, 3, 4), "MRN-77");
    Visit latest = writeVisits(db, patient, 3);
    MapSettings settings = new MapSettings();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, latest.id());
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.waitForAtlas();
    app.waitForEditor();

    app.shortcut(KeyEvent.VK_K);
    DialogFixture compare = Gui.dialog(robot, "compareWindow");
    // Second and third visit: A persists, B resolved, C changed (active to latent), D new.
    waitForCounts(compare, 1, 1, 1, 1);
    compare.comboBox("compare.later").requireSelection(0);
    compare.comboBox("compare.earlier").requireSelection(1);
    assertThat(text(compare, "compare.earlierPicture.title")).startsWith("Earlier: ");
    assertThat(text(compare, "compare.laterPicture.title")).startsWith("Later: ");
    compare.toggleButton("compare.view.posterior").requireSelected();

    // Zoom and pan in one picture move the other with it.
    javax.swing.JComponent earlierPicture =
        (javax.swing.JComponent) find(compare.target(), "compare.earlierPicture").orElseThrow();
    javax.swing.JComponent laterPicture =
        (javax.swing.JComponent) find(compare.target(), "compare.laterPicture").orElseThrow();
    String fitted = execute(() -> earlierPicture.getToolTipText());
    int control = org.assertj.swing.util.Platform.controlOrCommandMask();
    robot.pressAndReleaseKey(KeyEvent.VK_EQUALS, control);
    robot.pressAndReleaseKey(KeyEvent.VK_EQUALS, control);
    Gui.waitUntil(
        "both pictures to zoom in together",
        () ->
            !earlierPicture.getToolTipText().equals(fitted)
                && earlierPicture.getToolTipText().equals(laterPicture.getToolTipText()));
    java.awt.Point from = execute(() -> new java.awt.Point(earlierPicture.getWidth() / 2, 150));
    robot.pressMouse(earlierPicture, from, org.assertj.swing.core.MouseButton.LEFT_BUTTON);
    robot.moveMouse(earlierPicture, from.x, from.y + 100);
    robot.moveMouse(earlierPicture, from.x, from.y + 220);
    robot.releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
    app.screenshotOfScreen("compare-side-by-side");
    windowShot(robot, compare, "compare-side-by-side-window");

    JTabbedPane tabs = (JTabbedPane) compare.tabbedPane("compare.tabs").target();
    compare.tabbedPane("compare.tabs").selectTab(1);
    Gui.waitUntil("the overlay to show", () -> tabs.getSelectedIndex() == 1);
    compare.slider("compare.opacity").slideTo(35);
    app.screenshotOfScreen("compare-overlay");
    windowShot(robot, compare, "compare-overlay-window");

    compare.tabbedPane("compare.tabs").selectTab(2);
    Gui.waitUntil("the difference map to show", () -> tabs.getSelectedIndex() == 2);
    assertThat(text(compare, "compare.metric.active.earlier")).isEqualTo("3");
    assertThat(text(compare, "compare.metric.active.later")).isEqualTo("2");
    assertThat(text(compare, "compare.metric.latent.later")).isEqualTo("1");
    assertThat(text(compare, "compare.metric.painted.change"))
        .matches("[+-][0-9.]+ pp, (likely real|within measurement error)");
    assertThat(text(compare, "compare.metric.jaccard")).startsWith("Location agreement (Jaccard)");
    app.screenshotOfScreen("compare-difference");
    windowShot(robot, compare, "compare-difference-window");

    // The first visit instead of the second: A persists, B resolved, C and D new.
    compare.comboBox("compare.earlier").selectItem(2);
    waitForCounts(compare, 2, 1, 1, 0);

    // Every visit of the patient: a timeline row per trigger point, three points per trend.
    compare.tabbedPane("compare.tabs").selectTab(3);
    javax.swing.JTable timeline = compare.table("timeline.table").target();
    Gui.waitUntil("the timeline to list the points", () -> execute(timeline::getRowCount) >= 4);
    assertThat(execute(timeline::getColumnCount)).isEqualTo(3);
    compare.tabbedPane("compare.tabs").selectTab(4);
    app.myomap.ui.TrendsPanel trends =
        (app.myomap.ui.TrendsPanel)
            robot.finder().findByType(compare.target(), app.myomap.ui.TrendsPanel.class, true);
    Gui.waitUntil(
        "the trends to plot the three visits",
        () ->
            execute(
                () -> {
                  var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) trends.chart().getXYPlot();
                  var counts = plot.getSubplots().get(0).getDataset();
                  return counts.getSeriesCount() > 0 && counts.getItemCount(0) == 3;
                }));
    compare.tabbedPane("compare.tabs").selectTab(0);

    robot.pressAndReleaseKey(KeyEvent.VK_1, org.assertj.swing.util.Platform.controlOrCommandMask());
    Gui.waitUntil(
        "Ctrl+1 to show the front",
        () -> compare.toggleButton("compare.view.anterior").target().isSelected());

    robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE, 0);
    Gui.waitUntil("Esc to close the window", () -> !compare.target().isShowing());
    assertThat(settings.get(UiSettings.COMPARE_BOUNDS)).isNotEmpty();
  }

  @Test
  void aPatientWithOneVisitIsToldThereIsNothingToCompare(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    Patient patient = Patient.create("Sam Single", LocalDate.of(1990, 5, 6), "MRN-78");
    Visit only = writeVisits(db, patient, 1);
    MapSettings settings = new MapSettings();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, only.id());
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.waitForAtlas();
    app.waitForEditor();

    app.chooseMenu("menu.view", "menu.view.compare");
    DialogFixture compare = Gui.dialog(robot, "compareWindow");
    Gui.waitUntil(
        "the window to say there is nothing to compare",
        () -> text(compare, "compare.message").contains("fewer than two visits"));
    compare.comboBox("compare.earlier").requireDisabled();
    robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE, 0);
    Gui.waitUntil("Esc to close the window", () -> !compare.target().isShowing());
  }

  /** Saves a picture of the compare window alone beside the screen's, for the README. */
  private static void windowShot(Robot robot, DialogFixture window, String name) throws Exception {
    robot.waitForIdle();
    Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    java.nio.file.Files.createDirectories(folder);
    Path file = folder.resolve(name + ".png");
    java.nio.file.Files.deleteIfExists(file);
    new org.assertj.swing.image.ScreenshotTaker()
        .saveComponentAsPng(window.target(), file.toString());
  }

  static void waitForCounts(
      DialogFixture compare, int added, int resolved, int persisting, int changed) {
    String expected = added + "/" + resolved + "/" + persisting + "/" + changed;
    Gui.waitUntil(
        "the legend to count " + expected + " new/resolved/persisting/changed",
        () ->
            expected.equals(
                text(compare, "compare.count.new")
                    + "/"
                    + text(compare, "compare.count.resolved")
                    + "/"
                    + text(compare, "compare.count.persisting")
                    + "/"
                    + text(compare, "compare.count.changed")));
  }

  /** The text of the label named {@code name} in the window, or "" while there is none. */
  static String text(DialogFixture window, String name) {
    return execute(
        () ->
            find(window.target(), name)
                .filter(JLabel.class::isInstance)
                .map(c -> ((JLabel) c).getText())
                .orElse(""));
  }

  private static Optional<Component> find(Container in, String name) {
    for (Component c : in.getComponents()) {
      if (name.equals(c.getName())) {
        return Optional.of(c);
      }
      if (c instanceof Container inner) {
        Optional<Component> found = find(inner, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Writes three visits ten days apart on the back: the first with A, B (active) and zone Z1, the
   * second with A, B, C (active) and zones Z1 and Z2, the third with A, C (latent), D and zones Z2
   * and Z3. Writes the first {@code count} of them and returns the last one written.
   */
  static Visit writeVisits(Path db, Patient patient, int count) throws Exception {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    Instant first = Instant.now().minus(Duration.ofDays(21));
    TriggerPoint a = point(TRAPEZIUS, Side.RIGHT, 240, 172);
    TriggerPoint b = point(INFRASPINATUS, Side.RIGHT, 240, 222);
    TriggerPoint c = point(LEVATOR, Side.LEFT, 172, 166);
    TriggerPoint d = point(RHOMBOID, Side.LEFT, 185, 215);
    Mark z1 = zone(new Rectangle2D.Double(205, 255, 45, 45));
    Mark z2 = zone(new Rectangle2D.Double(225, 265, 45, 45));
    Mark z3 = zone(new Rectangle2D.Double(150, 320, 40, 35));
    Chart[] charts = {
      Chart.of(z1, a, b),
      Chart.of(z1, z2, a, b, c),
      Chart.of(z2, z3, a, c.withStatus(TriggerPointStatus.LATENT), d)
    };
    Visit visit = null;
    try (Database opened = Database.open(db)) {
      new PatientStore(opened, Clock.fixed(first, ZoneOffset.UTC)).create(patient, "Alex Morgan");
      new MetaStore(opened).setPractitioner("Alex Morgan");
      for (int i = 0; i < count; i++) {
        Clock at = Clock.fixed(first.plus(Duration.ofDays(10L * i)), ZoneOffset.UTC);
        visit = Visit.start(patient.id(), atlas.version(), "Alex Morgan", at);
        new VisitStore(opened, at).create(visit);
        new ChartStore(opened, at)
            .commit(
                visit.id(),
                ChartChange.between(Chart.empty(), fresh(charts[i]), "command.edit.triggerPoint"),
                "Alex Morgan");
      }
    }
    return visit;
  }

  /** The same marks with ids of their own: every visit's marks are its own records. */
  private static Chart fresh(Chart chart) {
    return new Chart(
        chart.marks().stream()
            .map(
                m ->
                    m instanceof TriggerPoint p
                        ? (Mark)
                            TriggerPoint.place(
                                    MarkId.random(),
                                    p.view(),
                                    p.x(),
                                    p.y(),
                                    p.muscle(),
                                    p.side(),
                                    "Alex Morgan")
                                .withStatus(p.status())
                        : zone(((ReferralZone) m).shape().bounds()))
            .toList());
  }

  private static TriggerPoint point(MuscleRef muscle, Side side, double x, double y) {
    return TriggerPoint.place(
        MarkId.random(), BodyView.POSTERIOR, x, y, muscle, side, "Alex Morgan");
  }

  private static Mark zone(Rectangle2D shape) {
    return new ReferralZone(
        MarkId.random(),
        BodyView.POSTERIOR,
        ZoneShape.of(shape).orElseThrow(),
        Optional.empty(),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.empty());
  }
}
