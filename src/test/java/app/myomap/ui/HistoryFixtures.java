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
import app.myomap.session.OpenedVisit;
import app.myomap.session.PatientHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Three weekly visits for the timeline and trend tests: a trapezius point charted at all three
 * (active, then latent), a levator point that resolves at the second visit, and an infraspinatus
 * point new at the third; three rows in the timeline.
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
            visit(patient, "2025-01-06T09:00:00Z", Chart.of(trapezius, levator)),
            visit(patient, "2025-01-13T09:00:00Z", Chart.of(copy(trapezius2))),
            visit(
                patient,
                "2025-01-20T09:00:00Z",
                Chart.of(copy(trapezius2.withTwitch(TwitchResponse.absent())), infraspinatus))),
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

  private static OpenedVisit visit(Patient patient, String start, Chart chart) {
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), Instant.parse(start), "v1", AUTHOR);
    return new OpenedVisit(patient, visit, chart, atlas());
  }

  private static TriggerPoint point(String muscle, Side side, double x, double y) {
    return TriggerPoint.place(
        MarkId.random(), BodyView.POSTERIOR, x, y, new MuscleRef(muscle), side, AUTHOR);
  }
}
