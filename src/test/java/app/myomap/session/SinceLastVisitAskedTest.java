package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.record.SinceLastVisit;
import app.myomap.model.record.VisitRecord;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A visit after one that included needling asks how the patient fared since, until answered. */
class SinceLastVisitAskedTest {
  private static final String AUTHOR = "Alex Chen";
  private static final Instant FIRST = Instant.parse("2026-11-30T09:00:00Z");

  @TempDir Path folder;

  private Database database;
  private Clock clock;
  private Patient patient;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    clock = Clock.fixed(FIRST.plus(Duration.ofDays(7)), ZoneOffset.UTC);
    patient = Patient.create("Pat Example", LocalDate.of(1970, 1, 1), "P-1");
    new PatientStore(database, clock).create(patient, AUTHOR);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private String visit(Instant start, boolean needled) {
    Visit visit = new Visit(UUID.randomUUID().toString(), patient.id(), start, "v1", AUTHOR);
    new VisitStore(database, clock).create(visit);
    TriggerPoint point =
        TriggerPoint.place(
                MarkId.random(),
                BodyView.POSTERIOR,
                300,
                200,
                new MuscleRef("upper-trapezius"),
                Side.RIGHT,
                AUTHOR)
            .withNeedled(needled);
    new ChartStore(database, clock)
        .commit(visit.id(), ChartChange.between(Chart.empty(), Chart.of(point), "add"), AUTHOR);
    return visit.id();
  }

  private static boolean asks(ClinicalRecord.State state) {
    return state.unfinished(Chart.empty()).stream()
        .anyMatch(g -> g.kind() == VisitRecord.Gap.Kind.SINCE_LAST_NEEDLING_NOT_ASKED);
  }

  @Test
  void aVisitAfterNeedlingAsksUntilTheAnswerIsRecorded() {
    String needledVisit = visit(FIRST, true);
    String today = visit(FIRST.plus(Duration.ofDays(7)), false);
    ClinicalRecord record = new ClinicalRecord(database, clock, today);

    ClinicalRecord.State before = record.read();
    assertThat(before.needledBefore()).map(Visit::id).contains(needledVisit);
    assertThat(asks(before)).isTrue();

    record.save(
        Optional.empty(),
        new SinceLastVisit(true, OptionalInt.of(30), OptionalInt.of(3), ""),
        AUTHOR);

    assertThat(asks(record.read())).isFalse();
  }

  @Test
  void onlyTheVisitJustBeforeCountsAndOnlyIfNeedlesWentIn() {
    visit(FIRST, true);
    String unneedled = visit(FIRST.plus(Duration.ofDays(3)), false);
    String today = visit(FIRST.plus(Duration.ofDays(7)), false);

    assertThat(new ClinicalRecord(database, clock, today).read().needledBefore()).isEmpty();
    assertThat(asks(new ClinicalRecord(database, clock, today).read())).isFalse();
    assertThat(new ClinicalRecord(database, clock, unneedled).read().needledBefore()).isPresent();
  }

  @Test
  void aFirstVisitAsksNothing() {
    String first = visit(FIRST, true);

    assertThat(new ClinicalRecord(database, clock, first).read().needledBefore()).isEmpty();
  }
}
