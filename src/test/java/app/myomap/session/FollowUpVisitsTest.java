package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Carry;
import app.myomap.model.CarryState;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.DatabaseException;
import app.myomap.store.PatientStore;
import app.myomap.store.RecordVerifier;
import app.myomap.store.VisitStore;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follow-up visits in the real database file: carried, re-examined, reopened, append-only. */
class FollowUpVisitsTest {
  private static final String AUTHOR = "Dr Lee";

  @TempDir Path folder;

  private Database database;
  private String carriedVisit;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private Path file() {
    return folder.resolve("clinic.db");
  }

  private static TriggerPoint point(double x) {
    return TriggerPoint.place(
        MarkId.random(),
        BodyView.POSTERIOR,
        x,
        150,
        new MuscleRef("upper-trapezius"),
        Side.RIGHT,
        AUTHOR);
  }

  private static ChartChange added(TriggerPoint... points) {
    return new ChartChange(
        new java.util.LinkedHashSet<>(List.of(points)), Set.of(), "command.add.triggerPoint");
  }

  private Visit firstVisit(Patient patient, TriggerPoint... points) {
    Clock lastWeek = Clock.fixed(Instant.now().minusSeconds(7 * 86400), ZoneOffset.UTC);
    Visit visit = Visit.start(patient.id(), "v1", AUTHOR, lastWeek);
    new VisitStore(database).create(visit);
    new ChartStore(database).commit(visit.id(), added(points), AUTHOR);
    return visit;
  }

  private Patient patient() {
    Patient patient = Patient.create("Jordan Lee", LocalDate.of(1980, 5, 1), "");
    new PatientStore(database).create(patient, AUTHOR);
    return patient;
  }

  @Test
  void aFollowUpCarriesTheLatestVisitAndKeepsLineageAndStatesAcrossARestart() throws Exception {
    database = Database.open(file());
    Patient patient = patient();
    TriggerPoint a = point(230);
    TriggerPoint b = point(280);
    Visit first = firstVisit(patient, a, b);
    ChartStore charts = new ChartStore(database);
    FollowUpVisits followUps =
        new FollowUpVisits(new VisitStore(database), charts, Clock.systemUTC());

    Visit previous = followUps.previous(patient.id()).orElseThrow();
    assertThat(previous).isEqualTo(first);
    Visit followUp = followUps.start(patient.id(), previous, AUTHOR);

    Chart carried = charts.load(followUp.id());
    assertThat(carried.awaitingReexamination()).hasSize(2);
    assertThat(followUp.atlasVersion()).isEqualTo(first.atlasVersion());
    TriggerPoint carriedA = carried.triggerPoints().get(0);
    TriggerPoint carriedB = carried.triggerPoints().get(1);
    assertThat(carriedA.carry().map(Carry::originMarkId)).contains(a.id());
    Chart reexamined =
        carried.replaceAll(
            List.of(
                carriedA.withCarryState(CarryState.CONFIRMED),
                carriedB.withCarryState(CarryState.RESOLVED)));
    charts.commit(followUp.id(), ChartChange.between(carried, reexamined, "command.x"), AUTHOR);
    database.close();

    database = Database.open(file());
    Chart reopened = new ChartStore(database).load(followUp.id());
    assertThat(reopened).isEqualTo(reexamined);
    assertThat(reopened.triggerPoints())
        .containsExactly((TriggerPoint) reexamined.get(carriedA.id()));
    assertThat(reopened.resolved()).extracting(m -> m.id()).containsExactly(carriedB.id());
    // Append-only: the carried versions are still there beneath the re-examined ones.
    assertThat(new ChartStore(database).loadAsOf(followUp.id(), 1)).isEqualTo(carried);
    assertThat(new RecordVerifier(database).verifyAll(done -> {}).broken()).isEmpty();
  }

  @Test
  void theFileRefusesToRewriteLineageOrToBorrowAnotherPatientsFinding() throws Exception {
    TriggerPoint carried = carriedPoint();
    ChartStore charts = new ChartStore(database);
    Visit stranger = firstVisit(patient(), point(240));

    String copyWithNewOrigin =
        "INSERT INTO mark_versions SELECT visit_id, mark_id, 2, edit_id, ordinal, deleted, kind,"
            + " body_view, x, y, muscle, side, status, criteria, ppt_value, ppt_unit, needled,"
            + " examiner, note, twitch_presence, twitch_count, twitch_strength,"
            + " twitch_detected_by, pin_text, geometry, owner_id, zone_kind, sensation,"
            + " intensity, constancy, author, committed_at, 1, origin_visit_id, '%s',"
            + " root_visit_id, root_mark_id, carry_state FROM mark_versions WHERE mark_id = '"
            + carried.id().value()
            + "'";
    String otherMark = charts.load(stranger.id()).triggerPoints().get(0).id().value();
    assertThatThrownBy(() -> sql(String.format(copyWithNewOrigin, otherMark)))
        .isInstanceOf(DatabaseException.class);
    String borrowed =
        "INSERT INTO mark_versions SELECT visit_id, '"
            + MarkId.random().value()
            + "', seq, edit_id, 9, deleted, kind, body_view, x, y, muscle, side, status,"
            + " criteria, ppt_value, ppt_unit, needled, examiner, note, twitch_presence,"
            + " twitch_count, twitch_strength, twitch_detected_by, pin_text, geometry, owner_id,"
            + " zone_kind, sensation, intensity, constancy, author, committed_at, NULL, '"
            + stranger.id()
            + "', '"
            + otherMark
            + "', '"
            + stranger.id()
            + "', '"
            + otherMark
            + "', 'NOT_REEXAMINED' FROM mark_versions WHERE mark_id = '"
            + carried.id().value()
            + "'";
    assertThatThrownBy(() -> sql(borrowed)).isInstanceOf(DatabaseException.class);
    assertThat(new RecordVerifier(database).verifyAll(done -> {}).broken()).isEmpty();
  }

  @Test
  void aLineageValueChangedBehindTheGuardsBreaksTheRecordChain() throws Exception {
    TriggerPoint carried = carriedPoint();

    sql(
        "DROP TRIGGER mark_versions_no_update",
        "UPDATE mark_versions SET carry_state = 'CONFIRMED' WHERE mark_id = '"
            + carried.id().value()
            + "'");

    assertThat(new RecordVerifier(database).verifyAll(done -> {}).broken()).isNotEmpty();
  }

  @Test
  void unsavedEditsOfAFollowUpSurviveAFileOfTheirOwnAndComeBackWithTheirLineage() throws Exception {
    TriggerPoint carried = carriedPoint();
    ChartStore charts = new ChartStore(database);
    String visitId = carriedVisit;
    Chart saved = charts.load(visitId);
    Chart confirmed = saved.replace(carried.withCarryState(CarryState.CONFIRMED));
    ChartChange unsaved = ChartChange.between(saved, confirmed, "command.confirm.triggerPoint");
    Visit visit = new VisitStore(database).get(visitId).orElseThrow();
    Patient patient = new PatientStore(database).get(visit.patientId()).orElseThrow();
    Path file = folder.resolve("unsaved.myomap");

    UnsavedEdits.write(file, patient, visit, saved, List.of(unsaved), AUTHOR);
    UnsavedEdits.Contents contents = UnsavedEdits.read(file);
    assertThat(contents.base()).isEqualTo(saved);
    int imported = UnsavedEdits.importInto(contents, new VisitStore(database), charts);

    assertThat(imported).isEqualTo(1);
    assertThat(charts.load(visitId)).isEqualTo(confirmed);
    assertThat(new RecordVerifier(database).verifyAll(done -> {}).broken()).isEmpty();
  }

  /** A new file with a patient's visit of one point and its follow-up; the point as carried. */
  private TriggerPoint carriedPoint() throws Exception {
    database = Database.open(file());
    Visit first = firstVisit(patient(), point(230));
    ChartStore charts = new ChartStore(database);
    Visit followUp =
        new FollowUpVisits(new VisitStore(database), charts, Clock.systemUTC())
            .start(first.patientId(), first, AUTHOR);
    carriedVisit = followUp.id();
    return charts.load(followUp.id()).triggerPoints().get(0);
  }

  private void sql(String... statements) {
    database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            for (String sql : statements) {
              statement.executeUpdate(sql);
            }
          }
          return null;
        });
  }
}
