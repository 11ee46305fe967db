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
import app.myomap.model.PainIntensity;
import app.myomap.model.Patient;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.model.record.Retest;
import app.myomap.model.record.SigningState;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 14 rebuilds mark_versions so that a mark may lie on the hand or foot view: a database of
 * schema 14 with charts, a signed visit and a record upgrades with every row, guard, index and
 * signature kept and its record chain still verifying.
 */
class HandAndFootViewsMigrationTest {
  private static final String AUTHOR = "Dr Kim Osei";
  private static final Instant START = Instant.parse("2026-11-02T08:15:00.250Z");

  @TempDir Path folder;

  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aSchema14DatabaseUpgradesKeepingEveryRowGuardAndSignatureAndTakesHandMarks()
      throws Exception {
    Path file = folder.resolve("clinic.db");
    database = Database.open(file, Migration.ALL.subList(0, 14), "old");
    TickingClock clock = new TickingClock(START);
    Patient patient = Patient.create("Robin Vale", LocalDate.of(1981, 3, 14), "R-7");
    new PatientStore(database, clock).create(patient, AUTHOR);
    Visit signed = new Visit(UUID.randomUUID().toString(), patient.id(), START, "v1", AUTHOR);
    Visit open =
        new Visit(
            UUID.randomUUID().toString(), patient.id(), START.plusSeconds(86_400), "v1", AUTHOR);
    VisitStore visits = new VisitStore(database, clock);
    visits.create(signed);
    visits.create(open);
    ChartStore charts = new ChartStore(database, clock);
    TriggerPoint trapezius =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            250.5,
            180.25,
            new MuscleRef("upper-trapezius"),
            Side.RIGHT,
            AUTHOR);
    ReferralZone zone =
        new ReferralZone(
            MarkId.random(),
            BodyView.HEAD_RIGHT,
            ZoneShape.of(new java.awt.geom.Area(new Ellipse2D.Double(40, 60, 33.3, 21.7)))
                .orElseThrow(),
            Optional.of(trapezius.id()),
            ReferralKind.values()[0],
            ReferredSensation.values()[0],
            Optional.of(PainIntensity.of(6)));
    NotePin pin = new NotePin(MarkId.random(), BodyView.ANTERIOR, 120, 300, "bruise");
    charts.commit(signed.id(), added(trapezius, zone, pin), AUTHOR);
    charts.commit(
        open.id(),
        added(
            TriggerPoint.place(
                MarkId.random(),
                BodyView.LATERAL_LEFT,
                90,
                410,
                new MuscleRef("gluteus-medius"),
                Side.LEFT,
                AUTHOR)),
        AUTHOR);
    new RecordStore(database, clock)
        .add(signed.id(), new Retest(OptionalInt.of(2), "Rotation R 70°", ""), AUTHOR);
    new SignatureStore(database, clock).sign(signed.id(), AUTHOR);

    Chart signedChart = charts.load(signed.id());
    Chart openChart = charts.load(open.id());
    SigningState signing = new SignatureStore(database, clock).state(signed.id());
    List<List<Object>> schemaBefore = schemaWithoutMarkVersions();
    List<List<Object>> markRows =
        SqlRows.rows(database, "SELECT * FROM mark_versions ORDER BY visit_id, mark_id, seq");
    List<List<Object>> columns =
        SqlRows.rows(database, "SELECT * FROM pragma_table_info('mark_versions')");
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
    assertThat(markRows).hasSize(4);
    database.close();

    database = Database.open(file);

    assertThat(database.schemaVersion()).isEqualTo(Migration.latestVersion(Migration.ALL));
    assertThat(new BackupFolder(BackupFolder.besides(file), file).list()).hasSize(1);
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
    assertThat(schemaWithoutMarkVersions()).isEqualTo(schemaBefore);
    assertThat(
            SqlRows.rows(database, "SELECT * FROM mark_versions ORDER BY visit_id, mark_id, seq"))
        .isEqualTo(markRows);
    assertThat(SqlRows.rows(database, "SELECT * FROM pragma_table_info('mark_versions')"))
        .isEqualTo(columns);
    assertThat(
            SqlRows.rows(database, "SELECT sql FROM sqlite_master WHERE name = 'mark_versions'")
                .toString())
        .contains("'hand'", "'foot'");
    charts = new ChartStore(database, clock);
    assertThat(charts.load(signed.id())).isEqualTo(signedChart);
    assertThat(charts.load(open.id())).isEqualTo(openChart);
    assertThat(new SignatureStore(database, clock).state(signed.id())).isEqualTo(signing);
    assertThat(new SignatureStore(database, clock).unmatched()).isEmpty();

    TriggerPoint interosseous =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.HAND,
            64.5,
            132.75,
            new MuscleRef("first-dorsal-interosseous"),
            Side.LEFT,
            AUTHOR);
    NotePin sole = new NotePin(MarkId.random(), BodyView.FOOT, 80, 40, "plantar heel");
    charts.commit(open.id(), added(interosseous, sole), AUTHOR);
    assertThat(new ChartStore(database, clock).load(open.id()).marks())
        .contains(interosseous, sole)
        .hasSize(3);
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();

    String editId = new ChartStore(database, clock).history(open.id()).get(0).editId();
    assertThatThrownBy(() -> insertPin(open.id(), editId, "elbow"))
        .hasMessageContaining("CHECK constraint failed");
    assertThatThrownBy(() -> insertPin(signed.id(), editId, "hand"))
        .hasMessageContaining("the visit is signed");
    assertThatThrownBy(() -> SqlRows.execute(database, "UPDATE mark_versions SET x = 1"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> SqlRows.execute(database, "DELETE FROM mark_versions"))
        .hasMessageContaining("append-only");
  }

  private static ChartChange added(Mark... marks) {
    return new ChartChange(new LinkedHashSet<>(List.of(marks)), Set.of(), "command.add");
  }

  private List<List<Object>> schemaWithoutMarkVersions() {
    return SqlRows.rows(
        database,
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> 'mark_versions'"
            + " ORDER BY type, name");
  }

  private void insertPin(String visitId, String editId, String view) {
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO mark_versions (visit_id, mark_id, seq, edit_id, ordinal, deleted,"
                      + " kind, body_view, x, y, pin_text, author, committed_at)"
                      + " VALUES (?, ?, 1, ?, 9, 0, 'notePin', ?, 1.5, 2.5, 'pin', ?,"
                      + " '2026-11-03T09:00:00.000Z')")) {
            insert.setString(1, visitId);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, editId);
            insert.setString(4, view);
            insert.setString(5, AUTHOR);
            return insert.executeUpdate();
          }
        });
  }
}
