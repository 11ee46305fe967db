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
import app.myomap.model.record.Retest;
import app.myomap.model.record.SigningState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 14 rebuilds the record chain (a new kind, {@code correction}) and adds correction
 * statements and merges: a database of schema 13 with two patients, signed visits, an open visit
 * and record entries upgrades to the newest schema with every chain row and signature kept and the
 * whole record verifying, and then takes a correction on a signed visit and a merge.
 */
class CorrectionsAndMergesMigrationTest {
  private static final String AUTHOR = "Dr Kim Osei";
  private static final Instant START = Instant.parse("2026-10-05T07:40:00.125Z");

  @TempDir Path folder;

  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aSchema13DatabaseWithSignedVisitsUpgradesKeepingItsChainAndTakesCorrectionsAndMerges()
      throws Exception {
    Path file = folder.resolve("clinic.db");
    database = Database.open(file, Migration.ALL.subList(0, 13), "old");
    TickingClock clock = new TickingClock(START);
    PatientStore patients = new PatientStore(database, clock);
    Patient kept = Patient.create("Ana Ruiz", LocalDate.of(1975, 6, 2), "R-100");
    Patient duplicate = Patient.create("Ana Ruiz", LocalDate.of(1975, 6, 2), "R-100B");
    patients.create(kept, AUTHOR);
    patients.create(duplicate, AUTHOR);
    VisitStore visits = new VisitStore(database, clock);
    Visit first = visit(kept, 0);
    Visit second = visit(duplicate, 7);
    Visit open = visit(kept, 14);
    for (Visit v : List.of(first, second, open)) {
      visits.create(v);
    }
    ChartStore charts = new ChartStore(database, clock);
    RecordStore records = new RecordStore(database, clock);
    SignatureStore signatures = new SignatureStore(database, clock);
    for (Visit v : List.of(first, second, open)) {
      charts.commit(v.id(), added(point(120 + v.startedAt().getEpochSecond() % 50)), AUTHOR);
      records.add(v.id(), new Retest(OptionalInt.of(3), "Cervical rotation L 60°", ""), AUTHOR);
    }
    signatures.sign(first.id(), AUTHOR);
    signatures.sign(second.id(), AUTHOR);

    List<List<Object>> chainBefore =
        SqlRows.rows(database, "SELECT * FROM record_chain ORDER BY seq");
    List<List<Object>> signaturesBefore =
        SqlRows.rows(database, "SELECT * FROM visit_signatures ORDER BY visit_id");
    SigningState firstSigned = signatures.state(first.id());
    Chart firstChart = charts.load(first.id());
    Chart openChart = charts.load(open.id());
    assertThat(chainBefore).hasSizeGreaterThan(8);
    database.close();

    database = Database.open(file);

    assertThat(database.schemaVersion()).isEqualTo(Migration.latestVersion(Migration.ALL));
    assertThat(new BackupFolder(BackupFolder.besides(file), file).list()).hasSize(1);
    assertThat(SqlRows.rows(database, "SELECT * FROM record_chain ORDER BY seq"))
        .isEqualTo(chainBefore);
    assertThat(SqlRows.rows(database, "SELECT * FROM visit_signatures ORDER BY visit_id"))
        .isEqualTo(signaturesBefore);
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
    signatures = new SignatureStore(database, clock);
    assertThat(signatures.state(first.id())).isEqualTo(firstSigned);
    assertThat(signatures.unmatched()).isEmpty();
    charts = new ChartStore(database, clock);
    assertThat(charts.load(first.id())).isEqualTo(firstChart);
    assertThat(charts.load(open.id())).isEqualTo(openChart);

    // What schema 14 brought works on the upgraded file, and the signed visit stays signed.
    new CorrectionStore(database, clock)
        .attach(first.id(), "The pain was on the left.", LocalDate.of(2026, 10, 5), null, AUTHOR);
    new PatientMergeStore(database, clock)
        .merge(duplicate.id(), kept.id(), "Same person, second record at reception", AUTHOR);
    assertThat(new VisitStore(database, clock).listByPatient(kept.id()))
        .extracting(Visit::id)
        .containsExactlyInAnyOrder(first.id(), second.id(), open.id());
    assertThat(new CorrectionStore(database, clock).of(first.id())).hasSize(1);
    assertThat(signatures.state(first.id())).isEqualTo(firstSigned);
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
    assertThat(SqlRows.rows(database, "SELECT kind FROM record_chain ORDER BY seq DESC LIMIT 2"))
        .extracting(row -> row.get(0))
        .containsExactlyInAnyOrder("correction", "merge");
    assertThatThrownBy(() -> new VisitStore(database, clock).create(visit(duplicate, 21)))
        .hasMessageContaining("merged");
    assertThatThrownBy(() -> SqlRows.execute(database, "DELETE FROM record_chain"))
        .hasMessageContaining("append-only");
  }

  private static Visit visit(Patient patient, int day) {
    return new Visit(
        UUID.randomUUID().toString(), patient.id(), START.plusSeconds(86_400L * day), "v1", AUTHOR);
  }

  private static TriggerPoint point(double y) {
    return TriggerPoint.place(
        MarkId.random(),
        BodyView.POSTERIOR,
        210.5,
        y,
        new MuscleRef("levator-scapulae"),
        Side.LEFT,
        AUTHOR);
  }

  private static ChartChange added(TriggerPoint point) {
    return new ChartChange(Set.of(point), Set.of(), "command.add");
  }
}
