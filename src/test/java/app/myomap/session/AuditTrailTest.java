package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.myomap.model.AuditAction;
import app.myomap.store.AuditEntry;
import app.myomap.store.Backup;
import app.myomap.store.BackupException;
import app.myomap.store.BackupRotation;
import app.myomap.store.Database;
import app.myomap.store.SignedVisitException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the session notes in the audit log, and when it cannot, on real database files. */
class AuditTrailTest {
  @TempDir Path dir;

  private static List<AuditEntry> entries(Database database) {
    return AuditTrail.onCallingThread(database, Clock.systemUTC(), () -> "reader")
        .entries(null, null);
  }

  @Test
  void signingAndAmendingAreNotedWithTheirSignatureAndARefusedSignatureIsNot() throws Exception {
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      String visitId = ChartedDatabase.newVisit(database, "Jordan Lee");
      ClinicalRecord record = new ClinicalRecord(database, Clock.systemUTC(), visitId);
      record.sign(null, "Dr Alex Chen");
      assertThatThrownBy(() -> record.sign(null, "Dr Alex Chen"))
          .isInstanceOf(SignedVisitException.class);
      record.amend("Wrong side recorded", "Dr Sam Rivera");
      record.sign(null, "Dr Sam Rivera");

      List<AuditEntry> rows = entries(database);
      assertThat(rows)
          .extracting(AuditEntry::action, AuditEntry::practitioner, AuditEntry::detail)
          .containsExactly(
              tuple(AuditAction.VISIT_SIGNED, "Dr Alex Chen", "visit"),
              tuple(AuditAction.VISIT_AMENDED, "Dr Sam Rivera", "addendum 1"),
              tuple(AuditAction.VISIT_SIGNED, "Dr Sam Rivera", "addendum 1"));
      assertThat(rows).allSatisfy(row -> assertThat(row.visitId()).isEqualTo(visitId));
      assertThat(rows).allSatisfy(row -> assertThat(row.patientId()).isNotNull());
    }
  }

  @Test
  void aBackupMadeAndABackupRestoredAreNotedTheRestoreInTheRestoredFile() throws Exception {
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      Backups backups =
          new Backups(
              database,
              () -> dir.resolve("backups"),
              "test",
              Clock.systemUTC(),
              BackupRotation.DEFAULT,
              AuditTrail.onCallingThread(database, Clock.systemUTC(), () -> "Dr Alex Chen"),
              new Backups.Listener() {
                @Override
                public void backedUp(Backup backup) {}

                @Override
                public void failed(BackupException failure) {}
              });
      Backup backup = backups.backUpNow();
      assertThat(entries(database))
          .extracting(AuditEntry::action, AuditEntry::detail)
          .containsExactly(tuple(AuditAction.BACKUP_MADE, backup.file().toString()));

      backups.restore(backup);

      // The restored file's log ends where the backup was made, then says it was restored, and
      // the backup made at once of the restored file follows.
      assertThat(entries(database))
          .extracting(AuditEntry::seq, AuditEntry::action)
          .containsExactly(
              tuple(1L, AuditAction.BACKUP_RESTORED), tuple(2L, AuditAction.BACKUP_MADE));
    }
  }

  @Test
  void aFileOpenedReadOnlyTakesNoRowAndWhatIsNotedDoesNotFail() throws Exception {
    Path file = dir.resolve("clinic.db");
    String visitId;
    try (Database database = Database.open(file)) {
      visitId = ChartedDatabase.newVisit(database, "Jordan Lee");
      AuditTrail.onCallingThread(database, Clock.systemUTC(), () -> "Dr Alex Chen")
          .note(AuditAction.CHART_OPENED, null, visitId, "");
    }
    try (Database viewing = Database.openForViewing(file)) {
      AtomicInteger asked = new AtomicInteger();
      AuditTrail trail =
          AuditTrail.onCallingThread(
              viewing,
              Clock.systemUTC(),
              () -> {
                asked.incrementAndGet();
                return "Viewer";
              });
      trail.note(AuditAction.CHART_OPENED, null, visitId, "");
      trail.note(AuditAction.VISIT_EXPORTED, null, visitId, "report.pdf");
      assertThat(asked).hasValue(2);
      assertThat(trail.entries(null, null))
          .singleElement()
          .extracting(AuditEntry::practitioner)
          .isEqualTo("Dr Alex Chen");
    }
  }

  @Test
  void inTheBackgroundRowsAreWrittenInOrderAndNoneAfterClosing() throws Exception {
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      String visitId = ChartedDatabase.newVisit(database, "Jordan Lee");
      AuditTrail trail = AuditTrail.inBackground(database, Clock.systemUTC(), () -> "Dr Alex Chen");
      for (int i = 0; i < 20; i++) {
        trail.note(AuditAction.IMAGE_COPIED, null, visitId, "view " + i);
      }
      assertThat(trail.flush(Duration.ofSeconds(30))).isTrue();
      assertThat(entries(database))
          .extracting(AuditEntry::detail)
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, 20).mapToObj(i -> "view " + i).toList());

      trail.close();
      trail.note(AuditAction.IMAGE_COPIED, null, visitId, "too late");
      assertThat(entries(database)).hasSize(20);
    }
  }
}
