package app.myomap.bench;

import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.AuditTrail;
import app.myomap.session.Backups;
import app.myomap.store.Backup;
import app.myomap.store.BackupException;
import app.myomap.store.BackupRotation;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A verified backup of a 100 MB database, as MyoMap makes it at close and daily: the copy through
 * SQLite's online backup API (during which commits wait), syncing, the read-only integrity check,
 * the whole record chain check, the SHA-256 and the renames. The copy alone is timed too.
 */
final class BackupBench {
  private static final long TARGET_BYTES = 100L * 1024 * 1024;
  private static final int RUNS = 5;
  private static final String AUTHOR = "Bench Practitioner";

  private BackupBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-backup-bench");
    try {
      Path file = folder.resolve("clinic.db");
      try (Database database = Database.open(file)) {
        fill(database);
      }
      try (Database database = Database.open(file)) {
        long size = Files.size(file);
        double[] copyMillis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
          Path copy = folder.resolve("copy-" + i + ".db");
          long start = System.nanoTime();
          database.copyTo(copy);
          copyMillis[i] = (System.nanoTime() - start) / 1e6;
          Files.delete(copy);
        }
        Backups backups =
            new Backups(
                database,
                () -> folder.resolve("backups"),
                "bench",
                Clock.systemUTC(),
                new BackupRotation(RUNS + 1, 0, 0),
                AuditTrail.onCallingThread(database, Clock.systemUTC(), () -> "bench"),
                new Backups.Listener() {
                  @Override
                  public void backedUp(Backup backup) {}

                  @Override
                  public void failed(BackupException failure) {}
                });
        double[] backupMillis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
          long start = System.nanoTime();
          backups.backUpNow();
          backupMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        String mb = String.format(Locale.ROOT, "%.1f MB", size / 1024.0 / 1024.0);
        System.out.println(
            "backup: copy of a "
                + mb
                + " database (online backup API): "
                + new Stats(copyMillis).describe("ms"));
        System.out.println(
            "backup: verified backup of a "
                + mb
                + " database (copy, sync, integrity_check,"
                + " record chain, SHA-256, rename): "
                + new Stats(backupMillis).describe("ms"));
      }
    } finally {
      deleteTree(folder);
    }
  }

  /** Patients with visits of 1,000 note pins per edit until the file holds 100 MB. */
  private static void fill(Database database) throws IOException {
    ChartStore charts = new ChartStore(database);
    int n = 0;
    while (Files.size(database.file()) + walSize(database) < TARGET_BYTES) {
      Patient patient = Patient.create("Bench Patient " + n++, LocalDate.of(1980, 1, 1), "");
      new PatientStore(database).create(patient, AUTHOR);
      Visit visit =
          new Visit(UUID.randomUUID().toString(), patient.id(), Instant.now(), "v1", AUTHOR);
      new VisitStore(database).create(visit);
      for (int edit = 0; edit < 10; edit++) {
        Set<Mark> pins = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
          pins.add(
              new NotePin(
                  MarkId.random(),
                  BodyView.ANTERIOR,
                  i % 500,
                  edit * 10 + i / 500,
                  "Note " + UUID.randomUUID() + " " + "x".repeat(120)));
        }
        charts.commit(visit.id(), new ChartChange(pins, Set.of(), "edit.addMarks"), AUTHOR);
      }
    }
  }

  private static long walSize(Database database) throws IOException {
    Path wal = database.file().resolveSibling(database.file().getFileName() + "-wal");
    return Files.exists(wal) ? Files.size(wal) : 0;
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
