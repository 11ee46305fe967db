package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.PainIntensity;
import app.myomap.model.Patient;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Referral zones and symptom areas in the append-only store: exact round trips and migration. */
class ZoneStoreTest {
  private static final String AUTHOR = "Dr A";

  @TempDir Path folder;

  private Database database;

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  private String openWithVisit() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    return newVisit();
  }

  private String newVisit() {
    Patient patient = Patient.create("Pat", LocalDate.of(1970, 1, 1), "");
    new PatientStore(database).create(patient, AUTHOR);
    Visit visit = Visit.start(patient.id(), "v1", AUTHOR, Clock.systemUTC());
    new VisitStore(database).create(visit);
    return visit.id();
  }

  private static ZoneShape blob(double x, double y) {
    Area area = new Area(new Ellipse2D.Double(x, y, 37.3, 21.7));
    area.add(new Area(new Ellipse2D.Double(x + 20.05, y + 9.9, 30, 30)));
    area.subtract(new Area(new Rectangle2D.Double(x + 24, y - 1, 3.3, 50)));
    return ZoneShape.of(area).orElseThrow();
  }

  private static ChartChange added(List<? extends Mark> marks) {
    return new ChartChange(new LinkedHashSet<>(marks), Set.of(), "command.paint.referralZone");
  }

  @Test
  void everyZoneFieldAndTheExactOutlineSurviveStorage() throws Exception {
    String visitId = openWithVisit();
    ChartStore store = new ChartStore(database);
    TriggerPoint owner =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            250,
            160,
            new MuscleRef("upper-trapezius"),
            Side.RIGHT,
            AUTHOR);
    List<Mark> marks = new ArrayList<>(List.of(owner));
    int i = 0;
    for (ReferralKind kind : ReferralKind.values()) {
      for (ReferredSensation sensation : ReferredSensation.values()) {
        Optional<PainIntensity> intensity =
            i % 3 == 0 ? Optional.empty() : Optional.of(PainIntensity.of(i % 11));
        Optional<MarkId> by = i % 4 == 0 ? Optional.empty() : Optional.of(owner.id());
        marks.add(
            new ReferralZone(
                MarkId.random(),
                BodyView.values()[i % BodyView.values().length],
                blob(10 * i - 33.33, 5 * i + 0.07),
                by,
                kind,
                sensation,
                intensity));
        i++;
      }
    }
    for (SymptomSensation sensation : SymptomSensation.values()) {
      for (SymptomConstancy constancy : SymptomConstancy.values()) {
        Optional<PainIntensity> intensity =
            i % 2 == 0 ? Optional.of(PainIntensity.of(i % 11)) : Optional.empty();
        marks.add(
            new SymptomArea(
                MarkId.random(),
                BodyView.ANTERIOR,
                blob(3 * i, 7 * i),
                sensation,
                intensity,
                constancy));
        i++;
      }
    }

    store.commit(visitId, added(marks), AUTHOR);

    Chart loaded = store.load(visitId);
    assertThat(loaded).isEqualTo(new Chart(marks));
    for (int m = 1; m < marks.size(); m++) {
      ZoneShape before = ((app.myomap.model.Zone) marks.get(m)).shape();
      ZoneShape after = ((app.myomap.model.Zone) loaded.marks().get(m)).shape();
      assertThat(after.toText()).isEqualTo(before.toText());
      assertThat(after.anchor()).isEqualTo(before.anchor());
    }
    assertThat(storedGeometry(visitId, marks.get(1).id()))
        .isEqualTo(((ReferralZone) marks.get(1)).shape().toText());
  }

  @Test
  void everyVersionOfAZoneCanBeRebuilt() throws Exception {
    String visitId = openWithVisit();
    ChartStore store = new ChartStore(database);
    ReferralZone painted =
        new ReferralZone(
            MarkId.random(),
            BodyView.HEAD_LEFT,
            blob(40, 40),
            Optional.empty(),
            ReferralKind.ESSENTIAL,
            ReferredSensation.PAIN,
            Optional.empty());
    ReferralZone extended =
        painted.withShape(painted.shape().plus(new Ellipse2D.Double(60, 60, 40, 40)));
    ReferralZone erased =
        extended.withShape(
            extended.shape().minus(new Rectangle2D.Double(50, 0, 6, 200)).orElseThrow());
    List<Chart> charts =
        List.of(Chart.of(painted), Chart.of(extended), Chart.of(erased), Chart.empty());
    store.commit(visitId, added(List.of(painted)), AUTHOR);
    store.commit(
        visitId,
        ChartChange.between(charts.get(0), charts.get(1), "command.paint.referralZone"),
        AUTHOR);
    store.commit(
        visitId,
        ChartChange.between(charts.get(1), charts.get(2), "command.erase.referralZone"),
        AUTHOR);
    store.commit(
        visitId,
        ChartChange.between(charts.get(2), charts.get(3), "command.erase.referralZone"),
        AUTHOR);

    for (int seq = 1; seq <= 4; seq++) {
      assertThat(store.loadAsOf(visitId, seq))
          .as("after edit %d", seq)
          .isEqualTo(charts.get(seq - 1));
    }
    assertThat(erased.shape().ringCount()).isGreaterThan(extended.shape().ringCount());
  }

  @Test
  void aVersionTwoDatabaseKeepsItsMarksAndTakesZonesAfterTheUpgrade() throws Exception {
    Path file = folder.resolve("old.db");
    database = Database.open(file, Migration.ALL.subList(0, 2), "test");
    OldHistory history = new OldHistory(database, 2);
    String visitId = history.visit(history.patient("Pat"));
    MarkId pointId = MarkId.random();
    insertVersionTwoTriggerPoint(visitId, pointId);
    database.close();

    database = Database.open(file);
    assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    ChartStore store = new ChartStore(database);
    TriggerPoint point =
        TriggerPoint.place(
            pointId,
            BodyView.POSTERIOR,
            10.5,
            20.25,
            new MuscleRef("upper-trapezius"),
            Side.LEFT,
            "Dr A");
    assertThat(store.load(visitId)).isEqualTo(Chart.of(point));

    SymptomArea area =
        new SymptomArea(
            MarkId.random(),
            BodyView.POSTERIOR,
            blob(0, 0),
            SymptomSensation.BURNING,
            Optional.of(PainIntensity.of(10)),
            SymptomConstancy.INTERMITTENT);
    store.commit(visitId, added(List.of(area)), AUTHOR);
    assertThat(store.load(visitId)).isEqualTo(Chart.of(point, area));
    assertThatThrownBy(() -> execute("UPDATE mark_versions SET x = 1"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute("DELETE FROM mark_versions"))
        .hasMessageContaining("append-only");
  }

  @Test
  void zoneRowsTheModelWouldRefuseAreRefusedByTheSchema() throws Exception {
    String visitId = openWithVisit();
    ChartStore store = new ChartStore(database);
    store.commit(
        visitId,
        added(
            List.of(
                new SymptomArea(
                    MarkId.random(),
                    BodyView.ANTERIOR,
                    blob(0, 0),
                    SymptomSensation.ACHING,
                    Optional.empty(),
                    SymptomConstancy.CONSTANT))),
        AUTHOR);
    String good = "'referralZone', 'M0,0L10,0L10,10Z', NULL, 'ESSENTIAL', 'PAIN', 7, NULL, NULL";
    insertZone(visitId, good);
    for (String bad :
        List.of(
            "'referralZone', 'M0,0L10,0L10,10Z', NULL, NULL, 'PAIN', 7, NULL, NULL",
            "'referralZone', 'M0,0L10,0L10,10Z', NULL, 'ESSENTIAL', 'ACHING', 7, NULL, NULL",
            "'referralZone', 'M0,0L10,0L10,10Z', NULL, 'ESSENTIAL', 'PAIN', 11, NULL, NULL",
            "'referralZone', 'M0,0L10,0L10,10Z', NULL, 'ESSENTIAL', 'PAIN', 7, 'CONSTANT', NULL",
            "'referralZone', 'L0,0L10,0L10,10Z', NULL, 'ESSENTIAL', 'PAIN', 7, NULL, NULL",
            "'referralZone', NULL, NULL, 'ESSENTIAL', 'PAIN', 7, NULL, NULL",
            "'referralZone', 'M0,0L10,0L10,10Z', 'short', 'ESSENTIAL', 'PAIN', 7, NULL, NULL",
            "'referralZone', 'M0,0L10,0L10,10Z', NULL, 'ESSENTIAL', 'PAIN', 7, NULL, 'stray'",
            "'symptomArea', 'M0,0L10,0L10,10Z', NULL, NULL, 'ACHING', 7, NULL, NULL",
            "'symptomArea', 'M0,0L10,0L10,10Z', NULL, 'SPILLOVER', 'ACHING', 7, 'CONSTANT', NULL",
            "'symptomArea', 'M0,0L10,0L10,10Z', NULL, NULL, 'TINGLING', 7, 'CONSTANT', NULL",
            "'symptomArea', 'M0,0L10,0L10,10Z', '"
                + UUID.randomUUID()
                + "', NULL, 'ACHING',"
                + " 7, 'CONSTANT', NULL",
            "'triggerPoint', 'M0,0L10,0L10,10Z', NULL, NULL, 'ACHING', NULL, 'CONSTANT', NULL")) {
      assertThatThrownBy(() -> insertZone(visitId, bad))
          .as(bad)
          .isInstanceOf(DatabaseException.class);
    }
    assertThat(count()).isEqualTo(2);
  }

  /**
   * Inserts a zone row with kind, geometry, owner, zone kind, sensation, intensity, constancy, pin
   * text.
   */
  private void insertZone(String visitId, String values) {
    execute(
        "INSERT INTO mark_versions (visit_id, mark_id, seq, edit_id, ordinal, deleted, kind,"
            + " geometry, owner_id, zone_kind, sensation, intensity, constancy, pin_text,"
            + " body_view, x, y, author, committed_at)"
            + " SELECT visit_id, '"
            + UUID.randomUUID()
            + "', seq, id, 9, 0, "
            + values
            + ", 'anterior', 1, 2, 'Dr A', '2024-05-01T09:30:00.000Z' FROM edits"
            + " WHERE visit_id = '"
            + visitId
            + "'");
  }

  private void insertVersionTwoTriggerPoint(String visitId, MarkId id) {
    String editId = UUID.randomUUID().toString();
    execute(
        "INSERT INTO edits (id, visit_id, seq, label_key, author, committed_at) VALUES ('"
            + editId
            + "', '"
            + visitId
            + "', 1, 'command.add.triggerPoint', 'Dr A',"
            + " '2024-05-01T09:30:00.000Z')");
    execute(
        "INSERT INTO mark_versions (visit_id, mark_id, seq, edit_id, ordinal, deleted, kind,"
            + " body_view, x, y, muscle, side, status, criteria, needled, examiner, note,"
            + " twitch_presence, twitch_count, twitch_detected_by, author, committed_at) VALUES ('"
            + visitId
            + "', '"
            + id
            + "', 1, '"
            + editId
            + "', 0, 0, 'triggerPoint', 'posterior',"
            + " 10.5, 20.25, 'upper-trapezius', 'L', 'ACTIVE', '', 0, 'Dr A', '', 'NOT_TESTED', 0,"
            + " '', 'Dr A', '2024-05-01T09:30:00.000Z')");
  }

  private String storedGeometry(String visitId, MarkId id) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT geometry FROM mark_versions WHERE visit_id = ? AND mark_id = ?")) {
            query.setString(1, visitId);
            query.setString(2, id.value());
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              return rows.getString(1);
            }
          }
        });
  }

  private void execute(String sql) {
    database.inTransaction(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(sql)) {
            return statement.executeUpdate();
          }
        });
  }

  private int count() {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM mark_versions");
              ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
          }
        });
  }
}
