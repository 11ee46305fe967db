package app.myomap.ui;

import app.myomap.atlas.Atlas;
import app.myomap.compare.TriggerPointMatcher;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import app.myomap.model.Visit;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.Retest;
import app.myomap.model.record.SigningState;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.Subjective;
import app.myomap.model.record.VisitRecord;
import app.myomap.session.OpenedVisit;
import app.myomap.session.PatientHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * Three weekly visits for the timeline and trend tests: a trapezius point charted at all three
 * (active, then latent), a levator point that resolves at the second visit, and an infraspinatus
 * point new at the third; three rows in the timeline. The first and third visits rate pain (now 7
 * and 3, worst 9 and 5); the first has a re-test after needling (4).
 */
final class HistoryFixtures {
  static final String AUTHOR = "Dr Lee";
  private static Atlas atlas;

  private HistoryFixtures() {}

  static synchronized Atlas atlas() {
    if (atlas == null) {
      atlas = Atlas.load(Atlas.CURRENT_VERSION);
    }
    return atlas;
  }

  static PatientHistory threeVisits() {
    Patient patient = Patient.create("Pat Trends", LocalDate.of(1970, 1, 2), "T-1");
    TriggerPoint trapezius =
        point("upper-trapezius", Side.RIGHT, 300, 300)
            .withTwitch(TwitchResponse.present(3))
            .withNeedled(true);
    TriggerPoint levator =
        point("levator-scapulae", Side.LEFT, 200, 280).withStatus(TriggerPointStatus.LATENT);
    TriggerPoint trapezius2 =
        trapezius
            .withPosition(304, 301)
            .withStatus(TriggerPointStatus.LATENT)
            .withTwitch(TwitchResponse.present(1))
            .withNeedled(false);
    TriggerPoint infraspinatus = point("infraspinatus", Side.RIGHT, 320, 420);
    return PatientHistory.of(
        patient,
        List.of(
            visit(
                patient,
                "2025-01-06T09:00:00Z",
                Chart.of(trapezius, levator),
                pain(7, 9),
                new Retest(OptionalInt.of(4), "", "")),
            visit(patient, "2025-01-13T09:00:00Z", Chart.of(copy(trapezius2))),
            visit(
                patient,
                "2025-01-20T09:00:00Z",
                Chart.of(copy(trapezius2.withTwitch(TwitchResponse.absent())), infraspinatus),
                pain(3, 5))),
        new TriggerPointMatcher());
  }

  private static TriggerPoint copy(TriggerPoint point) {
    return new TriggerPoint(
        MarkId.random(),
        point.view(),
        point.x(),
        point.y(),
        point.muscle(),
        point.side(),
        point.status(),
        point.criteria(),
        point.pressurePainThreshold(),
        point.needled(),
        point.examiner(),
        point.note(),
        point.twitch());
  }

  private static OpenedVisit visit(
      Patient patient, String start, Chart chart, RecordEntry... record) {
    Visit visit =
        new Visit(
            UUID.randomUUID().toString(),
            patient.id(),
            Instant.parse(start),
            Atlas.CURRENT_VERSION,
            AUTHOR);
    List<StoredEntry> entries = new ArrayList<>();
    for (RecordEntry entry : record) {
      entries.add(
          new StoredEntry(
              UUID.randomUUID().toString(), 1, entry, AUTHOR, visit.startedAt().plusSeconds(60)));
    }
    return new OpenedVisit(
        patient, visit, chart, atlas(), false, new VisitRecord(entries), SigningState.unsigned());
  }

  private static Subjective pain(int now, int worst) {
    return new Subjective("Neck pain", Set.of(), "", OptionalInt.of(now), OptionalInt.of(worst));
  }

  private static TriggerPoint point(String muscle, Side side, double x, double y) {
    return TriggerPoint.place(
        MarkId.random(), BodyView.POSTERIOR, x, y, new MuscleRef(muscle), side, AUTHOR);
  }
}
