package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.PatientMerge;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.record.CorrectionStatement;
import app.myomap.model.record.Retest;
import app.myomap.session.FollowUpVisits;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient's correction statements (APP 13) attached to visits, and two records of the same person
 * merged, as the store keeps them: append-only, chained, verified.
 */
class CorrectionsAndMergesTest {
  private static final Instant START = Instant.parse("2026-12-01T09:30:00.125Z");
  private static final String AUTHOR = "Alex Chen";

  @TempDir Path folder;

  private Database database;
  private TickingClock clock;
  private PatientStore patients;
  private PatientMergeStore merges;
  private VisitStore visits;
  private ChartStore charts;
  private CorrectionStore corrections;

  @BeforeEach
  void openDatabase() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    clock = new TickingClock(START);
    patients = new PatientStore(database, clock);
    merges = new PatientMergeStore(database, clock);
    visits = new VisitStore(database, clock);
    charts = new ChartStore(database, clock);
    corrections = new CorrectionStore(database, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aStatementAttachesToASignedVisitAndTravelsWithIt() {
    Patient patient = patient("Pat Example", "P-1");
    String visitId = visitWithPoint(patient, START).id();
    new RecordStore(database, clock).add(visitId, retest(), AUTHOR);
    new SignatureStore(database, clock).sign(visitId, AUTHOR);

    CorrectionStatement first =
        corrections.attach(
            visitId,
            "  I said the pain started in March, not May.  ",
            LocalDate.of(2026, 12, 1),
            "Declined: the intake form signed by the patient says May.",
            AUTHOR);
    CorrectionStatement second =
        corrections.attach(
            visitId, "The left side, not the right.", LocalDate.of(2026, 12, 1), "", AUTHOR);

    assertThat(first.n()).isEqualTo(1);
    assertThat(first.statement()).isEqualTo("I said the pain started in March, not May.");
    assertThat(second.response()).isEmpty();
    assertThat(corrections.of(visitId)).containsExactly(first, second);
    // The signed content is untouched: the signature still matches, and the chain verifies.
    assertThat(new SignatureStore(database, clock).unmatched()).isEmpty();
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void statementsCannotBeChangedOrRemovedAndBadOnesAreRefused() {
    String visitId = visitWithPoint(patient("Pat Example", "P-1"), START).id();
    corrections.attach(visitId, "Wrong date of birth.", LocalDate.of(2026, 11, 30), null, AUTHOR);

    assertThatThrownBy(() -> sqlite("UPDATE correction_statements SET statement = 'x'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> sqlite("DELETE FROM correction_statements"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> corrections.attach(visitId, "   ", LocalDate.of(2026, 11, 30), null, AUTHOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> corrections.attach(visitId, "Later", LocalDate.of(2027, 1, 5), null, AUTHOR))
        .hasMessageContaining("future");
    assertThatThrownBy(
            () ->
                corrections.attach(
                    UUID.randomUUID().toString(), "x", LocalDate.of(2026, 11, 30), null, AUTHOR))
        .hasMessageContaining("No visit");
    assertThat(corrections.of(visitId)).hasSize(1);
  }

  @Test
  void aStatementRewrittenInTheFileIsNamedByVerify() {
    String visitId = visitWithPoint(patient("Pat Example", "P-1"), START).id();
    corrections.attach(visitId, "Wrong date of birth.", LocalDate.of(2026, 11, 30), null, AUTHOR);

    sqlite(
        "DROP TRIGGER correction_statements_no_update",
        "UPDATE correction_statements SET statement = 'Everything is correct.'");

    VerifyReport report = new RecordVerifier(database).verifyAll(d -> {});
    assertThat(report.brokenVisits()).containsExactly(visitId);
    assertThat(report.broken())
        .anySatisfy(b -> assertThat(b.describe()).contains("correction statement"))
        .anySatisfy(b -> assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.GUARD_REMOVED));
  }

  @Test
  void aMergedRecordsVisitsShowWithTheRecordThatStays() {
    Patient kept = patient("Jordan Lee", "J-1");
    Patient duplicate = patient("Jordan Lee", "J-1b");
    Visit older = visitWithPoint(duplicate, START);
    Visit newer = visitWithPoint(kept, START.plusSeconds(86_400));

    PatientMerge merge =
        merges.merge(duplicate.id(), kept.id(), "Same person entered twice at reception", AUTHOR);

    assertThat(merge.reason()).isEqualTo("Same person entered twice at reception");
    assertThat(visits.listByPatient(kept.id()))
        .extracting(Visit::id)
        .containsExactly(newer.id(), older.id());
    assertThat(patients.search("jordan", 10)).extracting(Patient::id).containsExactly(kept.id());
    assertThat(merges.mergeOf(duplicate.id())).contains(merge);
    assertThat(merges.mergedInto(kept.id())).containsExactly(merge);
    // Nothing of the merged record is gone: its details and its visit keep their ids.
    assertThat(patients.get(duplicate.id())).isPresent();
    assertThat(visits.get(older.id()).orElseThrow().patientId()).isEqualTo(duplicate.id());
    // Care on the merged record counts towards the retention of the record that stays.
    assertThat(patients.careSpan(kept.id()).orElseThrow().first())
        .isEqualTo(patients.careSpan(duplicate.id()).orElseThrow().first());
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void aFollowUpOfTheRecordThatStaysCarriesTheMergedRecordsFindings() {
    Patient kept = patient("Jordan Lee", "J-1");
    Patient duplicate = patient("Jordan Lee", "J-1b");
    Visit older = visitWithPoint(duplicate, START);
    merges.merge(duplicate.id(), kept.id(), "Duplicate", AUTHOR);

    FollowUpVisits followUps = new FollowUpVisits(visits, charts, clock);
    Visit previous = followUps.previous(kept.id()).orElseThrow();
    Visit followUp = followUps.start(kept.id(), previous, AUTHOR);

    assertThat(previous.id()).isEqualTo(older.id());
    assertThat(followUp.patientId()).isEqualTo(kept.id());
    assertThat(charts.load(followUp.id()).awaitingReexamination()).hasSize(1);
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void aMergedRecordTakesNoNewVisitAndMergesNeverChain() {
    Patient a = patient("A Person", "A-1");
    Patient b = patient("A Person", "A-2");
    Patient c = patient("A Person", "A-3");
    merges.merge(b.id(), a.id(), "Duplicate", AUTHOR);

    assertThatThrownBy(() -> visits.create(Visit.start(b.id(), "v1", AUTHOR, clock)))
        .hasMessageContaining("merged");
    assertThatThrownBy(() -> merges.merge(b.id(), c.id(), "Again", AUTHOR))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> merges.merge(c.id(), b.id(), "Into a merged one", AUTHOR))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> merges.merge(a.id(), c.id(), "A kept record", AUTHOR))
        .hasMessageContaining("other way round");
    assertThatThrownBy(() -> merges.merge(c.id(), c.id(), "Itself", AUTHOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> merges.merge(c.id(), a.id(), " ", AUTHOR))
        .isInstanceOf(IllegalArgumentException.class);
    // The database refuses what the store would never write.
    assertThatThrownBy(
            () ->
                sqlite(
                    "INSERT INTO patient_merges VALUES ('"
                        + c.id()
                        + "', '"
                        + b.id()
                        + "', 'x', 'x', NULL, '2026-12-01T10:00:00.000Z')"))
        .hasMessageContaining("not into a merged one");
    assertThatThrownBy(() -> sqlite("DELETE FROM patient_merges"))
        .hasMessageContaining("append-only");

    merges.merge(c.id(), a.id(), "Third copy", AUTHOR);
    assertThat(merges.mergedInto(a.id()))
        .extracting(PatientMerge::mergedId)
        .containsExactly(b.id(), c.id());
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void aMergeRewrittenInTheFileIsNamedByVerify() {
    Patient a = patient("A Person", "A-1");
    Patient b = patient("A Person", "A-2");
    merges.merge(b.id(), a.id(), "Duplicate", AUTHOR);

    sqlite(
        "DROP TRIGGER patient_merges_no_update",
        "UPDATE patient_merges SET reason = 'Never happened'");
    // Seen as a merge of two records that no longer matches its chain entry.
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken())
        .anySatisfy(x -> assertThat(x.describe()).contains("merge of two patient records"));
  }

  private Patient patient(String name, String recordNumber) {
    Patient patient = Patient.create(name, LocalDate.of(1980, 5, 17), recordNumber);
    patients.create(patient, AUTHOR);
    return patient;
  }

  private Visit visitWithPoint(Patient patient, Instant at) {
    Visit visit = new Visit(UUID.randomUUID().toString(), patient.id(), at, "v1", AUTHOR);
    visits.create(visit);
    TriggerPoint point =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            150,
            210,
            new MuscleRef("upper-trapezius"),
            Side.RIGHT,
            AUTHOR);
    charts.commit(visit.id(), ChartChange.between(Chart.empty(), Chart.of(point), "add"), AUTHOR);
    return visit;
  }

  private static Retest retest() {
    return new Retest(OptionalInt.of(3), "", "");
  }

  private void sqlite(String... statements) {
    database.inTransaction(
        c -> {
          try (Statement sql = c.createStatement()) {
            for (String statement : statements) {
              sql.executeUpdate(statement);
            }
          }
          return null;
        });
  }
}
