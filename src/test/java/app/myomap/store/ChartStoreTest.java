package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchResponse;
import app.myomap.model.TwitchStrength;
import app.myomap.model.Visit;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartStoreTest {
  private static final Instant START = Instant.parse("2024-05-01T09:30:00.125Z");
  private static final String AUTHOR = "Dr Jane O'Neil";
  private static final Clock FIXED = Clock.fixed(START, ZoneOffset.UTC);

  @TempDir Path folder;

  private Database database;
  private TickingClock clock;
  private ChartStore store;
  private String visitId;

  @BeforeEach
  void openDatabase() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    clock = new TickingClock(START);
    store = new ChartStore(database, clock);
    visitId = newVisit();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void everyTriggerPointAndNotePinFieldSurvivesStorage() throws Exception {
    List<Mark> marks = new ArrayList<>();
    double[] awkward = {
      0, 0.1, 1.0 / 3, Math.PI * 100, -123.456789012345, 1e-300, Double.MIN_VALUE, 4.9e15, 812.5
    };
    int i = 0;
    for (TriggerPoint point : everyTriggerPointVariant()) {
      marks.add(point.withPosition(awkward[i % awkward.length], awkward[(i + 3) % awkward.length]));
      i++;
    }
    marks.add(pin(BodyView.HEAD_LEFT, 3.25, 7.5e-7, "Ça fait mal – «ici» 痛い 🙂"));
    marks.add(pin(BodyView.LATERAL_LEFT, -0.5, 1e300, "quotes \" ' `; DROP TABLE edits; --"));
    marks.add(pin(BodyView.POSTERIOR, 1, 2, "x".repeat(NotePin.MAX_TEXT_LENGTH)));
    Chart chart = new Chart(marks);

    store.commit(visitId, ChartChange.between(Chart.empty(), chart, "edit.addMarks"), AUTHOR);

    Chart loaded = store.load(visitId);
    assertThat(loaded).isEqualTo(chart);
    assertThat(loaded.marks()).containsExactlyElementsOf(chart.marks());
    for (int m = 0; m < chart.size(); m++) {
      Mark stored = loaded.marks().get(m);
      assertThat(Double.doubleToRawLongBits(stored.x()))
          .isEqualTo(Double.doubleToRawLongBits(chart.marks().get(m).x()));
      assertThat(Double.doubleToRawLongBits(stored.y()))
          .isEqualTo(Double.doubleToRawLongBits(chart.marks().get(m).y()));
    }
  }

  @Test
  void negativeZeroComesBackAsTheSamePointAtZero() {
    Mark mark = pin(BodyView.ANTERIOR, -0.0, 5, "on the midline");

    store.commit(visitId, added(mark), AUTHOR);

    // SQLite keeps no sign on a zero REAL; -0.0 and 0.0 are the same place on the outline.
    Mark loaded = store.load(visitId).marks().get(0);
    assertThat(loaded.x()).isEqualTo(0.0);
    assertThat(loaded).isEqualTo(mark.withPosition(0.0, 5));
  }

  @Test
  void everyEditIsKeptAndEachEarlierChartCanBeRebuilt() throws Exception {
    TriggerPoint a = point(BodyView.POSTERIOR, 101.5, 202.25, "upper-trapezius", Side.LEFT);
    NotePin b = pin(BodyView.POSTERIOR, 40, 50, "Worse after driving");
    TriggerPoint c = point(BodyView.ANTERIOR, 10, 20, "infraspinatus", Side.RIGHT);
    TriggerPoint movedA = a.withPosition(110.125, 190.75);
    TriggerPoint examinedA =
        movedA
            .withStatus(TriggerPointStatus.LATENT)
            .withCriterion(TriggerPointCriterion.TAUT_BAND, true)
            .withPressurePainThreshold(
                Optional.of(new PressurePainThreshold(3.7, PressureUnit.KG_PER_CM2)));
    NotePin editedB = b.withText("Worse after long drives");

    List<Chart> expected = new ArrayList<>();
    expected.add(Chart.empty());
    List<ChartChange> changes = new ArrayList<>();
    changes.add(new ChartChange(new LinkedHashSet<>(List.of(a, b)), Set.of(), "edit.addMarks"));
    expected.add(Chart.of(a, b));
    changes.add(new ChartChange(Set.of(movedA), Set.of(), "edit.moveMarks"));
    expected.add(Chart.of(movedA, b));
    changes.add(new ChartChange(Set.of(examinedA), Set.of(), "edit.changeTriggerPoint"));
    expected.add(Chart.of(examinedA, b));
    changes.add(new ChartChange(Set.of(c), Set.of(), "edit.addMarks"));
    expected.add(Chart.of(examinedA, b, c));
    changes.add(new ChartChange(Set.of(), Set.of(a.id()), "edit.removeMarks"));
    expected.add(Chart.of(b, c));
    // Undo of the removal puts the point back with its last version, in its old place.
    changes.add(new ChartChange(Set.of(examinedA), Set.of(), "edit.undo"));
    expected.add(Chart.of(examinedA, b, c));
    changes.add(new ChartChange(Set.of(editedB), Set.of(c.id()), "edit.composite"));
    expected.add(Chart.of(examinedA, editedB));

    List<Long> seqs = new ArrayList<>();
    for (ChartChange change : changes) {
      seqs.add(store.commit(visitId, change, AUTHOR));
    }

    assertThat(seqs).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    for (int seq = 0; seq < expected.size(); seq++) {
      assertThat(store.loadAsOf(visitId, seq))
          .as("chart after edit %d", seq)
          .isEqualTo(expected.get(seq));
    }
    assertThat(store.load(visitId)).isEqualTo(expected.get(7));
    List<EditRecord> history = store.history(visitId);
    assertThat(history).extracting(EditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(history)
        .extracting(EditRecord::labelKey)
        .containsExactly(
            "edit.addMarks",
            "edit.moveMarks",
            "edit.changeTriggerPoint",
            "edit.addMarks",
            "edit.removeMarks",
            "edit.undo",
            "edit.composite");
    assertThat(history).extracting(EditRecord::author).containsOnly(AUTHOR);
    assertThat(history)
        .extracting(EditRecord::committedAt)
        .containsExactly(
            clock.tick(1),
            clock.tick(2),
            clock.tick(3),
            clock.tick(4),
            clock.tick(5),
            clock.tick(6),
            clock.tick(7));
    assertThat(history).extracting(EditRecord::editId).doesNotHaveDuplicates();
    // One row per upserted mark or deletion: 2 + 1 + 1 + 1 + 1 + 1 + 2.
    assertThat(versionRows("1 = 1")).isEqualTo(9);
    assertThat(versionRows("deleted = 1")).isEqualTo(2);
    assertThat(firstPosition(a.id())).containsExactly(101.5, 202.25);
  }

  @Test
  void chartAsItWasThreeEditsAgo() {
    Random random = new Random(7);
    ChartReplay replay = new ChartReplay();
    ChartScript script = new ChartScript(99);
    List<Chart> after = new ArrayList<>();
    for (long seq = 1; seq <= 12; seq++) {
      ChartChange change = script.change(seq, replay);
      assertThat(store.commit(visitId, change, "Author " + random.nextInt(3))).isEqualTo(seq);
      replay.apply(change);
      after.add(replay.chart());
    }

    long latest = store.latestSeq(visitId);
    Chart threeAgo = store.loadAsOf(visitId, latest - 3);

    assertThat(latest).isEqualTo(12);
    assertThat(threeAgo).isEqualTo(after.get(8));
    assertThat(threeAgo).isNotEqualTo(store.load(visitId));
    assertThat(store.load(visitId)).isEqualTo(after.get(11));
  }

  @Test
  void largeChartWithLongHistoryLoadsItsLatestState() {
    ChartReplay replay = new ChartReplay();
    Random random = new Random(11);
    List<Mark> live = new ArrayList<>();
    // One outer transaction only makes the set-up quick; each commit still joins it as one edit.
    database.inTransaction(
        c -> {
          for (int batch = 0; batch < 20; batch++) {
            List<Mark> added = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
              added.add(ChartScript.randomMark(random));
            }
            live.addAll(added);
            commitAndReplay(new ChartChange(Set.copyOf(added), Set.of(), "edit.addMarks"), replay);
          }
          for (int round = 0; round < 300; round++) {
            Mark target = live.get(random.nextInt(live.size()));
            Mark moved = target.withPosition(random.nextDouble() * 500, random.nextDouble() * 900);
            live.set(live.indexOf(target), moved);
            commitAndReplay(new ChartChange(Set.of(moved), Set.of(), "edit.moveMarks"), replay);
          }
          Mark removed = live.remove(17);
          commitAndReplay(
              new ChartChange(Set.of(), Set.of(removed.id()), "edit.removeMarks"), replay);
          return null;
        });

    Chart loaded = store.load(visitId);

    assertThat(loaded.size()).isEqualTo(1999);
    assertThat(loaded).isEqualTo(replay.chart());
    assertThat(store.loadAsOf(visitId, 20).size()).isEqualTo(2000);
  }

  @Test
  void visitsKeepTheirOwnCharts() throws Exception {
    String otherVisit = newVisit();
    Mark first = pin(BodyView.ANTERIOR, 1, 1, "first visit");
    Mark second = pin(BodyView.ANTERIOR, 2, 2, "second visit");

    store.commit(visitId, added(first), AUTHOR);
    long otherSeq = store.commit(otherVisit, added(second), AUTHOR);

    assertThat(otherSeq).isEqualTo(1);
    assertThat(store.load(visitId)).isEqualTo(Chart.of(first));
    assertThat(store.load(otherVisit)).isEqualTo(Chart.of(second));
  }

  @Test
  void chartSurvivesClosingAndReopening() throws Exception {
    Mark mark = point(BodyView.HEAD_RIGHT, 12.5, 33.125, "masseter", Side.RIGHT);
    store.commit(visitId, added(mark), AUTHOR);
    database.close();

    database = Database.open(folder.resolve("myomap.db"));

    assertThat(new ChartStore(database).load(visitId)).isEqualTo(Chart.of(mark));
  }

  @Test
  void invalidCommitsAreRefusedAndWriteNothing() {
    Mark mark = pin(BodyView.ANTERIOR, 1, 1, "kept");
    store.commit(visitId, added(mark), AUTHOR);
    MarkId neverAdded = MarkId.random();

    assertThatThrownBy(() -> store.commit(visitId, added(mark), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> store.commit(visitId, new ChartChange(Set.of(), Set.of(), "x"), AUTHOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                store.commit(
                    Visit.start(newPatientId(), "v1", AUTHOR, FIXED).id(), added(mark), AUTHOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No visit");
    Mark moved = mark.withPosition(5, 5);
    ChartChange twoVersions =
        new ChartChange(new LinkedHashSet<>(List.of(mark, moved)), Set.of(), "edit.moveMarks");
    assertThatThrownBy(() -> store.commit(visitId, twoVersions, AUTHOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two versions");
    assertThatThrownBy(() -> store.commit(visitId, deleted(neverAdded), AUTHOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not on the chart");
    store.commit(visitId, deleted(mark.id()), AUTHOR);
    assertThatThrownBy(() -> store.commit(visitId, deleted(mark.id()), AUTHOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.loadAsOf(visitId, 3))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(store.history(visitId)).hasSize(2);
    assertThat(versionRows("1 = 1")).isEqualTo(2);
  }

  private void commitAndReplay(ChartChange change, ChartReplay replay) {
    store.commit(visitId, change, AUTHOR);
    replay.apply(change);
  }

  private String newVisit() {
    Visit visit =
        new Visit(
            UUID.randomUUID().toString(),
            newPatientId(),
            START.minus(Duration.ofHours(1)),
            "v1",
            AUTHOR);
    new VisitStore(database, FIXED).create(visit);
    return visit.id();
  }

  private String newPatientId() {
    Patient patient = Patient.create("Pat Example", LocalDate.of(1970, 1, 1), "");
    new PatientStore(database, FIXED).create(patient, AUTHOR);
    return patient.id();
  }

  @Test
  void eachVersionNamesTheVersionItReplaces() {
    TriggerPoint point = point(BodyView.POSTERIOR, 100, 100, "upper-trapezius", Side.RIGHT);
    store.commit(visitId, added(point), AUTHOR);
    store.commit(
        visitId,
        new ChartChange(Set.of(point.withPosition(120, 100)), Set.of(), "edit.moveMarks"),
        AUTHOR);
    store.commit(visitId, deleted(point.id()), AUTHOR);

    assertThat(replaced(point.id())).containsExactly(null, 1L, 2L);
  }

  @Test
  void aChangeMadeOnAStaleChartIsRefusedAndNothingIsWritten() {
    TriggerPoint point = point(BodyView.POSTERIOR, 100, 100, "upper-trapezius", Side.RIGHT);
    long first = store.commit(visitId, added(point), AUTHOR, 0);
    // Another writer deletes the point after edit 1 ...
    store.commit(visitId, deleted(point.id()), AUTHOR, first);

    // ... and a move made on the chart of edit 1 would bring it back unseen.
    ConflictingEditException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConflictingEditException.class,
            () ->
                store.commit(
                    visitId,
                    new ChartChange(Set.of(point.withPosition(5, 5)), Set.of(), "edit.moveMarks"),
                    AUTHOR,
                    first));

    assertThat(refused).isNotNull();
    assertThat(store.history(visitId)).hasSize(2);
    assertThat(store.load(visitId).contains(point.id())).isFalse();
  }

  @Test
  void theDatabaseRefusesAVersionThatDoesNotReplaceTheCurrentOne() {
    TriggerPoint point = point(BodyView.POSTERIOR, 100, 100, "upper-trapezius", Side.RIGHT);
    store.commit(visitId, added(point), AUTHOR);

    DatabaseException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            DatabaseException.class,
            () ->
                database.inTransaction(
                    c -> {
                      try (PreparedStatement copy =
                          c.prepareStatement(
                              "INSERT INTO mark_versions (visit_id, mark_id, seq, edit_id,"
                                  + " ordinal, deleted, "
                                  + MarkColumns.NAMES
                                  + ", author, committed_at, replaces_seq) SELECT visit_id,"
                                  + " mark_id, seq + 1, edit_id, ordinal, deleted, "
                                  + MarkColumns.NAMES
                                  + ", author, committed_at, NULL FROM mark_versions")) {
                        return copy.executeUpdate();
                      }
                    }));

    assertThat(refused).hasMessageContaining("replace the current version");
    assertThat(versionRows("1 = 1")).isEqualTo(1);
  }

  private java.util.List<Long> replaced(MarkId id) {
    return database.inTransaction(
        c -> {
          java.util.List<Long> seqs = new java.util.ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT replaces_seq FROM mark_versions WHERE mark_id = ? ORDER BY seq")) {
            query.setString(1, id.value());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                long value = rows.getLong(1);
                seqs.add(rows.wasNull() ? null : value);
              }
            }
          }
          return seqs;
        });
  }

  private int versionRows(String condition) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT COUNT(*) FROM mark_versions WHERE " + condition)) {
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              return rows.getInt(1);
            }
          }
        });
  }

  private List<Double> firstPosition(MarkId id) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT x, y FROM mark_versions WHERE mark_id = ? ORDER BY seq")) {
            query.setString(1, id.value());
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              return List.of(rows.getDouble(1), rows.getDouble(2));
            }
          }
        });
  }

  private static List<TriggerPoint> everyTriggerPointVariant() {
    TriggerPoint base = point(BodyView.ANTERIOR, 0, 0, "upper-trapezius", Side.RIGHT);
    List<TriggerPoint> points = new ArrayList<>();
    points.add(base);
    points.add(
        base.withCriteria(EnumSet.allOf(TriggerPointCriterion.class))
            .withStatus(TriggerPointStatus.LATENT)
            .withNeedled(true)
            .withMuscle(new MuscleRef("gluteus-medius"), Side.LEFT)
            .withExaminer("Ärztin Zoë \"Zed\" O'Brien")
            .withNote("Line one\nline two; 'quoted' \"double\" \\ back – 痛み 🙂"));
    for (TriggerPointCriterion criterion : TriggerPointCriterion.values()) {
      points.add(base.withCriterion(criterion, true));
    }
    points.add(
        base.withPressurePainThreshold(
            Optional.of(new PressurePainThreshold(4.25, PressureUnit.KG_PER_CM2))));
    points.add(
        base.withPressurePainThreshold(
            Optional.of(
                new PressurePainThreshold(
                    PressureUnit.KG_PER_CM2.maximum(), PressureUnit.KG_PER_CM2))));
    points.add(
        base.withPressurePainThreshold(
            Optional.of(new PressurePainThreshold(312.7, PressureUnit.KPA))));
    points.add(
        base.withPressurePainThreshold(
            Optional.of(new PressurePainThreshold(Double.MIN_VALUE, PressureUnit.KPA))));
    points.add(base.withTwitch(TwitchResponse.notTested()));
    points.add(base.withTwitch(TwitchResponse.absent()));
    points.add(base.withTwitch(TwitchResponse.present(0)));
    points.add(base.withTwitch(TwitchResponse.present(TwitchResponse.MAX_COUNT)));
    for (TwitchStrength strength : TwitchStrength.values()) {
      points.add(base.withTwitch(TwitchResponse.present(3).withStrength(strength)));
    }
    for (TwitchDetection way : TwitchDetection.values()) {
      points.add(base.withTwitch(TwitchResponse.present(1).withDetectedBy(Set.of(way))));
    }
    points.add(
        base.withTwitch(
            TwitchResponse.present(7)
                .withStrength(TwitchStrength.STRONG)
                .withDetectedBy(EnumSet.allOf(TwitchDetection.class))));
    List<TriggerPoint> fresh = new ArrayList<>();
    BodyView[] views = BodyView.values();
    for (int i = 0; i < points.size(); i++) {
      TriggerPoint p = points.get(i);
      fresh.add(
          new TriggerPoint(
              MarkId.random(),
              views[i % views.length],
              p.x(),
              p.y(),
              p.muscle(),
              p.side(),
              p.status(),
              p.criteria(),
              p.pressurePainThreshold(),
              p.needled(),
              p.examiner(),
              p.note(),
              p.twitch()));
    }
    return fresh;
  }

  private static TriggerPoint point(BodyView view, double x, double y, String muscle, Side side) {
    return TriggerPoint.place(MarkId.random(), view, x, y, new MuscleRef(muscle), side, AUTHOR);
  }

  private static NotePin pin(BodyView view, double x, double y, String text) {
    return new NotePin(MarkId.random(), view, x, y, text);
  }

  private static ChartChange added(Mark mark) {
    return new ChartChange(Set.of(mark), Set.of(), "edit.addMarks");
  }

  private static ChartChange deleted(MarkId id) {
    return new ChartChange(Set.of(), Set.of(id), "edit.removeMarks");
  }
}
