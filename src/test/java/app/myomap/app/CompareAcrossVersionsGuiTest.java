package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.WarpedAtlasFixture;
import app.myomap.compare.VisitComparer;
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
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.session.ComparedVisits;
import app.myomap.session.PatientHistory;
import app.myomap.session.VisitRecords;
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
import java.awt.event.KeyEvent;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient seen first on atlas v1 and then on a later version (the bent test atlas, v1 with every
 * coordinate moved by a known smooth bend), the same findings charted where the anatomy is on each:
 * Compare lays the earlier visit over the later one's drawing, where the anatomy is, and gives
 * their location agreement; the trigger points pair by place, as on one version.
 */
@GuiTest
class CompareAcrossVersionsGuiTest {
  private static final String LATER_VERSION = WarpedAtlasFixture.VERSION;
  private static final String PRACTITIONER = "Alex Morgan";

  @TempDir Path dir;

  @Test
  void aV1VisitIsLaidOverALaterVersionsVisitWhereTheAnatomyIs(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    Patient patient = Patient.create("Vera Versions", LocalDate.of(1981, 7, 9), "MRN-90");
    Atlas v1 = Atlas.load("v1");
    Rectangle2D box = v1.view(BodyView.POSTERIOR).viewBox();
    Point2D acromion = v1.landmarks().point(BodyView.POSTERIOR, "acromion.R");
    Point2D trapezius = new Point2D.Double(acromion.getX() - 30, acromion.getY() - 2);
    Point2D infraspinatus = new Point2D.Double(240, 222);
    Rectangle2D painted = new Rectangle2D.Double(205, 255, 45, 45);
    Chart earlier =
        Chart.of(
            point("upper-trapezius", trapezius),
            point("infraspinatus", infraspinatus),
            zone(painted));
    // A second infraspinatus point, lower down and first in chart order: a new point that pairing
    // by muscle and side alone would take for the earlier one.
    TriggerPoint lowerInfraspinatus =
        point("infraspinatus", WarpedAtlasFixture.bend(box, infraspinatus.getX(), 262));
    TriggerPoint sameInfraspinatus =
        point(
            "infraspinatus",
            WarpedAtlasFixture.bend(box, infraspinatus.getX(), infraspinatus.getY()));
    Chart later =
        Chart.of(
            lowerInfraspinatus,
            point(
                "upper-trapezius",
                WarpedAtlasFixture.bend(box, trapezius.getX(), trapezius.getY())),
            sameInfraspinatus,
            zone(bent(box, painted)));
    List<Visit> visits = write(db, patient, List.of("v1", LATER_VERSION), List.of(earlier, later));

    // The session below the window: the earlier marks are drawn where the anatomy is on the later
    // version, and the areas agree.
    try (Database opened = Database.open(db)) {
      VisitRecords records = new VisitRecords(opened);
      ComparedVisits compared =
          ComparedVisits.of(
              records.open(patient, visits.get(0)),
              records.open(patient, visits.get(1)),
              new VisitComparer());
      Atlas laterAtlas = compared.later().atlas();
      assertThat(laterAtlas.version()).isEqualTo(LATER_VERSION);
      assertThat(compared.earlier().atlas().version()).isEqualTo("v1");
      assertThat(compared.laidOver()).isTrue();
      for (TriggerPoint carried : compared.earlierOnLater().triggerPoints()) {
        TriggerPoint partner =
            compared.later().chart().triggerPoints().stream()
                .filter(p -> p.muscle().equals(carried.muscle()))
                .min(
                    java.util.Comparator.comparingDouble(
                        p -> p.position().distance(carried.position())))
                .orElseThrow();
        assertThat(carried.position().distance(partner.position()))
            .as(carried.muscle().id())
            .isLessThan(2);
        assertThat(laterAtlas.regions().at(BodyView.POSTERIOR, carried.position()))
            .as("the carried %s lies on its muscle on the later drawing", carried.muscle().id())
            .anySatisfy(r -> assertThat(r.muscleId()).isEqualTo(carried.muscle().id()));
      }
      assertThat(compared.comparison().locationAgreement().orElseThrow().overall())
          .isGreaterThan(0.9);
      assertThat(compared.comparison().points().persisting())
          .extracting(m -> m.later().id())
          .contains(sameInfraspinatus.id())
          .hasSize(2);
      assertThat(compared.comparison().points().added())
          .extracting(TriggerPoint::id)
          .containsExactly(lowerInfraspinatus.id());
      assertThat(compared.difference(BodyView.POSTERIOR)).isPresent();

      // The timeline follows each point across the versions by place too.
      PatientHistory history = PatientHistory.load(records, patient);
      assertThat(history.rows()).hasSize(3);
      assertThat(history.rows())
          .filteredOn(row -> row.firstVisit() == 0 && row.muscle().id().equals("infraspinatus"))
          .singleElement()
          .satisfies(row -> assertThat(row.cells().get(1).mark()).contains(sameInfraspinatus.id()));
    }

    MapSettings settings = new MapSettings();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, visits.get(1).id());
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.waitForAtlas();
    app.waitForEditor();

    app.shortcut(KeyEvent.VK_K);
    DialogFixture compare = Gui.dialog(robot, "compareWindow");
    CompareGuiTest.waitForCounts(compare, 1, 0, 2, 0);
    Gui.waitUntil(
        "the agreement of the painted areas",
        () ->
            CompareGuiTest.text(compare, "compare.metric.jaccard")
                .matches(".*: 0[.,]9[0-9]|.*: 1[.,]00"));
    JTabbedPane tabs = (JTabbedPane) compare.tabbedPane("compare.tabs").target();
    assertThat(execute(() -> tabs.isEnabledAt(1))).as("the overlay").isTrue();
    assertThat(execute(() -> tabs.isEnabledAt(2))).as("the difference map").isTrue();
    assertThat(CompareGuiTest.text(compare, "compare.status"))
        .contains("v1")
        .contains(LATER_VERSION)
        .contains("carried onto");
    compare.tabbedPane("compare.tabs").selectTab(1);
    Gui.waitUntil("the overlay to show", () -> execute(tabs::getSelectedIndex) == 1);
    app.screenshotOfScreen("compare-overlay-across-versions");
    robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE, 0);
    Gui.waitUntil("Esc to close the window", () -> !compare.target().isShowing());
  }

  private static List<Visit> write(
      Path db, Patient patient, List<String> versions, List<Chart> charts) throws Exception {
    Instant first = Instant.now().minus(Duration.ofDays(21));
    List<Visit> written = new java.util.ArrayList<>();
    try (Database opened = Database.open(db)) {
      new PatientStore(opened, Clock.fixed(first, ZoneOffset.UTC)).create(patient, PRACTITIONER);
      new MetaStore(opened).setPractitioner(PRACTITIONER);
      for (int i = 0; i < charts.size(); i++) {
        Clock at = Clock.fixed(first.plus(Duration.ofDays(10L * i)), ZoneOffset.UTC);
        Visit visit = Visit.start(patient.id(), versions.get(i), PRACTITIONER, at);
        new VisitStore(opened, at).create(visit);
        new ChartStore(opened, at)
            .commit(
                visit.id(),
                ChartChange.between(Chart.empty(), charts.get(i), "command.edit.triggerPoint"),
                PRACTITIONER);
        written.add(visit);
      }
    }
    return written;
  }

  private static Path2D.Double bent(Rectangle2D box, Rectangle2D shape) {
    Path2D.Double out = new Path2D.Double();
    int steps = 40;
    for (int i = 0; i < 4 * steps; i++) {
      int side = i / steps;
      double f = (double) (i % steps) / steps;
      double x =
          switch (side) {
            case 0 -> shape.getMinX() + f * shape.getWidth();
            case 1 -> shape.getMaxX();
            case 2 -> shape.getMaxX() - f * shape.getWidth();
            default -> shape.getMinX();
          };
      double y =
          switch (side) {
            case 0 -> shape.getMinY();
            case 1 -> shape.getMinY() + f * shape.getHeight();
            case 2 -> shape.getMaxY();
            default -> shape.getMaxY() - f * shape.getHeight();
          };
      Point2D.Double p = WarpedAtlasFixture.bend(box, x, y);
      if (i == 0) {
        out.moveTo(p.x, p.y);
      } else {
        out.lineTo(p.x, p.y);
      }
    }
    out.closePath();
    return out;
  }

  private static TriggerPoint point(String muscle, Point2D at) {
    return TriggerPoint.place(
        MarkId.random(),
        BodyView.POSTERIOR,
        at.getX(),
        at.getY(),
        new MuscleRef(muscle),
        Side.RIGHT,
        PRACTITIONER);
  }

  private static Mark zone(java.awt.Shape shape) {
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
