package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.store.Backup;
import app.myomap.store.BackupFolder;
import app.myomap.store.BackupRotation;
import app.myomap.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup process killed with {@code kill -9} in the middle of a backup leaves no file that counts
 * as a backup: every backup listed afterwards is complete and verifies, and the next backup clears
 * what the killed one left.
 */
class BackupKillTest {
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void aBackupKilledHalfWayIsNeverCountedAsABackup() throws Exception {
    Path file = dir.resolve("clinic.db");
    Path folder = dir.resolve("backups");
    try (Database database = Database.open(file)) {
      ChartedDatabase.newVisit(database, "Jordan Lee");
      // Large enough that a copy takes a while, so the kill falls inside one.
      ChartedDatabase.fill(database, 12_000_000);
    }
    for (int round = 0; round < ROUNDS; round++) {
      Path output = dir.resolve("child-" + round + ".out");
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  BackupChild.class.getName(),
                  file.toString(),
                  folder.toString())
              .redirectOutput(output.toFile())
              .redirectError(dir.resolve("child-" + round + ".err").toFile())
              .start();
      try {
        // A backup or two complete, then the kill falls while the next one is being written.
        int completeBefore = 1 + ThreadLocalRandom.current().nextInt(2);
        waitUntil(child, () -> reported(output) >= completeBefore && partials(folder) > 0);
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(child.exitValue()).as("killed, not ended").isNotZero();

      List<Backup> listed = new BackupFolder(folder, file).list();
      assertThat(listed).isNotEmpty();
      for (Backup backup : listed) {
        assertThat(backup.file().getFileName().toString()).doesNotContain("partial");
        assertThat(backup.manifest().verified()).isTrue();
        assertThat(Files.size(backup.file())).isEqualTo(backup.manifest().sizeBytes());
        assertThat(BackupsTest.sha256(backup.file())).isEqualTo(backup.manifest().sha256());
        try (Database copy = Database.openForViewing(backup.file())) {
          assertThat(copy.integrityProblems()).isEmpty();
        }
      }
    }
    try (Database database = Database.open(file)) {
      new Backups(
              database,
              () -> folder,
              "test",
              Clock.systemUTC(),
              BackupRotation.DEFAULT,
              AuditTrail.onCallingThread(database, Clock.systemUTC(), () -> "Dr Test"),
              new Backups.Listener() {
                @Override
                public void backedUp(Backup backup) {}

                @Override
                public void failed(app.myomap.store.BackupException failure) {}
              })
          .backUpNow();
    }
    assertThat(partials(folder)).as("leftovers of the killed backups are cleared").isZero();
  }

  private static long reported(Path output) throws Exception {
    try (Stream<String> lines = Files.lines(output)) {
      return lines.filter(l -> l.startsWith("BACKUP ")).count();
    }
  }

  private static long partials(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().contains(".partial")).count();
    }
  }

  /** Polls {@code condition} until it holds; fails if the child ends first or after two minutes. */
  private static void waitUntil(Process child, java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!condition.call()) {
      assertThat(child.isAlive()).as("the backing-up child is running").isTrue();
      assertThat(System.nanoTime()).as("waited two minutes for a backup").isLessThan(deadline);
      // A short poll interval, so the child keeps the machine's cores.
      Thread.sleep(2);
    }
  }
}
