package app.myomap.session;

import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A database charted through the real stores, for the backup tests. */
final class ChartedDatabase {
  static final String AUTHOR = "Backup Tester";

  private ChartedDatabase() {}

  /** A new patient with one visit of today; returns the visit's id. */
  static String newVisit(Database database, String name) {
    Patient patient = Patient.create(name, LocalDate.of(1980, 2, 3), "");
    new PatientStore(database).create(patient, AUTHOR);
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), Instant.now(), "v1", AUTHOR);
    new VisitStore(database).create(visit);
    return visit.id();
  }

  /** One edit adding a note pin at x = {@code x}. */
  static ChartChange pin(int x) {
    NotePin pin = new NotePin(MarkId.random(), BodyView.POSTERIOR, x, 200, "n".repeat(150));
    return new ChartChange(Set.of(pin), Set.of(), "edit.addMarks");
  }

  /** One edit adding {@code count} note pins, a bulk of history to make a file large. */
  static ChartChange pins(int count) {
    Set<Mark> pins = new HashSet<>();
    for (int i = 0; i < count; i++) {
      pins.add(
          new NotePin(
              MarkId.random(),
              BodyView.ANTERIOR,
              i % 500,
              i / 500,
              UUID.randomUUID() + "x".repeat(160)));
    }
    return new ChartChange(pins, Set.of(), "edit.addMarks");
  }

  /** Fills {@code database} until its file holds at least {@code bytes}. */
  static void fill(Database database, long bytes) throws java.io.IOException {
    ChartStore charts = new ChartStore(database);
    while (java.nio.file.Files.size(database.file()) + walSize(database) < bytes) {
      String visit = newVisit(database, "Filler Patient");
      for (int i = 0; i < 10; i++) {
        charts.commit(visit, pins(1000), AUTHOR);
      }
    }
  }

  private static long walSize(Database database) throws java.io.IOException {
    java.nio.file.Path wal = database.file().resolveSibling(database.file().getFileName() + "-wal");
    return java.nio.file.Files.exists(wal) ? java.nio.file.Files.size(wal) : 0;
  }
}
