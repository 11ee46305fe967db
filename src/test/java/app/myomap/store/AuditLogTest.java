package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.AuditAction;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit log: rows kept as written, never changed or removed, and its chain checked. */
class AuditLogTest {
  private static final Instant NOON = Instant.parse("2026-12-07T12:00:00.123Z");

  @TempDir Path folder;
  private Database database;
  private AuditLog log;
  private Patient patient;
  private Visit visit;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    log = new AuditLog(database, Clock.fixed(NOON, ZoneOffset.UTC));
    patient = Patient.create("Jordan Lee", LocalDate.of(1985, 4, 12), "MRN-1001");
    new PatientStore(database).create(patient, "Dr Sam Rivera");
    visit = Visit.start(patient.id(), "v1", "Dr Sam Rivera", Clock.systemUTC());
    new VisitStore(database).create(visit);
  }

  @AfterEach
  void close() {
    database.close();
  }

  /** Three rows of a morning: a chart opened, its report exported, the records verified. */
  private void morning() {
    log.record(AuditAction.CHART_OPENED, "Dr Sam Rivera", null, visit.id(), "");
    log.record(
        AuditAction.VISIT_EXPORTED, "Dr Sam Rivera", null, visit.id(), "PDF MRN-1001_2026.pdf");
    log.record(AuditAction.RECORDS_VERIFIED, "Dr Sam Rivera", null, null, "all match");
  }

  private void sql(String... statements) {
    database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            for (String sql : statements) {
              statement.executeUpdate(sql);
            }
          }
          return null;
        });
  }

  private List<String> problems() {
    return new RecordVerifier(database)
        .verifyAll(done -> {}).broken().stream().map(BrokenRecord::describe).toList();
  }

  @Test
  void rowsComeBackAsWrittenAcrossAReopenWithTheVisitsPatient() throws Exception {
    morning();
    database.close();
    database = Database.open(folder.resolve("clinic.db"));
    log = new AuditLog(database, Clock.systemUTC());

    List<AuditEntry> all = log.entries(null, null);
    assertThat(all)
        .extracting(AuditEntry::seq, AuditEntry::action, AuditEntry::patientId, AuditEntry::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, AuditAction.CHART_OPENED, patient.id(), ""),
            org.assertj.core.groups.Tuple.tuple(
                2L, AuditAction.VISIT_EXPORTED, patient.id(), "PDF MRN-1001_2026.pdf"),
            org.assertj.core.groups.Tuple.tuple(
                3L, AuditAction.RECORDS_VERIFIED, null, "all match"));
    assertThat(all.get(0).at()).isEqualTo(NOON);
    assertThat(all.get(0).practitioner()).isEqualTo("Dr Sam Rivera");
    assertThat(all.get(0).visitId()).isEqualTo(visit.id());
    assertThat(all.get(2).visitId()).isNull();
    assertThat(log.entries(patient.id(), null)).hasSize(2);
    assertThat(log.entries(patient.id(), AuditAction.VISIT_EXPORTED))
        .singleElement()
        .extracting(AuditEntry::seq)
        .isEqualTo(2L);
    assertThat(log.entries(null, AuditAction.BACKUP_MADE)).isEmpty();
    assertThat(problems()).isEmpty();
  }

  @Test
  void aBlankPractitionerIsUnknownAndALongDetailIsCut() {
    AuditEntry entry =
        log.record(AuditAction.IMAGE_COPIED, "  ", patient.id(), null, "x".repeat(5000));
    assertThat(entry.practitioner()).isEqualTo("unknown");
    assertThat(log.entries(null, null).get(0).detail()).hasSize(AuditLog.MAX_DETAIL_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE audit_log SET practitioner = 'Someone Else' WHERE seq = 2",
        "UPDATE audit_log SET detail = ''",
        "DELETE FROM audit_log WHERE seq = 2",
        "DELETE FROM audit_log",
        "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE seq = 1",
        "INSERT INTO audit_log SELECT seq + 5, at, practitioner, action, patient_id, visit_id,"
            + " detail, prev_hash, row_hash FROM audit_log WHERE seq = 1"
      })
  void theFileRefusesToChangeRemoveOrSkipRows(String sql) {
    morning();
    assertThatThrownBy(() -> sql(sql)).isInstanceOf(DatabaseException.class);
    assertThat(log.entries(null, null)).hasSize(3);
    assertThat(problems()).isEmpty();
  }

  @Test
  void aRowRemovedWithItsGuardDroppedIsFound() {
    morning();
    sql("DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2");

    assertThat(problems())
        .containsExactlyInAnyOrder(
            "A protection of the history (audit_log_no_delete) was removed outside MyoMap",
            "Audit log entry 2 was removed outside MyoMap");
    assertThat(new RecordVerifier(database).verifyAll(done -> {}).brokenVisits()).isEmpty();
  }

  @Test
  void aRowEditedWithItsGuardDroppedIsFoundEvenWithItsHashRecomputed() {
    morning();
    sql(
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET practitioner = 'Someone Else' WHERE seq = 1");
    assertThat(problems())
        .contains(
            "Audit log entry 1 (chart opened by Someone Else) of 7 Dec 2026 12:00 UTC was"
                + " changed outside MyoMap");

    // A forger who recomputes the row's own hash still breaks the next row's link to it.
    String forged =
        database.inTransaction(
            c -> {
              java.security.MessageDigest digest = RecordEncoding.sha256();
              RecordEncoding.values(
                  digest,
                  "audit_log",
                  1L,
                  "2026-12-07T12:00:00.123Z",
                  "Someone Else",
                  "chart-opened",
                  patient.id(),
                  visit.id(),
                  "",
                  RecordEncoding.NO_HASH);
              return RecordEncoding.hex(digest.digest());
            });
    sql("UPDATE audit_log SET row_hash = '" + forged + "' WHERE seq = 1");
    assertThat(problems())
        .filteredOn(line -> line.startsWith("Audit log"))
        .containsExactly(
            "Audit log entry 1 (chart opened by Someone Else) of 7 Dec 2026 12:00 UTC was"
                + " changed outside MyoMap");
  }

  @Test
  void aFileOpenedReadOnlyTakesNoRow() throws Exception {
    morning();
    database.close();
    database = Database.openForViewing(folder.resolve("clinic.db"));
    AuditLog readOnly = new AuditLog(database, Clock.systemUTC());
    assertThatThrownBy(
            () -> readOnly.record(AuditAction.CHART_OPENED, "Dr Sam Rivera", null, null, ""))
        .isInstanceOf(DatabaseException.class);
    assertThat(readOnly.entries(null, null)).hasSize(3);
  }
}
