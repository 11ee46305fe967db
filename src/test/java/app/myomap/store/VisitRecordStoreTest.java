package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.record.AdverseEvent;
import app.myomap.model.record.AfterCare;
import app.myomap.model.record.Consent;
import app.myomap.model.record.ContributingFactor;
import app.myomap.model.record.IntakeAnswer;
import app.myomap.model.record.IntakeAnswers;
import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.NeedlingResponse;
import app.myomap.model.record.NeedlingTechnique;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.Retest;
import app.myomap.model.record.Screening;
import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningItem;
import app.myomap.model.record.Signature;
import app.myomap.model.record.SinceLastVisit;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.Subjective;
import app.myomap.model.record.VisitRecord;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit record, signatures and addenda as the store keeps them. */
class VisitRecordStoreTest {
  private static final Instant START = Instant.parse("2026-12-01T09:30:00.125Z");
  private static final String AUTHOR = "Alex Chen";

  @TempDir Path folder;

  private Database database;
  private TickingClock clock;
  private RecordStore records;
  private SignatureStore signatures;
  private ChartStore charts;
  private String visitId;
  private TriggerPoint point;

  @BeforeEach
  void openDatabase() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    clock = new TickingClock(START);
    records = new RecordStore(database, clock);
    signatures = new SignatureStore(database, clock);
    charts = new ChartStore(database, clock);
    Patient patient = Patient.create("Pat Example", LocalDate.of(1970, 1, 1), "P-1");
    new PatientStore(database, clock).create(patient, AUTHOR);
    Visit visit = new Visit(UUID.randomUUID().toString(), patient.id(), START, "v1", AUTHOR);
    new VisitStore(database, clock).create(visit);
    visitId = visit.id();
    point =
        TriggerPoint.place(
                MarkId.random(),
                BodyView.POSTERIOR,
                300,
                200,
                new MuscleRef("upper-trapezius"),
                Side.RIGHT,
                AUTHOR)
            .withNeedled(true);
    charts.commit(visitId, ChartChange.between(Chart.empty(), Chart.of(point), "add"), AUTHOR);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static List<RecordEntry> everySection(MarkId point) {
    return List.of(
        new Subjective(
            "Neck pain after long days at the desk;\nworse = afternoons \\ evenings",
            Set.of(ContributingFactor.PROLONGED_SITTING_OR_POSTURE, ContributingFactor.OTHER),
            "new baby",
            OptionalInt.of(6),
            OptionalInt.of(8)),
        new IntakeAnswers(IntakeAnswer.YES, IntakeAnswer.SOMETIMES, IntakeAnswer.YES),
        new SinceLastVisit(true, OptionalInt.of(36), OptionalInt.of(4), "bruise at the site"),
        new Consent(
            Consent.ConsentForm.WRITTEN,
            Consent.ConsentGiver.GUARDIAN,
            "Sam Example (mother)",
            START,
            List.of("Bruising", "Soreness", "Fainting", "Pneumothorax")),
        new NeedlingEntry(
            point,
            NeedlingTechnique.ELECTRICAL_STIMULATION,
            0.25,
            40,
            OptionalDouble.of(22.5),
            3,
            OptionalInt.of(10),
            new NeedlingEntry.OptionalStimulation(2, 250, 7.5),
            Set.of(NeedlingResponse.FAMILIAR_PAIN_REPRODUCED, NeedlingResponse.WELL_TOLERATED),
            "pincer grip, directed away from the lung"),
        new Retest(OptionalInt.of(3), "Rotation R 70° (was 55°)", ""),
        new AdverseEvent(
            AdverseEvent.Type.FAINTING, AdverseEvent.Severity.MILD, "Lay flat, recovered", ""),
        new AfterCare(true, AfterCare.DEFAULT_ADVICE, "In one week", "Chin tucks 3×10", ""),
        new Screening(
            List.of(
                new Screening.Answer(
                    new ScreeningItem(
                        "needle-phobia",
                        "Strong fear of needles",
                        ScreeningCategory.ABSOLUTE,
                        Optional.of("NEEDLE_PHOBIA")),
                    true,
                    "anxious;\nasked for = one needle only",
                    "Patient asked to go ahead after discussion"),
                new Screening.Answer(
                    new ScreeningItem(
                        "anticoagulants",
                        "Anticoagulants or a bleeding disorder",
                        ScreeningCategory.PRECAUTION,
                        Optional.of("ANTICOAGULANTS")),
                    false,
                    "",
                    ""))));
  }

  @Test
  void everySectionRoundTripsThroughTheFile() {
    List<RecordEntry> written = everySection(point.id());
    for (RecordEntry entry : written) {
      records.add(visitId, entry, AUTHOR);
    }

    VisitRecord loaded = records.load(visitId);

    assertThat(loaded.entries()).extracting(StoredEntry::entry).isEqualTo(written);
    assertThat(loaded.entries()).allSatisfy(e -> assertThat(e.author()).isEqualTo(AUTHOR));
    assertThat(loaded.needlingOf(point.id())).isPresent();
    assertThat(loaded.unfinished(charts.load(visitId), false)).isEmpty();
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void aRevisionKeepsTheFirstVersionInTheHistory() {
    StoredEntry first = records.add(visitId, retest(5), AUTHOR);
    StoredEntry second = records.revise(visitId, first, retest(2), AUTHOR);

    assertThat(records.load(visitId).single(Retest.class)).contains(retest(2));
    assertThat(records.loadAsOf(visitId, 1).single(Retest.class)).contains(retest(5));
    assertThat(second.version()).isEqualTo(2);
    assertThatThrownBy(() -> records.revise(visitId, first, retest(1), AUTHOR))
        .isInstanceOf(ConflictingEditException.class);
    assertThatThrownBy(() -> records.add(visitId, retest(1), AUTHOR))
        .hasMessageContaining("write a new version");
    records.remove(visitId, second, AUTHOR);
    assertThat(records.load(visitId).single(RecordSection.RETEST)).isEmpty();
    assertThat(records.loadAsOf(visitId, 2).single(Retest.class)).contains(retest(2));
  }

  @Test
  void entriesCannotBeChangedOrRemovedInTheFile() throws Exception {
    records.add(visitId, retest(5), AUTHOR);

    for (String sql :
        List.of(
            "UPDATE record_entries SET body = 'pain-now=1\n'",
            "DELETE FROM record_entries",
            "INSERT OR REPLACE INTO record_entries SELECT * FROM record_entries")) {
      assertThatThrownBy(() -> sqlite(sql)).hasStackTraceContaining("append-only");
    }
  }

  @Test
  void aSignedVisitRefusesEveryChangeThroughTheStoreAndInTheFile() throws Exception {
    records.add(visitId, retest(5), AUTHOR);
    Signature signature = signatures.sign(visitId, AUTHOR);

    assertThat(signature.n()).isZero();
    assertThat(signature.contentHash()).hasSize(64);
    assertThatThrownBy(
            () ->
                records.add(
                    visitId,
                    new IntakeAnswers(IntakeAnswer.YES, IntakeAnswer.YES, IntakeAnswer.YES),
                    AUTHOR))
        .isInstanceOf(SignedVisitException.class);
    TriggerPoint moved = point.withPosition(310, 210);
    assertThatThrownBy(
            () ->
                charts.commit(
                    visitId, ChartChange.between(Chart.of(point), Chart.of(moved), "move"), AUTHOR))
        .isInstanceOf(SignedVisitException.class);
    assertThatThrownBy(() -> signatures.sign(visitId, AUTHOR))
        .isInstanceOf(SignedVisitException.class);
    // The database refuses it too, whoever writes.
    assertThatThrownBy(
            () ->
                sqlite(
                    "INSERT INTO edits (id, visit_id, seq, label_key, author, committed_at)"
                        + " VALUES ('"
                        + UUID.randomUUID()
                        + "', '"
                        + visitId
                        + "', 9, 'x', 'x', '2026-12-01T10:00:00.000Z')"))
        .hasStackTraceContaining("the visit is signed");
    assertThatThrownBy(() -> sqlite("UPDATE visit_signatures SET author = 'Someone Else'"))
        .hasStackTraceContaining("append-only");
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void anAddendumNeedsAReasonKeepsTheOriginalReadableAndIsSignedInItsTurn() {
    records.add(visitId, retest(5), AUTHOR);
    Signature original = signatures.sign(visitId, AUTHOR);
    assertThatThrownBy(() -> signatures.amend(visitId, "  ", AUTHOR))
        .hasMessageContaining("reason");

    signatures.amend(visitId, "Pain after needling was 3, not 5", "Jo Park");
    StoredEntry current = records.load(visitId).single(RecordSection.RETEST).orElseThrow();
    records.revise(visitId, current, retest(3), "Jo Park");
    assertThatThrownBy(() -> signatures.amend(visitId, "again", AUTHOR))
        .hasMessageContaining("sign it first");
    Signature addendum = signatures.sign(visitId, "Jo Park");

    assertThat(addendum.n()).isEqualTo(1);
    assertThat(signatures.state(visitId).amendments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.reason()).isEqualTo("Pain after needling was 3, not 5");
              assertThat(a.author()).isEqualTo("Jo Park");
            });
    assertThat(records.loadAsOf(visitId, original.recordSeq()).single(Retest.class))
        .contains(retest(5));
    assertThat(records.load(visitId).single(Retest.class)).contains(retest(3));
    assertThat(signatures.state(visitId).editable()).isFalse();
    assertThat(signatures.unmatched()).isEmpty();
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void aSignedVisitAlteredInTheFileIsNamedByVerify() throws Exception {
    NeedlingEntry needling = (NeedlingEntry) everySection(point.id()).get(4);
    records.add(visitId, needling, AUTHOR);
    signatures.sign(visitId, AUTHOR);
    String otherVisit = anotherSignedVisit();

    sqlite(
        "DROP TRIGGER record_entries_no_update",
        "UPDATE record_entries SET body = replace(body, 'diameter-mm=0.25', 'diameter-mm=0.3')");

    assertThat(signatures.unmatched()).containsExactly(visitId);
    VerifyReport report = new RecordVerifier(database).verifyAll(d -> {});
    assertThat(report.brokenVisits()).contains(visitId).doesNotContain(otherVisit);
    assertThat(report.broken())
        .anySatisfy(
            b -> {
              assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.SIGNATURE_MISMATCH);
              assertThat(b.visitId()).isEqualTo(visitId);
              assertThat(b.patientName()).isEqualTo("Pat Example");
            });
  }

  @Test
  void aSignatureIsNeverDatedBeforeWhatItSigns() throws Exception {
    records.add(visitId, retest(5), AUTHOR);
    SignatureStore behind =
        new SignatureStore(
            database,
            java.time.Clock.fixed(START.minus(Duration.ofDays(2)), java.time.ZoneOffset.UTC));

    Signature signature = behind.sign(visitId, AUTHOR);

    assertThat(signature.signedAt()).isAfterOrEqualTo(START);
    assertThatThrownBy(
            () ->
                sqlite(
                    "INSERT INTO visit_amendments (visit_id, n, reason, opened_at, author) VALUES"
                        + " ('"
                        + visitId
                        + "', 1, 'r', '2026-12-02T00:00:00.000Z', 'a')",
                    "INSERT INTO visit_signatures (visit_id, n, signed_at, author, edit_seq,"
                        + " record_seq, content_hash, chain_seq, chain_hash) VALUES ('"
                        + visitId
                        + "', 1, '2020-01-01T00:00:00.000Z', 'a', 0, 0, '"
                        + "0".repeat(64)
                        + "', 0, '"
                        + "0".repeat(64)
                        + "')"))
        .hasStackTraceContaining("cannot be dated before");
  }

  private String anotherSignedVisit() {
    Visit visit =
        new Visit(
            UUID.randomUUID().toString(),
            new VisitStore(database).get(visitId).orElseThrow().patientId(),
            START.plus(Duration.ofHours(3)),
            "v1",
            AUTHOR);
    new VisitStore(database, clock).create(visit);
    records.add(visit.id(), retest(4), AUTHOR);
    signatures.sign(visit.id(), AUTHOR);
    return visit.id();
  }

  private static Retest retest(int pain) {
    return new Retest(OptionalInt.of(pain), "", "");
  }

  /** Statements run on the file as another program could, through the open connection. */
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
