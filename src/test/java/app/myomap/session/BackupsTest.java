package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.Chart;
import app.myomap.store.Backup;
import app.myomap.store.BackupException;
import app.myomap.store.BackupRotation;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a database being charted, on real SQLite files: complete, verified, restorable. */
class BackupsTest {
  private static final int EDITS = 300;

  @TempDir Path dir;

  private final List<Backup> reported = new CopyOnWriteArrayList<>();
  private final List<BackupException> failures = new CopyOnWriteArrayList<>();

  private Backups backups(Database database, Clock clock) {
    return new Backups(
        database,
        () -> dir.resolve("backups"),
        "test",
        clock,
        BackupRotation.DEFAULT,
        AuditTrail.onCallingThread(database, clock, () -> "Dr Test"),
        new Backups.Listener() {
          @Override
          public void backedUp(Backup backup) {
            reported.add(backup);
          }

          @Override
          public void failed(BackupException failure) {
            failures.add(failure);
          }
        });
  }

  @Test
  void aBackupMadeWhileChartingHoldsEveryCommittedEditAndVerifies() throws Exception {
    List<Integer> committedBefore = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    String visitId;
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      visitId = ChartedDatabase.newVisit(database, "Jordan Lee");
      ChartStore charts = new ChartStore(database);
      Clock ticking = new TickingDays(Instant.parse("2026-12-06T22:30:00Z"));
      Backups backups = backups(database, ticking);
      try (CommitQueue queue =
          new CommitQueue(
              charts,
              visitId,
              ChartedDatabase.AUTHOR,
              charts.load(visitId),
              Duration.ofHours(1),
              s -> {})) {
        for (int i = 0; i < EDITS; i++) {
          queue.submit(ChartedDatabase.pin(i));
          if (i % 60 == 30) {
            // Taken while edits are still queued: they wait behind the copy.
            committedBefore.add(queue.saved().size());
            files.add(backups.backUpNow().file());
          }
        }
        assertThat(queue.flush(Duration.ofSeconds(60))).isTrue();
        assertThat(queue.status().state()).isEqualTo(CommitQueue.State.SAVED);
        committedBefore.add(queue.saved().size());
        Backup last = backups.backUpNow();
        files.add(last.file());
        // The head kept outside the file is the head of the record at the time of the backup.
        assertThat(last.manifest().chainHead())
            .isEqualTo(new app.myomap.store.RecordVerifier(database).head());
        assertThat(last.manifest().chainHead().seq()).isGreaterThan(EDITS);
      }
      assertThat(charts.load(visitId).size()).isEqualTo(EDITS);
    }

    assertThat(failures).isEmpty();
    assertThat(reported).extracting(Backup::file).containsExactlyElementsOf(files);
    for (int b = 0; b < files.size(); b++) {
      Backup backup = reported.get(b);
      assertThat(backup.manifest().verified()).isTrue();
      assertThat(backup.manifest().sizeBytes()).isEqualTo(Files.size(backup.file()));
      assertThat(backup.manifest().sha256()).isEqualTo(sha256(backup.file()));
      try (Database copy = Database.openForViewing(backup.file())) {
        assertThat(copy.integrityProblems()).isEmpty();
        Chart chart = new ChartStore(copy).load(visitId);
        // Every edit committed before the backup is in it, and the edits in it are the first ones
        // queued, in order: no gap, nothing half.
        assertThat(chart.size()).isGreaterThanOrEqualTo(committedBefore.get(b));
        for (int i = 0; i < chart.size(); i++) {
          assertThat(chart.notePins().get(i).x()).isEqualTo(i);
        }
      }
    }
    assertThat(reported.get(reported.size() - 1).manifest().sizeBytes()).isPositive();
    try (Database last = Database.openForViewing(files.get(files.size() - 1))) {
      assertThat(new ChartStore(last).load(visitId).size()).isEqualTo(EDITS);
    }
  }

  @Test
  void restoreBringsBackExactlyTheBackupAndKeepsTheReplacedFile() throws Exception {
    Path file = dir.resolve("clinic.db");
    Path kept;
    String visitId;
    Chart backedUp;
    try (Database database = Database.open(file)) {
      visitId = ChartedDatabase.newVisit(database, "Jordan Lee");
      ChartStore charts = new ChartStore(database);
      for (int i = 0; i < 5; i++) {
        charts.commit(visitId, ChartedDatabase.pin(i), ChartedDatabase.AUTHOR);
      }
      Backups backups = backups(database, Clock.fixed(Instant.now(), ZoneOffset.UTC));
      Backup backup = backups.backUpNow();
      backedUp = charts.load(visitId);
      String laterVisit = ChartedDatabase.newVisit(database, "Later Patient");
      for (int i = 5; i < 8; i++) {
        charts.commit(visitId, ChartedDatabase.pin(i), ChartedDatabase.AUTHOR);
      }
      charts.commit(laterVisit, ChartedDatabase.pin(99), ChartedDatabase.AUTHOR);

      kept = backups.restore(backup);

      assertThat(charts.load(visitId)).isEqualTo(backedUp);
      assertThat(app.myomap.store.DatabaseSummary.of(database).visits()).isEqualTo(1);
      assertThat(app.myomap.store.DatabaseSummary.of(database).patients()).isEqualTo(1);
      // Still MyoMap's: a second opening is refused, and charting goes on in the restored file.
      assertThatThrownBy(() -> Database.open(file))
          .isInstanceOfSatisfying(
              DatabaseRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(DatabaseRefusedException.Reason.IN_USE));
      charts.commit(visitId, ChartedDatabase.pin(50), ChartedDatabase.AUTHOR);
      assertThat(charts.load(visitId).size()).isEqualTo(6);
    }
    assertThat(kept.getFileName().toString()).startsWith("clinic.db.replaced-");
    try (Database replaced = Database.openForViewing(kept)) {
      assertThat(new ChartStore(replaced).load(visitId).size()).isEqualTo(8);
      assertThat(app.myomap.store.DatabaseSummary.of(replaced).patients()).isEqualTo(2);
    }
    try (Database reopened = Database.open(file)) {
      assertThat(new ChartStore(reopened).load(visitId).size()).isEqualTo(6);
    }
  }

  @Test
  void aBackupChangedAfterItWasMadeIsNotRestored() throws Exception {
    Path file = dir.resolve("clinic.db");
    try (Database database = Database.open(file)) {
      String visitId = ChartedDatabase.newVisit(database, "Jordan Lee");
      new ChartStore(database).commit(visitId, ChartedDatabase.pin(1), ChartedDatabase.AUTHOR);
      Backups backups = backups(database, Clock.systemUTC());
      Backup backup = backups.backUpNow();
      byte[] bytes = Files.readAllBytes(backup.file());
      bytes[bytes.length - 100] ^= 0x01;
      Files.write(backup.file(), bytes);

      assertThatThrownBy(() -> backups.restore(backup))
          .isInstanceOf(DatabaseRefusedException.class);
      assertThat(new ChartStore(database).load(visitId).size()).isEqualTo(1);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("replaced"));
    }
  }

  @Test
  void theScheduleMakesTheDueBackupByItself() throws Exception {
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      Backups backups = backups(database, Clock.systemUTC());
      backups.startSchedule(Duration.ZERO, Duration.ofHours(1));
      try {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reported.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
      } finally {
        backups.stopSchedule();
      }
      assertThat(reported).hasSize(1);
      assertThat(backups.list()).hasSize(1);
    }
  }

  @Test
  void aBackupIsDueOnceTheNewestIsADayOld() throws Exception {
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      Instant start = Instant.parse("2026-12-06T08:00:00Z");
      assertThat(backups(database, Clock.fixed(start, ZoneOffset.UTC)).backUpIfDue()).isPresent();
      Clock later = Clock.fixed(start.plus(Duration.ofHours(23)), ZoneOffset.UTC);
      assertThat(backups(database, later).backUpIfDue()).isEmpty();
      Clock nextDay = Clock.fixed(start.plus(Duration.ofHours(24)), ZoneOffset.UTC);
      assertThat(backups(database, nextDay).backUpIfDue()).isPresent();
      assertThat(backups(database, nextDay).list()).hasSize(2);
    }
  }

  @Test
  void aBackupThatCannotBeWrittenIsReportedAndLeavesNoBackup() throws Exception {
    Path notAFolder = dir.resolve("backups");
    Files.writeString(notAFolder, "a file where the folder should be");
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      Backups backups = backups(database, Clock.systemUTC());
      assertThatThrownBy(backups::backUpNow).isInstanceOf(BackupException.class);
    }
    assertThat(failures).hasSize(1);
    assertThat(reported).isEmpty();
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** A clock a day later at each reading: each backup of a day, all kept by the rotation. */
  private static final class TickingDays extends Clock {
    private Instant next;

    TickingDays(Instant start) {
      this.next = start;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      Instant now = next;
      next = next.plus(Duration.ofDays(1));
      return now;
    }
  }
}
