package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.atlas.Atlas;
import app.myomap.compare.ChartCounts;
import app.myomap.compare.PainExtent;
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
import app.myomap.model.TwitchPresence;
import app.myomap.model.TwitchResponse;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientHistoryTest {
  private static final String AUTHOR = "Dr Lee";

  @TempDir Path dir;
  private Database database;
  private Patient patient;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(dir.resolve("clinic.db"));
    patient = Patient.create("Pat History", LocalDate.of(1970, 1, 2), "H-1");
    new PatientStore(database).create(patient, AUTHOR);
  }

  @AfterEach
  void close() {
    database.close();
  }

  /**
   * Three weekly visits written in a shuffled order: the trapezius point persists (active, then
   * latent with fewer twitches), the levator point resolves at the second visit, and an
   * infraspinatus point is new at the third; the trapezius point of the third visit lies too far
   * from the second's to be the same and is a new row.
   */
  @Test
  void followsPointsAcrossVisitsAndCountsEachVisit() {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    TriggerPoint trapezius1 =
        point("upper-trapezius", Side.RIGHT, 300, 300)
            .withTwitch(TwitchResponse.present(3))
            .withNeedled(true);
    TriggerPoint levator1 =
        point("levator-scapulae", Side.LEFT, 200, 280).withStatus(TriggerPointStatus.LATENT);
    TriggerPoint trapezius2 =
        point("upper-trapezius", Side.RIGHT, 305, 302)
            .withStatus(TriggerPointStatus.LATENT)
            .withTwitch(TwitchResponse.present(1));
    TriggerPoint trapezius3 = point("upper-trapezius", Side.RIGHT, 360, 300);
    TriggerPoint infraspinatus3 =
        point("infraspinatus", Side.RIGHT, 320, 420).withTwitch(TwitchResponse.absent());

    Visit second = visit("2025-01-13T09:00:00Z", trapezius2, zone(300, 300, 40));
    Visit first = visit("2025-01-06T09:00:00Z", trapezius1, levator1, zone(300, 300, 60));
    Visit third = visit("2025-01-20T09:00:00Z", trapezius3, infraspinatus3);

    PatientHistory history = PatientHistory.load(new VisitRecords(database), patient);

    assertThat(history.visits())
        .extracting(v -> v.visit().id())
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(history.rows()).hasSize(4);

    TimelineRow trapezius = history.rows().get(0);
    assertThat(trapezius.muscle()).isEqualTo(new MuscleRef("upper-trapezius"));
    assertThat(trapezius.muscleName()).isEqualTo(atlas.muscles().require("upper-trapezius").name());
    assertThat(trapezius.side()).isEqualTo(Side.RIGHT);
    assertThat(trapezius.view()).isEqualTo(BodyView.POSTERIOR);
    assertThat(trapezius.cells().get(0))
        .isEqualTo(
            new TimelineCell(
                TimelineState.ACTIVE,
                Optional.of(trapezius1.id()),
                TwitchPresence.PRESENT,
                3,
                true));
    assertThat(trapezius.cells().get(1))
        .isEqualTo(
            new TimelineCell(
                TimelineState.LATENT,
                Optional.of(trapezius2.id()),
                TwitchPresence.PRESENT,
                1,
                false));
    assertThat(trapezius.cells().get(2)).isEqualTo(TimelineCell.RESOLVED);
    assertThat(trapezius.resolvedAt()).hasValue(2);

    TimelineRow levator = history.rows().get(1);
    assertThat(levator.muscle().id()).isEqualTo("levator-scapulae");
    assertThat(levator.side()).isEqualTo(Side.LEFT);
    assertThat(levator.cells())
        .extracting(TimelineCell::state)
        .containsExactly(TimelineState.LATENT, TimelineState.RESOLVED, TimelineState.ABSENT);
    assertThat(levator.resolvedAt()).hasValue(1);

    assertThat(history.rows().subList(2, 4))
        .extracting(r -> r.muscle().id(), r -> r.cells().get(2).mark().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("upper-trapezius", trapezius3.id()),
            org.assertj.core.groups.Tuple.tuple("infraspinatus", infraspinatus3.id()));
    for (TimelineRow added : history.rows().subList(2, 4)) {
      assertThat(added.firstVisit()).isEqualTo(2);
      assertThat(added.resolvedAt()).isEmpty();
      assertThat(added.cells().subList(0, 2)).containsOnly(TimelineCell.ABSENT);
    }

    assertThat(history.visits())
        .extracting(HistoryVisit::counts)
        .containsExactly(
            new ChartCounts(1, 1, 1, 3, 2, 2, 1),
            new ChartCounts(0, 1, 1, 1, 1, 1, 0),
            new ChartCounts(2, 0, 0, 0, 2, 2, 0));

    PainExtent trend = new PainExtent(PatientHistory.TREND_PX_PER_UNIT);
    PainExtent comparison = new PainExtent();
    ChartStore charts = new ChartStore(database);
    for (HistoryVisit visit : history.visits()) {
      Chart chart = charts.load(visit.visit().id());
      assertThat(visit.painExtent()).isEqualTo(trend.measure(chart, atlas).frontAndBack());
      assertThat(visit.painExtent().paintedPercent())
          .as("the comparison's figure, well within the smallest detectable change")
          .isCloseTo(
              comparison.measure(chart, atlas).frontAndBack().paintedPercent(), within(0.05));
    }
    double[] painted =
        history.visits().stream().mapToDouble(v -> v.painExtent().paintedPercent()).toArray();
    assertThat(painted[0]).isGreaterThan(painted[1]).isGreaterThan(0);
    assertThat(painted[2]).isZero();
    assertThat(history.visits().get(0).painExtent().silhouetteArea()).isPositive();
  }

  @Test
  void aPatientWithoutVisitsHasAnEmptyHistory() {
    PatientHistory history = PatientHistory.load(new VisitRecords(database), patient);
    assertThat(history.visits()).isEmpty();
    assertThat(history.rows()).isEmpty();
  }

  private Visit visit(String start, Mark... marks) {
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), Instant.parse(start), "v1", AUTHOR);
    new VisitStore(database).create(visit);
    new ChartStore(database)
        .commit(
            visit.id(),
            new ChartChange(new LinkedHashSet<>(List.of(marks)), Set.of(), "edit.addMarks"),
            AUTHOR);
    return visit;
  }

  private static TriggerPoint point(String muscle, Side side, double x, double y) {
    return TriggerPoint.place(
        MarkId.random(), BodyView.POSTERIOR, x, y, new MuscleRef(muscle), side, AUTHOR);
  }

  private static ReferralZone zone(double x, double y, double radius) {
    return new ReferralZone(
        MarkId.random(),
        BodyView.POSTERIOR,
        ZoneShape.of(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius))
            .orElseThrow(),
        Optional.empty(),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.empty());
  }
}
