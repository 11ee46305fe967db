package app.myomap.session;

import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A MyoMap process whose writes start failing with an operating-system I/O error: after one saved
 * edit it limits its own file size (as a quota would), then queues {@link #EDITS} more edits and
 * prints {@code STATE <state> <problem> <unsaved> <saved marks>}.
 */
public final class IoErrorChild {
  static final int EDITS = 200;

  private IoErrorChild() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    try (Database database = Database.open(file)) {
      Patient patient = Patient.create("Io Error", LocalDate.of(1980, 2, 3), "");
      new PatientStore(database).create(patient, "Child");
      Visit visit =
          new Visit(UUID.randomUUID().toString(), patient.id(), Instant.now(), "v1", "Child");
      new VisitStore(database).create(visit);
      ChartStore charts = new ChartStore(database);
      CommitQueue queue =
          new CommitQueue(
              charts, visit.id(), "Child", charts.load(visit.id()), Duration.ofHours(1), s -> {});
      queue.submit(pin(0));
      if (!queue.flush(Duration.ofSeconds(30))) {
        throw new IllegalStateException("The first edit was not saved");
      }
      Path wal = Path.of(file + "-wal");
      long largest = Math.max(Files.size(file), Files.exists(wal) ? Files.size(wal) : 0);
      Process limit =
          new ProcessBuilder(
                  "prlimit",
                  "--pid",
                  Long.toString(ProcessHandle.current().pid()),
                  "--fsize=" + (largest + 8192))
              .inheritIO()
              .start();
      if (limit.waitFor() != 0) {
        throw new IllegalStateException("prlimit failed");
      }
      for (int i = 1; i <= EDITS; i++) {
        queue.submit(pin(i));
      }
      queue.flush(Duration.ofSeconds(60));
      CommitQueue.Status status = queue.status();
      System.out.println(
          "STATE "
              + status.state()
              + " "
              + status.problem()
              + " "
              + status.unsaved()
              + " "
              + queue.saved().size());
      System.out.flush();
      queue.close(Duration.ofMillis(100));
    }
    System.exit(0);
  }

  private static ChartChange pin(int i) {
    NotePin pin = new NotePin(MarkId.random(), BodyView.POSTERIOR, 100 + i, 200, "n".repeat(200));
    return new ChartChange(Set.of(pin), Set.of(), "edit.addMarks");
  }
}
