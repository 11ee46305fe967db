package app.myomap.export;

import app.myomap.atlas.Atlas;
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
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.awt.geom.Rectangle2D;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Three visits of one patient ten days apart on the back, written through the stores, for the
 * comparison exports. The second has points A, B, C (active) and zones Z1, Z2; the third A
 * (persisting), C turned latent (changed), D (new) and zones Z2, Z3; B is resolved: compared, one
 * point of each fate. Point A has two twitches at both and is needled at the third.
 */
final class ComparedFixtures {
  static final String PATIENT = "Casey Compare";
  static final String RECORD_NUMBER = "MRN-77";
  static final String PRACTITIONER = "Alex Morgan";
  static final Instant FIRST = Instant.parse("2026-11-16T09:30:00Z");

  final Atlas atlas = Atlas.load("v1");
  final VisitRecords records;
  final Patient patient;

  /** The visits, oldest first. */
  final List<Visit> visits;

  ComparedFixtures(Database database) {
    records = new VisitRecords(database);
    records.remember(atlas);
    patient = Patient.create(PATIENT, LocalDate.of(1979, 3, 4), RECORD_NUMBER);
    new PatientStore(database).create(patient, PRACTITIONER);
    TriggerPoint a =
        point("upper-trapezius", Side.RIGHT, 240, 172).withTwitch(TwitchResponse.present(2));
    TriggerPoint b = point("infraspinatus", Side.RIGHT, 240, 222);
    TriggerPoint c = point("levator-scapulae", Side.LEFT, 172, 166);
    TriggerPoint d = point("rhomboids", Side.LEFT, 185, 215);
    Mark z1 = zone(new Rectangle2D.Double(205, 255, 45, 45));
    Mark z2 = zone(new Rectangle2D.Double(225, 265, 45, 45));
    Mark z3 = zone(new Rectangle2D.Double(150, 320, 40, 35));
    List<Chart> charts =
        List.of(
            Chart.of(z1, a, b),
            Chart.of(z1, z2, a, b, c),
            Chart.of(z2, z3, a.withNeedled(true), c.withStatus(TriggerPointStatus.LATENT), d));
    visits =
        List.of(
            write(database, FIRST, charts.get(0)),
            write(database, FIRST.plus(Duration.ofDays(10)), charts.get(1)),
            write(database, FIRST.plus(Duration.ofDays(20)), charts.get(2)));
  }

  /** Visit {@code index} (0 the oldest), opened as an export opens it. */
  OpenedVisit open(int index) {
    return records.open(patient, visits.get(index));
  }

  /** The comparison of visits {@code earlier} and {@code later}. */
  ComparedVisits compare(int earlier, int later) {
    return ComparedVisits.of(open(earlier), open(later), new VisitComparer());
  }

  /**
   * The comparison of visits {@code earlier} and {@code later} as if the earlier one had been
   * charted on another atlas version (the same drawings under another name).
   */
  ComparedVisits compareAcrossVersions(int earlier, int later) {
    Atlas other =
        Atlas.of(
            "v9",
            atlas.muscles(),
            atlas.landmarks(),
            atlas.views().stream().map(atlas::view).toList());
    OpenedVisit first = open(earlier);
    Visit relabelled =
        new Visit(
            first.visit().id(),
            first.visit().patientId(),
            first.visit().startedAt(),
            other.version(),
            first.visit().practitioner());
    return ComparedVisits.of(
        new OpenedVisit(first.patient(), relabelled, first.chart(), other),
        open(later),
        new VisitComparer());
  }

  private Visit write(Database database, Instant at, Chart chart) {
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), at, atlas.version(), PRACTITIONER);
    new VisitStore(database).create(visit);
    Set<Mark> marks = new HashSet<>();
    for (Mark mark : chart.marks()) {
      marks.add(fresh(mark));
    }
    new ChartStore(database)
        .commit(visit.id(), new ChartChange(marks, Set.of(), "edit.addMarks"), PRACTITIONER);
    return visit;
  }

  /** The same mark under an id of its own: every visit's marks are its own records. */
  private static Mark fresh(Mark mark) {
    if (mark instanceof TriggerPoint p) {
      return TriggerPoint.place(
              MarkId.random(), p.view(), p.x(), p.y(), p.muscle(), p.side(), PRACTITIONER)
          .withStatus(p.status())
          .withTwitch(p.twitch())
          .withNeedled(p.needled());
    }
    return zone(((ReferralZone) mark).shape().bounds());
  }

  private static TriggerPoint point(String muscle, Side side, double x, double y) {
    return TriggerPoint.place(
        MarkId.random(), BodyView.POSTERIOR, x, y, new MuscleRef(muscle), side, PRACTITIONER);
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
