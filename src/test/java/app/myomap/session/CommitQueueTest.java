package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.StorageProblem;
import app.myomap.store.VisitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed save never looks saved: the queue stops at the failed edit, keeps it and every later
 * edit in order, says why, and resumes in order once storage works again.
 */
class CommitQueueTest {
  private static final String AUTHOR = "Test Practitioner";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path folder;

  private final List<CommitQueue.Status> seen = new CopyOnWriteArrayList<>();

  @Test
  void aFullDiskStopsTheQueueKeepsEveryEditInOrderAndRetrySavesThemAll() throws Exception {
    try (Database database = Database.open(folder.resolve("full.db"))) {
      String visitId = newVisit(database).id();
      ChartStore charts = new ChartStore(database);
      CommitQueue queue = queue(charts, visitId, Duration.ofHours(1));
      TriggerPoint first = point(100);
      queue.submit(added(first));
      assertThat(queue.flush(WAIT)).isTrue();
      int pages = database.inTransaction(c -> intOf(c, "PRAGMA page_count"));
      database.inTransaction(c -> run(c, "PRAGMA max_page_count = " + pages));

      List<ChartChange> later = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        later.add(added(pin(200 + i, "x".repeat(NotePin.MAX_TEXT_LENGTH))));
      }
      later.add(deletedChange(first.id()));
      later.forEach(queue::submit);

      assertThat(queue.flush(WAIT)).as("a full disk cannot take the edits").isFalse();
      CommitQueue.Status status = queue.status();
      assertThat(status.state()).isEqualTo(CommitQueue.State.FAILED);
      assertThat(status.problem()).isEqualTo(StorageProblem.DISK_FULL);
      int committedPins = charts.load(visitId).notePins().size();
      assertThat(committedPins).isLessThan(later.size() - 1);
      assertThat(queue.unsaved())
          .as("the failed edit and every edit behind it wait, in order")
          .isEqualTo(later.subList(committedPins, later.size()));
      assertThat(status.unsavedMarks()).contains(first.id());
      assertThat(charts.load(visitId).contains(first.id()))
          .as("an edit made after a failed one is never saved before it")
          .isTrue();

      database.inTransaction(c -> run(c, "PRAGMA max_page_count = 1000000"));
      queue.retry();

      assertThat(queue.flush(WAIT)).isTrue();
      assertThat(queue.status().state()).isEqualTo(CommitQueue.State.SAVED);
      Chart stored = charts.load(visitId);
      assertThat(stored.contains(first.id())).isFalse();
      assertThat(stored.notePins()).hasSize(60);
      assertThat(queue.saved()).isEqualTo(stored);
      assertThat(seen).anyMatch(s -> s.state() == CommitQueue.State.FAILED);
      queue.close();
    }
  }

  @Test
  void aReadOnlyDatabaseIsNamedAndTheQueueRetriesByItself() throws Exception {
    try (Database database = Database.open(folder.resolve("ro.db"))) {
      String visitId = newVisit(database).id();
      ChartStore charts = new ChartStore(database);
      database.inTransaction(c -> run(c, "PRAGMA query_only = 1"));
      CommitQueue queue = queue(charts, visitId, Duration.ofMillis(200));
      TriggerPoint point = point(100);
      queue.submit(added(point));

      assertThat(queue.flush(WAIT)).isFalse();
      assertThat(queue.status().problem()).isEqualTo(StorageProblem.READ_ONLY);
      assertThat(queue.status().unsavedMarks()).containsExactly(point.id());

      database.inTransaction(c -> run(c, "PRAGMA query_only = 0"));
      // Nobody presses Retry: the queue tries again by itself.
      app.myomap.testing.Gui.waitUntil(
          "the automatic retry saves the edit",
          () -> queue.status().state() == CommitQueue.State.SAVED);
      assertThat(charts.load(visitId).contains(point.id())).isTrue();
      queue.close();
    }
  }

  @Test
  void aDeletedFileIsNamedAndItsEditsCanBeWrittenElsewhereAndImportedInOrder() throws Exception {
    Path file = folder.resolve("gone.db");
    Path copy = folder.resolve("copy.db");
    Database database = Database.open(file);
    Visit visit = newVisit(database);
    Patient patient = new PatientStore(database).get(visit.patientId()).orElseThrow();
    ChartStore charts = new ChartStore(database);
    CommitQueue queue = queue(charts, visit.id(), Duration.ofHours(1));
    TriggerPoint kept = point(100);
    TriggerPoint removed = point(150);
    queue.submit(added(kept));
    queue.submit(added(removed));
    assertThat(queue.flush(WAIT)).isTrue();
    database.close();
    Files.copy(file, copy);
    database = Database.open(file);
    charts = new ChartStore(database);
    queue = queue(charts, visit.id(), Duration.ofHours(1), charts.load(visit.id()));
    Files.delete(file);

    TriggerPoint moved = kept.withPosition(300, 300);
    TriggerPoint added = point(400);
    queue.submit(new ChartChange(Set.of(moved), Set.of(), "edit.moveMarks"));
    queue.submit(deletedChange(removed.id()));
    queue.submit(added(added));

    assertThat(queue.flush(WAIT)).isFalse();
    assertThat(queue.status().problem()).isEqualTo(StorageProblem.FILE_GONE);
    assertThat(queue.unsaved()).hasSize(3);
    Path edits = folder.resolve("elsewhere").resolve("unsaved.myomap");
    Files.createDirectories(edits.getParent());
    UnsavedEdits.write(edits, patient, visit, queue.saved(), queue.unsaved(), AUTHOR);
    queue.close(Duration.ofMillis(100));
    database.close();

    try (Database restored = Database.open(copy)) {
      UnsavedEdits.Contents contents = UnsavedEdits.read(edits);
      assertThat(contents.edits()).isEqualTo(queue.unsaved());
      ChartStore restoredCharts = new ChartStore(restored);
      int imported = UnsavedEdits.importInto(contents, new VisitStore(restored), restoredCharts);

      assertThat(imported).isEqualTo(3);
      Chart chart = restoredCharts.load(visit.id());
      assertThat(chart.get(kept.id())).isEqualTo(moved);
      assertThat(chart.contains(removed.id())).isFalse();
      assertThat(chart.contains(added.id())).isTrue();
      assertThat(restoredCharts.history(visit.id())).hasSize(5);
    }
  }

  @Test
  void importIsRefusedWhenTheChartMovedOnAndNothingIsImported() throws Exception {
    Path edits = folder.resolve("unsaved.myomap");
    try (Database database = Database.open(folder.resolve("clinic.db"))) {
      Visit visit = newVisit(database);
      Patient patient = new PatientStore(database).get(visit.patientId()).orElseThrow();
      ChartStore charts = new ChartStore(database);
      TriggerPoint point = point(100);
      charts.commit(visit.id(), added(point), AUTHOR);
      UnsavedEdits.write(
          edits,
          patient,
          visit,
          charts.load(visit.id()),
          List.of(new ChartChange(Set.of(point.withPosition(10, 10)), Set.of(), "edit.moveMarks")),
          AUTHOR);
      charts.commit(
          visit.id(),
          new ChartChange(Set.of(point.withPosition(50, 50)), Set.of(), "edit.moveMarks"),
          AUTHOR);

      UnsavedEdits.ImportRefused refused =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              UnsavedEdits.ImportRefused.class,
              () ->
                  UnsavedEdits.importInto(
                      UnsavedEdits.read(edits), new VisitStore(database), charts));

      assertThat(refused.reason()).isEqualTo(UnsavedEdits.ImportRefused.Reason.CHART_CHANGED);
      assertThat(charts.history(visit.id())).hasSize(2);
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () ->
                      UnsavedEdits.write(edits, patient, visit, Chart.empty(), List.of(), AUTHOR)))
          .as("a file of unsaved edits is never overwritten")
          .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }
  }

  private CommitQueue queue(ChartStore charts, String visitId, Duration retryAfter) {
    return queue(charts, visitId, retryAfter, charts.load(visitId));
  }

  private CommitQueue queue(ChartStore charts, String visitId, Duration retryAfter, Chart saved) {
    return new CommitQueue(charts, visitId, AUTHOR, saved, retryAfter, seen::add);
  }

  private static Visit newVisit(Database database) {
    Patient patient = Patient.create("Pat Example", LocalDate.of(1970, 1, 1), "");
    new PatientStore(database).create(patient, AUTHOR);
    Visit visit =
        new Visit(
            UUID.randomUUID().toString(),
            patient.id(),
            Instant.now().minus(Duration.ofMinutes(5)),
            "v1",
            AUTHOR);
    new VisitStore(database).create(visit);
    return visit;
  }

  private static TriggerPoint point(double x) {
    return TriggerPoint.place(
        MarkId.random(),
        BodyView.POSTERIOR,
        x,
        200,
        new MuscleRef("upper-trapezius"),
        Side.RIGHT,
        AUTHOR);
  }

  private static NotePin pin(double x, String text) {
    return new NotePin(MarkId.random(), BodyView.POSTERIOR, x, 300, text);
  }

  private static ChartChange added(app.myomap.model.Mark mark) {
    return new ChartChange(Set.of(mark), Set.of(), "edit.addMarks");
  }

  private static ChartChange deletedChange(MarkId id) {
    return new ChartChange(Set.of(), Set.of(id), "edit.removeMarks");
  }

  private static int run(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
      return 0;
    }
  }

  private static int intOf(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        java.sql.ResultSet rows = s.executeQuery(sql)) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }
}
