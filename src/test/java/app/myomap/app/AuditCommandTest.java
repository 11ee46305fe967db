package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.model.AuditAction;
import app.myomap.model.Patient;
import app.myomap.session.SampleDatabase;
import app.myomap.store.AuditLog;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code myomap audit}: the rows the other commands wrote (an export, a verify), as CSV, filtered
 * by patient, read without changing the file.
 */
class AuditCommandTest {
  @TempDir Path dir;
  private Path db;
  private StringWriter stdout = new StringWriter();
  private StringWriter stderr = new StringWriter();

  @BeforeEach
  void writeSample() throws Exception {
    db = dir.resolve("demo.db");
    try (Database opened = Database.open(db)) {
      new SampleDatabase(opened, Atlas.load(Atlas.CURRENT_VERSION), Instant.now()).write();
      Patient other = Patient.create("Alex Kim, Jr", LocalDate.of(1990, 1, 2), "MRN-2");
      new PatientStore(opened).create(other, "Dr Sam Rivera");
      new AuditLog(opened, Clock.systemUTC())
          .record(AuditAction.IMAGE_COPIED, "Dr Sam Rivera", other.id(), null, "=posterior");
    }
  }

  private int run(String... args) {
    stdout = new StringWriter();
    stderr = new StringWriter();
    picocli.CommandLine cli =
        new picocli.CommandLine(
            new MyoMapCommand(
                (file, create, readOnly) -> {
                  throw new AssertionError("no window for a command-line tool");
                }));
    cli.setErr(new PrintWriter(stderr, true));
    cli.setOut(new PrintWriter(stdout, true));
    return cli.execute(args);
  }

  @Test
  void theRowsOfAnExportAndAVerifyComeOutAsCsvForOnePatient() throws Exception {
    Path out = dir.resolve("notes");
    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "svg",
                "-o",
                out.toString()))
        .as(stderr.toString())
        .isZero();
    List<String> exported =
        stdout.toString().lines().map(line -> Path.of(line).getFileName().toString()).toList();
    assertThat(exported).isNotEmpty();
    assertThat(run("verify", "--db", db.toString())).as(stdout.toString()).isZero();
    byte[] before = Files.readAllBytes(db);

    assertThat(run("audit", "--db", db.toString(), "--csv")).as(stderr.toString()).isZero();
    List<String> all = stdout.toString().lines().toList();
    assertThat(all.get(0))
        .isEqualTo(
            "seq,when_utc,practitioner,action,patient_id,patient_name,record_number,visit_id,"
                + "visit_started_utc,detail");
    assertThat(all).hasSize(1 + 1 + exported.size() + 1);
    assertThat(all.get(1))
        .startsWith("1,")
        .contains(",image-copied,")
        .contains(",\"Alex Kim, Jr\",MRN-2,")
        .endsWith(",'=posterior");
    assertThat(all.get(all.size() - 1))
        .contains(",command line (user " + System.getProperty("user.name") + "),")
        .contains(",records-verified,,,,,,");

    assertThat(run("audit", "--db", db.toString(), "--csv", "--patient", "demo-001")).isZero();
    List<String> demo = stdout.toString().lines().skip(1).toList();
    assertThat(demo).hasSize(exported.size());
    for (int i = 0; i < demo.size(); i++) {
      assertThat(demo.get(i))
          .contains(",visit-exported,")
          .contains("," + SampleDatabase.PATIENT_NAME + ",DEMO-001,")
          .endsWith("," + exported.get(i));
    }
    assertThat(Files.readAllBytes(db)).as("the audit command writes nothing").isEqualTo(before);
  }

  @Test
  void verifyNamesAnAuditRowRemovedWithItsGuardDropped() throws Exception {
    try (Database opened = Database.open(db)) {
      AuditLog log = new AuditLog(opened, Clock.systemUTC());
      log.record(AuditAction.CHART_OPENED, "Dr Sam Rivera", null, null, "");
      log.record(AuditAction.VISIT_PRINTED, "Dr Sam Rivera", null, null, "");
      opened.inTransaction(
          c -> {
            try (java.sql.Statement sql = c.createStatement()) {
              sql.executeUpdate("DROP TRIGGER audit_log_no_delete");
              sql.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
            }
            return null;
          });
    }

    assertThat(run("verify", "--db", db.toString())).as(stderr.toString()).isEqualTo(1);
    assertThat(stdout.toString())
        .contains("Audit log entry 2 was removed outside MyoMap")
        .contains("A protection of the history (audit_log_no_delete) was removed outside MyoMap");
  }

  @Test
  void anUnknownPatientIsExitStatusOneWithItsReason() {
    assertThat(run("audit", "--db", db.toString(), "--patient", "nobody")).isEqualTo(1);
    assertThat(stderr.toString()).contains("no patient has the record number or id \"nobody\"");
    assertThat(stdout.toString()).isEmpty();
  }
}
