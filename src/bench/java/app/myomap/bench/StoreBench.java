package app.myomap.bench;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Chart storage with full sync: one edit until committed on disk, opening a patient with a long
 * record, and loading a large chart with a long history.
 */
final class StoreBench {
  private static final String AUTHOR = "Bench Practitioner";
  private static final int COMMITS = 500;
  private static final int VISITS = 200;
  private static final int MARKS_PER_VISIT = 20;

  private StoreBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-store-bench");
    try {
      commitLatency(folder.resolve("commits.db"));
      queuedCommitLatency(folder.resolve("queued.db"));
      openPatient(folder.resolve("patient.db"));
      largeChart(folder.resolve("large.db"));
    } finally {
      deleteTree(folder);
    }
  }

  private static void commitLatency(Path file) throws Exception {
    try (Database database = Database.open(file)) {
      String visitId = newVisit(database, Instant.now());
      ChartStore store = new ChartStore(database);
      Random random = new Random(1);
      List<Mark> marks = new ArrayList<>();
      double[] millis = new double[COMMITS];
      for (int i = -50; i < COMMITS; i++) {
        ChartChange change;
        if (marks.isEmpty() || random.nextBoolean()) {
          Mark mark = point(random);
          marks.add(mark);
          change = new ChartChange(Set.of(mark), Set.of(), "edit.addMarks");
        } else {
          int index = random.nextInt(marks.size());
          Mark moved = marks.get(index).withPosition(random.nextDouble(), random.nextDouble());
          marks.set(index, moved);
          change = new ChartChange(Set.of(moved), Set.of(), "edit.moveMarks");
        }
        long start = System.nanoTime();
        store.commit(visitId, change, AUTHOR);
        if (i >= 0) {
          millis[i] = (System.nanoTime() - start) / 1e6;
        }
      }
      Stats stats = new Stats(millis);
      System.out.println(
          "store: edit -> committed (synchronous=FULL, one mark): " + stats.describe("ms"));
    }
  }

  /**
   * The same edits as the app makes them: handed to the visit's commit queue on the event thread,
   * committed on the queue's own thread, timed until the queue reports them saved.
   */
  private static void queuedCommitLatency(Path file) throws Exception {
    try (Database database = Database.open(file)) {
      String visitId = newVisit(database, Instant.now());
      ChartStore store = new ChartStore(database);
      app.myomap.session.CommitQueue queue =
          new app.myomap.session.CommitQueue(
              store,
              visitId,
              AUTHOR,
              store.load(visitId),
              java.time.Duration.ofSeconds(10),
              status -> {});
      Random random = new Random(2);
      double[] millis = new double[COMMITS];
      for (int i = -50; i < COMMITS; i++) {
        Mark mark = point(random);
        long start = System.nanoTime();
        queue.submit(new ChartChange(Set.of(mark), Set.of(), "edit.addMarks"));
        if (!queue.flush(java.time.Duration.ofSeconds(10))) {
          throw new IllegalStateException("An edit was not saved: " + queue.status());
        }
        if (i >= 0) {
          millis[i] = (System.nanoTime() - start) / 1e6;
        }
      }
      queue.close();
      Stats stats = new Stats(millis);
      System.out.println(
          "store: edit -> committed through the commit queue (as the app saves): "
              + stats.describe("ms"));
    }
  }

  private static void openPatient(Path file) throws Exception {
    String patientId;
    try (Database database = Database.open(file)) {
      patientId = fillPatient(database);
    }
    long start = System.nanoTime();
    try (Database database = Database.open(file)) {
      Chart chart = openLatestChart(database, patientId);
      System.out.printf(
          "store: cold open of the file + patient with %d visits + latest chart (%d marks):"
              + " %.1f ms%n",
          VISITS, chart.size(), (System.nanoTime() - start) / 1e6);
      Stats warm = Stats.timeMicros(10, 50, () -> openLatestChart(database, patientId));
      System.out.println(
          "store: open patient with "
              + VISITS
              + " visits and load the latest chart: "
              + scaled(warm));
    }
  }

  private static void largeChart(Path file) throws Exception {
    try (Database database = Database.open(file)) {
      String visitId = newVisit(database, Instant.now());
      ChartStore store = new ChartStore(database);
      Random random = new Random(3);
      database.inTransaction(
          c -> {
            List<Mark> marks = new ArrayList<>();
            for (int batch = 0; batch < 20; batch++) {
              List<Mark> added = new ArrayList<>();
              for (int i = 0; i < 100; i++) {
                added.add(point(random));
              }
              marks.addAll(added);
              store.commit(
                  visitId, ChartChange.between(Chart.empty(), new Chart(added), "add"), AUTHOR);
            }
            for (int i = 0; i < 8000; i++) {
              int index = random.nextInt(marks.size());
              Mark moved = marks.get(index).withPosition(random.nextDouble(), random.nextDouble());
              marks.set(index, moved);
              store.commit(visitId, new ChartChange(Set.of(moved), Set.of(), "move"), AUTHOR);
            }
            return null;
          });
      Stats load = Stats.timeMicros(3, 20, () -> store.load(visitId));
      System.out.println("store: load a 2000-mark chart with 10000 mark versions: " + scaled(load));
    }
  }

  private static String fillPatient(Database database) {
    Patient patient = Patient.create("Bench Patient", LocalDate.of(1975, 6, 1), "B-1");
    PatientStore patients = new PatientStore(database);
    patients.create(patient, AUTHOR);
    for (int other = 0; other < 50; other++) {
      patients.create(
          Patient.create("Other " + other, LocalDate.of(1960 + other % 40, 1, 1), ""), AUTHOR);
    }
    VisitStore visits = new VisitStore(database);
    ChartStore charts = new ChartStore(database);
    Random random = new Random(2);
    Instant first = Instant.now().minus(Duration.ofDays(VISITS * 7L));
    database.inTransaction(
        c -> {
          for (int v = 0; v < VISITS; v++) {
            Visit visit =
                new Visit(
                    UUID.randomUUID().toString(),
                    patient.id(),
                    first.plus(Duration.ofDays(v * 7L)),
                    "v1",
                    AUTHOR);
            visits.create(visit);
            List<Mark> marks = new ArrayList<>();
            for (int m = 0; m < MARKS_PER_VISIT; m++) {
              Mark mark = point(random);
              marks.add(mark);
              charts.commit(visit.id(), new ChartChange(Set.of(mark), Set.of(), "add"), AUTHOR);
            }
            for (int edit = 0; edit < 10; edit++) {
              Mark changed = marks.get(random.nextInt(marks.size()));
              Mark next =
                  changed instanceof TriggerPoint tp
                      ? tp.withStatus(TriggerPointStatus.LATENT).withNeedled(true)
                      : changed.withPosition(changed.x() + 1, changed.y());
              charts.commit(visit.id(), new ChartChange(Set.of(next), Set.of(), "change"), AUTHOR);
            }
          }
          return null;
        });
    return patient.id();
  }

  private static Chart openLatestChart(Database database, String patientId) {
    new PatientStore(database).get(patientId).orElseThrow();
    List<Visit> visits = new VisitStore(database).listByPatient(patientId);
    return new ChartStore(database).load(visits.get(0).id());
  }

  private static String newVisit(Database database, Instant start) {
    Patient patient = Patient.create("Bench Patient", LocalDate.of(1975, 6, 1), "");
    new PatientStore(database).create(patient, AUTHOR);
    Visit visit = new Visit(UUID.randomUUID().toString(), patient.id(), start, "v1", AUTHOR);
    new VisitStore(database).create(visit);
    return visit.id();
  }

  private static Mark point(Random random) {
    MarkId id = MarkId.random();
    BodyView view = BodyView.values()[random.nextInt(BodyView.values().length)];
    double x = random.nextDouble() * 400;
    double y = random.nextDouble() * 900;
    if (random.nextInt(5) == 0) {
      return new NotePin(id, view, x, y, "Note " + random.nextInt(1000));
    }
    return TriggerPoint.place(id, view, x, y, new MuscleRef("upper-trapezius"), Side.RIGHT, AUTHOR);
  }

  /** Microsecond figures shown in milliseconds, the unit of the targets. */
  private static String scaled(Stats micros) {
    return String.format(
        Locale.ROOT,
        "median %.2f ms, p90 %.2f ms",
        micros.median() / 1000,
        micros.percentile(90) / 1000);
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
