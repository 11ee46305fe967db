package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.ScreeningDefaults;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.model.record.Screening;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.StoredEntry;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.RecordVerifier;
import app.myomap.store.VisitStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An absolute contraindication in the stored screening blocks needling until overridden. */
class ScreeningBlockTest {
  private static final String AUTHOR = "Dr Lee";

  @TempDir Path folder;

  private Database database;
  private ClinicalRecord record;
  private final ScreeningChecklist checklist = ScreeningDefaults.load();

  @BeforeEach
  void openVisit() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    Patient patient = Patient.create("Pat Example", LocalDate.of(1980, 5, 1), "P-2");
    new PatientStore(database, clock).create(patient, AUTHOR);
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), clock.instant(), "v1", AUTHOR);
    new VisitStore(database, clock).create(visit);
    record = new ClinicalRecord(database, clock, visit.id());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aPresentAbsoluteItemBlocksUntilOverriddenWithAStoredReason() {
    assertThat(record.needlingBlockers()).isEmpty();
    record.save(
        Optional.empty(),
        new Screening(
            List.of(
                answer("needle-phobia", true),
                answer("pregnancy", true),
                answer("local-infection", false))),
        AUTHOR);

    assertThat(record.needlingBlockers())
        .extracting(a -> a.item().id())
        .containsExactly("needle-phobia");

    StoredEntry stored =
        record
            .overrideScreening("Discussed at length; patient wants one needle", AUTHOR)
            .orElseThrow();

    assertThat(stored.version()).isEqualTo(2);
    assertThat(record.needlingBlockers()).isEmpty();
    Screening kept = record.read().record().single(Screening.class).orElseThrow();
    assertThat(kept.answer("needle-phobia").orElseThrow().overrideReason())
        .isEqualTo("Discussed at length; patient wants one needle");
    assertThat(record.overrideScreening("again", AUTHOR)).isEmpty();
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  private Screening.Answer answer(String id, boolean present) {
    return new Screening.Answer(checklist.item(id).orElseThrow(), present, "", "");
  }
}
