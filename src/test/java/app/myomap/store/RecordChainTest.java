package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.VisitUnlock;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The record chain against the ways a clinical record was altered from outside with a SQLite shell:
 * each is refused by the file's own guards or, with the guards dropped or the file's bytes edited,
 * named by the verifier with the patient and visit it touched.
 */
class RecordChainTest {
  private static final String AUTHOR = "Dr Sam Rivera";

  /** A coordinate whose eight stored bytes appear nowhere else in the file. */
  private static final double ODD_X = 123.456789012345;

  @TempDir Path folder;
  private Database database;
  private Patient patient;
  private Visit visit;
  private Visit otherVisit;
  private MarkId pointId;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  /** A morning's charting: two patients, two visits, five edits, a renamed patient, an unlock. */
  private void chart() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    PatientStore patients = new PatientStore(database);
    VisitStore visits = new VisitStore(database);
    ChartStore charts = new ChartStore(database);
    patient = Patient.create("Jordan Lee", LocalDate.of(1985, 4, 12), "MRN-1001");
    patients.create(patient, AUTHOR);
    Patient other = Patient.create("Alex Kim", LocalDate.of(1990, 1, 2), "");
    patients.create(other, AUTHOR);
    patients.update(new Patient(other.id(), "Alex Kimura", other.dateOfBirth(), ""), AUTHOR);
    visit = Visit.start(patient.id(), "v1", AUTHOR, Clock.systemUTC());
    visits.create(visit);
    otherVisit = Visit.start(other.id(), "v1", AUTHOR, Clock.systemUTC());
    visits.create(otherVisit);
    pointId = MarkId.random();
    TriggerPoint point = point(pointId, ODD_X, 40);
    charts.commit(visit.id(), added(point), AUTHOR);
    charts.commit(visit.id(), added(point(MarkId.random(), 60, 70)), AUTHOR);
    charts.commit(
        visit.id(),
        ChartChange.between(
            charts.load(visit.id()),
            charts.load(visit.id()).replace(point.withPosition(ODD_X + 1, 44)),
            "command.move"),
        AUTHOR);
    charts.commit(otherVisit.id(), added(point(MarkId.random(), 10, 20)), AUTHOR);
    visits.recordUnlock(new VisitUnlock(visit.id(), Instant.now(), AUTHOR, "Late finding"));
    charts.commit(otherVisit.id(), added(point(MarkId.random(), 30, 20)), AUTHOR);
  }

  private static TriggerPoint point(MarkId id, double x, double y) {
    return TriggerPoint.place(
        id, BodyView.POSTERIOR, x, y, new MuscleRef("upper-trapezius"), Side.RIGHT, AUTHOR);
  }

  private static ChartChange added(TriggerPoint point) {
    return new ChartChange(new LinkedHashSet<>(List.of(point)), Set.of(), "command.add");
  }

  private VerifyReport verify() {
    return new RecordVerifier(database).verifyAll(done -> {});
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

  @Test
  void anUntouchedFileVerifiesCleanWithOneEntryPerChange() throws Exception {
    chart();
    VerifyReport report = verify();
    assertThat(report.broken()).isEmpty();
    // The author's profile, 2 patients + 1 new version, 2 visits, 5 edits, 1 unlock
    assertThat(report.checked()).isEqualTo(12);
    assertThat(report.head().seq()).isEqualTo(12);
    assertThat(new RecordVerifier(database).lastVerified()).isEqualTo(report.head());
    assertThat(new RecordVerifier(database).verifySinceLastVerified().clean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT OR REPLACE INTO mark_versions SELECT * FROM mark_versions WHERE seq = 1",
        "INSERT OR REPLACE INTO edits SELECT * FROM edits WHERE seq = 1",
        "INSERT OR REPLACE INTO visits SELECT * FROM visits",
        "INSERT OR REPLACE INTO patients SELECT * FROM patients",
        "INSERT OR REPLACE INTO patient_history SELECT * FROM patient_history",
        "INSERT OR REPLACE INTO visit_unlocks SELECT * FROM visit_unlocks",
        "INSERT OR REPLACE INTO record_chain SELECT * FROM record_chain",
        "UPDATE visits SET started_at = '2020-01-01T00:00:00.000Z'",
        "DELETE FROM visits",
        "DELETE FROM patients",
        "UPDATE record_chain SET prev_hash = entry_hash",
        "DELETE FROM record_chain"
      })
  void theFileRefusesToReplaceChangeOrRemoveHistory(String sql) throws Exception {
    chart();
    assertThatThrownBy(() -> sql(sql)).isInstanceOf(DatabaseException.class);
    assertThat(verify().clean()).isTrue();
  }

  @Test
  void aVersionReplacedWithItsGuardsDroppedIsNamedByPatientAndVisit() throws Exception {
    chart();
    sql(
        "DROP TRIGGER mark_versions_no_replace",
        "DROP TRIGGER mark_versions_replace_head",
        "INSERT OR REPLACE INTO mark_versions SELECT visit_id, mark_id, seq, edit_id, ordinal,"
            + " deleted, kind, body_view, x, y, 'levator-scapulae', side, status, criteria,"
            + " ppt_value, ppt_unit, needled, examiner, note, twitch_presence, twitch_count,"
            + " twitch_strength, twitch_detected_by, pin_text, geometry, owner_id, zone_kind,"
            + " sensation, intensity, constancy, author, committed_at, replaces_seq,"
            + " origin_visit_id, origin_mark_id, root_visit_id, root_mark_id, carry_state"
            + " FROM mark_versions WHERE mark_id = '"
            + pointId
            + "' AND seq = 1");
    VerifyReport report = verify();
    assertThat(report.broken())
        .anySatisfy(
            broken -> {
              assertThat(broken.problem()).isEqualTo(BrokenRecord.Problem.CHANGED);
              assertThat(broken.what()).isEqualTo("chart edit");
              assertThat(broken.patientName()).isEqualTo("Jordan Lee");
              assertThat(broken.visitId()).isEqualTo(visit.id());
              assertThat(broken.describe())
                  .startsWith("Jordan Lee, visit of ")
                  .contains("chart edit of ")
                  .contains("was changed outside MyoMap");
            });
    assertThat(report.brokenVisits()).containsExactly(visit.id());
    assertThat(report.broken())
        .filteredOn(b -> b.problem() == BrokenRecord.Problem.GUARD_REMOVED)
        .hasSize(2);
  }

  @Test
  void anEditReplacedWithItsGuardDroppedIsNamed() throws Exception {
    chart();
    sql(
        "DROP TRIGGER edits_no_replace",
        "INSERT OR REPLACE INTO edits SELECT id, visit_id, seq, label_key, 'Someone Else',"
            + " committed_at, practitioner_id FROM edits WHERE visit_id = '"
            + otherVisit.id()
            + "' AND seq = 2");
    VerifyReport report = verify();
    assertThat(report.brokenVisits()).containsExactly(otherVisit.id());
    assertThat(report.broken())
        .anySatisfy(b -> assertThat(b.patientName()).isEqualTo("Alex Kimura"));
  }

  @Test
  void anUpdateAfterDroppingTheTriggerIsNamed() throws Exception {
    chart();
    sql(
        "DROP TRIGGER mark_versions_no_update",
        "UPDATE mark_versions SET side = 'L' WHERE mark_id = '" + pointId + "'");
    assertThat(verify().brokenVisits()).containsExactly(visit.id());
  }

  @Test
  void aRemovedVisitAndItsEditsAreNamed() throws Exception {
    chart();
    String other = "'" + otherVisit.id() + "'";
    sql(
        "DROP TRIGGER visits_no_delete",
        "DROP TRIGGER edits_no_delete",
        "DROP TRIGGER mark_versions_no_delete",
        "DELETE FROM mark_versions WHERE visit_id = " + other,
        "DELETE FROM edits WHERE visit_id = " + other,
        "DELETE FROM visits WHERE id = " + other);
    VerifyReport report = verify();
    assertThat(report.broken())
        .filteredOn(b -> b.problem() == BrokenRecord.Problem.REMOVED)
        .extracting(BrokenRecord::what)
        .containsExactly("visit", "chart edit", "chart edit");
    assertThat(report.broken())
        .anySatisfy(
            b -> {
              assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.REMOVED);
              assertThat(b.what()).isEqualTo("visit");
              assertThat(b.visitId()).isEqualTo(otherVisit.id());
            });
  }

  @Test
  void anEditedPatientNameIsNamed() throws Exception {
    chart();
    sql("UPDATE patients SET name = 'Jordan Leigh' WHERE id = '" + patient.id() + "'");
    VerifyReport report = verify();
    assertThat(report.broken())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.CURRENT_DIFFERS);
              assertThat(b.patientId()).isEqualTo(patient.id());
              assertThat(b.describe()).startsWith("Jordan Leigh: patient details");
            });
  }

  @Test
  void anEditedPatientVersionIsNamed() throws Exception {
    chart();
    sql(
        "DROP TRIGGER patient_history_no_update",
        "UPDATE patient_history SET date_of_birth = '1984-04-12' WHERE patient_id = '"
            + patient.id()
            + "'",
        "UPDATE patients SET date_of_birth = '1984-04-12' WHERE id = '" + patient.id() + "'");
    VerifyReport report = verify();
    assertThat(report.broken())
        .filteredOn(b -> b.problem() == BrokenRecord.Problem.CHANGED)
        .singleElement()
        .satisfies(b -> assertThat(b.patientId()).isEqualTo(patient.id()));
    assertThat(report.brokenPatients()).containsExactly(patient.id());
  }

  @Test
  void aFlippedBitInAStoredCoordinateIsNamedThoughSqliteFindsTheFileSound() throws Exception {
    chart();
    assertThat(verify().clean()).isTrue();
    database.close();
    Path file = folder.resolve("clinic.db");
    byte[] bytes = Files.readAllBytes(file);
    byte[] x = ByteBuffer.allocate(Double.BYTES).putDouble(ODD_X).array();
    int at = indexOf(bytes, x);
    assertThat(at).as("the coordinate's bytes in the file").isNotNegative();
    assertThat(indexOf(bytes, x, at + 1)).as("only once").isEqualTo(-1);
    bytes[at] ^= (byte) 0x80; // the sign bit: the point jumps to the other side of the body
    Files.write(file, bytes);

    database = Database.open(file);
    String integrity =
        database.inTransaction(
            c -> {
              try (Statement s = c.createStatement();
                  var rows = s.executeQuery("PRAGMA integrity_check")) {
                rows.next();
                return rows.getString(1);
              }
            });
    assertThat(integrity).isEqualTo("ok");
    assertThat(new ChartStore(database).loadAsOf(visit.id(), 1).triggerPoints())
        .singleElement()
        .satisfies(tp -> assertThat(tp.x()).isEqualTo(-ODD_X));
    VerifyReport quick = new RecordVerifier(database).verifySinceLastVerified();
    assertThat(quick.clean()).as("the quick check reads only what came after").isTrue();
    VerifyReport report = verify();
    assertThat(report.brokenVisits()).containsExactly(visit.id());
    assertThat(report.broken()).singleElement().satisfies(b -> assertThat(b.seq()).isPositive());
  }

  @Test
  void addedRowsThatNoEntryAccountsForAreNamed() throws Exception {
    chart();
    String editId = UUID.randomUUID().toString();
    sql(
        "INSERT INTO edits (id, visit_id, seq, label_key, author, committed_at) VALUES ('"
            + editId
            + "', '"
            + visit.id()
            + "', 4, 'command.add', 'Mallory', '2026-01-01T00:00:00.000Z')");
    VerifyReport report = verify();
    assertThat(report.broken())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.ADDED);
              assertThat(b.visitId()).isEqualTo(visit.id());
              assertThat(b.seq()).isZero();
            });
  }

  @Test
  void aChainRecomputedAfterTamperingNoLongerHoldsTheVerifiedHead() throws Exception {
    chart();
    assertThat(verify().clean()).isTrue();
    sql(
        "DROP TRIGGER mark_versions_no_update",
        "DROP TRIGGER record_chain_no_delete",
        "UPDATE mark_versions SET side = 'L'",
        "DELETE FROM record_chain");
    database.inTransaction(
        c -> {
          RecordChain.chainExistingHistory(c);
          return null;
        });
    VerifyReport quick = new RecordVerifier(database).verifySinceLastVerified();
    assertThat(quick.broken())
        .anySatisfy(b -> assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.CHAIN_REWRITTEN));
  }

  @Test
  void aChainRecomputedWithItsVerifiedHeadRewrittenToIsCaughtByTheHeadKeptOutside()
      throws Exception {
    chart();
    ChainHead kept = verify().head(); // as a backup's manifest keeps it
    sql(
        "DROP TRIGGER mark_versions_no_update",
        "DROP TRIGGER record_chain_no_delete",
        "UPDATE mark_versions SET side = 'L'",
        "DELETE FROM record_chain");
    database.inTransaction(
        c -> {
          RecordChain.chainExistingHistory(c);
          return null;
        });
    ChainHead forged = new RecordVerifier(database).head();
    sql("UPDATE meta SET value = '" + forged + "' WHERE key = '" + RecordVerifier.VERIFIED + "'");
    sql(
        "CREATE TRIGGER mark_versions_no_update BEFORE UPDATE ON mark_versions BEGIN SELECT"
            + " RAISE(ABORT, 'x'); END",
        "CREATE TRIGGER record_chain_no_delete BEFORE DELETE ON record_chain BEGIN SELECT"
            + " RAISE(ABORT, 'x'); END");
    RecordVerifier verifier = new RecordVerifier(database);
    assertThat(verifier.verifySinceLastVerified().clean())
        .as("inside the file, everything was made to agree")
        .isTrue();
    assertThat(verifier.verifySinceLastVerified(List.of(kept)).broken())
        .singleElement()
        .satisfies(b -> assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.CHAIN_REWRITTEN));
    assertThat(verifier.verifyAll(done -> {}, List.of(kept)).clean()).isFalse();
  }

  @Test
  void aCommitAfterTheHeadWasVerifiedIsCheckedAtOpen() throws Exception {
    chart();
    assertThat(verify().clean()).isTrue();
    new ChartStore(database).commit(otherVisit.id(), added(point(MarkId.random(), 5, 5)), AUTHOR);
    sql("DROP TRIGGER mark_versions_no_update", "UPDATE mark_versions SET x = 6 WHERE x = 5");
    VerifyReport quick = new RecordVerifier(database).verifySinceLastVerified();
    assertThat(quick.checked()).isEqualTo(1);
    assertThat(quick.brokenVisits()).containsExactly(otherVisit.id());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5})
  void everyReleasedFormatUpgradesWithItsHistoryChainedAndVerified(int format) throws Exception {
    Path file = folder.resolve("v" + format + ".db");
    database = Database.open(file, Migration.ALL.subList(0, format), "old");
    OldHistory history = new OldHistory(database, format);
    String jordan = history.patient("Jordan Lee");
    String alex = history.patient("Alex Kim");
    history.rename(alex, "Alex Kimura");
    String first = history.visit(jordan);
    String second = history.visit(alex);
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    history.placePoint(first, 1, a, 10.25, 20.5);
    history.placePoint(second, 1, b, 30, 40);
    history.placePoint(first, 2, b, 50, 60);
    history.placePoint(first, 3, a, 11.25, 21.5);
    history.deletePoint(first, 4, b);
    // One profile for the one author, made by the step that brought profiles.
    int changes = 3 + 2 + 5 + 1;
    if (format >= 4) {
      history.unlock(first);
      changes++;
    }
    List<List<Object>> versions = markVersionRows();
    database.close();

    database = Database.open(file);
    assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    // The file as it was is kept first, verified, in the backup folder beside it.
    assertThat(new BackupFolder(BackupFolder.besides(file), file).list())
        .singleElement()
        .satisfies(
            backup -> {
              assertThat(backup.manifest().schemaVersion()).isEqualTo(format);
              assertThat(backup.matchesManifest()).isTrue();
            });
    VerifyReport report = verify();
    assertThat(report.broken()).isEmpty();
    assertThat(report.checked()).isEqualTo(changes);
    assertThat(markVersionRows()).isEqualTo(versions);
    ChartStore store = new ChartStore(database);
    TriggerPoint moved = store.load(first).triggerPoints().get(0);
    assertThat(moved.x()).isEqualTo(11.25);
    Chart now = store.load(first);
    store.commit(
        first,
        ChartChange.between(now, now.replace(moved.withPosition(12, 22)), "command.move"),
        AUTHOR);
    assertThat(verify().clean()).isTrue();
    // The commit's author is new to the file: a profile, then the edit.
    assertThat(new RecordVerifier(database).head().seq()).isEqualTo(changes + 2);
  }

  @Test
  void aFileAlreadyChangedOutsideMyoMapIsStillBackedUpFaithfully() throws Exception {
    chart();
    sql(
        "DROP TRIGGER mark_versions_no_update",
        "UPDATE mark_versions SET side = 'L' WHERE mark_id = '" + pointId + "'");
    Path backups = folder.resolve("backups");
    Backup backup =
        BackupWriter.write(
            database, new BackupFolder(backups, folder.resolve("clinic.db")), Instant.now(), "t");
    assertThat(backup.matchesManifest()).isTrue();
    try (Database copy = Database.openCopyForChecking(backup.file())) {
      assertThat(new RecordVerifier(copy).verifyAll(done -> {}).broken())
          .isEqualTo(verify().broken());
    }
  }

  @Test
  void anOldFileIsNotUpgradedWithoutAVerifiedBackupFirst() throws Exception {
    Path file = folder.resolve("old.db");
    database = Database.open(file, Migration.ALL.subList(0, 5), "old");
    new OldHistory(database, 5).patient("Jordan Lee");
    database.close();
    database = null;
    Files.writeString(BackupFolder.besides(file), "a file where the backup folder should be");
    assertThatThrownBy(() -> Database.open(file))
        .isInstanceOf(DatabaseRefusedException.class)
        .hasMessageContaining("no verified backup of it could be made first");
    database = Database.open(file, Migration.ALL.subList(0, 5), "old");
    assertThat(database.schemaVersion()).isEqualTo(5);
  }

  /** Rebuilds the visit unlocks table, as a step that changes a CHECK constraint must. */
  @Test
  void aChainedFileOfFormat6GainsLineageWithItsHistoryStillVerified() throws Exception {
    Path file = folder.resolve("v6.db");
    database = Database.open(file, Migration.ALL.subList(0, 5), "old");
    OldHistory history = new OldHistory(database, 5);
    String jordan = history.patient("Jordan Lee");
    String visit = history.visit(jordan);
    String a = UUID.randomUUID().toString();
    history.placePoint(visit, 1, a, 10.25, 20.5);
    history.placePoint(visit, 2, a, 11.25, 21.5);
    database.close();
    // Format 6 chains that history; format 7 then adds the lineage columns to a chained file.
    database = Database.open(file, Migration.ALL.subList(0, 6), "old");
    assertThat(verify().broken()).isEmpty();
    List<List<Object>> versions = markVersionRows();
    database.close();

    database = Database.open(file);

    assertThat(database.schemaVersion()).isEqualTo(Migration.latestVersion(Migration.ALL));
    assertThat(markVersionRows()).isEqualTo(versions);
    VerifyReport report = verify();
    assertThat(report.broken()).isEmpty();
    // 1 patient, 1 visit, 2 edits and the profile of their author.
    assertThat(report.checked()).isEqualTo(5);
    // A follow-up of the upgraded visit is chained under encoding 2 beside the old entries.
    ChartStore charts = new ChartStore(database);
    Visit old = new VisitStore(database).get(visit).orElseThrow();
    Visit followUp =
        new app.myomap.session.FollowUpVisits(
                new VisitStore(database), charts, java.time.Clock.systemUTC())
            .start(old.patientId(), old, AUTHOR);
    assertThat(charts.load(followUp.id()).awaitingReexamination()).hasSize(1);
    assertThat(verify().broken()).isEmpty();
    // The follow-up's author, new to the file, gets a profile: visit, edit and profile.
    assertThat(verify().checked()).isEqualTo(8);
  }

  /** Every mark version's key and charted fields, in key order, as the file holds them. */
  private List<List<Object>> markVersionRows() {
    return database.inTransaction(
        c -> {
          List<List<Object>> rows = new java.util.ArrayList<>();
          try (var query =
                  c.prepareStatement(
                      "SELECT visit_id, mark_id, seq, deleted, kind, body_view, x, y, muscle,"
                          + " side, status FROM mark_versions ORDER BY visit_id, mark_id, seq");
              var result = query.executeQuery()) {
            while (result.next()) {
              List<Object> row = new java.util.ArrayList<>();
              for (int i = 1; i <= 11; i++) {
                row.add(result.getObject(i));
              }
              rows.add(row);
            }
          }
          return rows;
        });
  }

  private static Migration rebuildUnlocks(boolean recreateGuards) {
    String guards =
        recreateGuards
            ? "CREATE TRIGGER visit_unlocks_no_replace BEFORE INSERT ON visit_unlocks WHEN EXISTS"
                + " (SELECT 1 FROM visit_unlocks WHERE visit_id = NEW.visit_id AND unlocked_at ="
                + " NEW.unlocked_at)\n  BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
                + "CREATE TRIGGER visit_unlocks_no_update BEFORE UPDATE ON visit_unlocks\n"
                + "  BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
                + "CREATE TRIGGER visit_unlocks_no_delete BEFORE DELETE ON visit_unlocks\n"
                + "  BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
                + "CREATE TRIGGER visit_unlocks_signed BEFORE INSERT ON visit_unlocks WHEN"
                + " EXISTS (SELECT 1 FROM visit_signatures WHERE visit_id = NEW.visit_id)\n"
                + "  BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
            : "";
    return Migration.of(
        Migration.latestVersion(Migration.ALL) + 1,
        "V999__test_rebuild",
        "CREATE TABLE visit_unlocks_new (visit_id TEXT NOT NULL REFERENCES visits (id),"
            + " unlocked_at TEXT NOT NULL, author TEXT NOT NULL, reason TEXT NOT NULL);\n"
            + "INSERT INTO visit_unlocks_new SELECT * FROM visit_unlocks;\n"
            + "DROP TABLE visit_unlocks;\n"
            + "ALTER TABLE visit_unlocks_new RENAME TO visit_unlocks;\n"
            + guards);
  }

  @Test
  void aLaterStepThatRebuildsATableMustKeepTheChainAndRecreateItsGuards() throws Exception {
    chart();
    database.close();
    database = null;
    Path file = folder.resolve("clinic.db");
    List<Migration> careless = new java.util.ArrayList<>(Migration.ALL);
    careless.add(rebuildUnlocks(false));
    assertThatThrownBy(() -> Database.open(file, careless, "next"))
        .isInstanceOf(DatabaseRefusedException.class)
        .hasMessageContaining("visit_unlocks_no_update");
    database = Database.open(file);
    assertThat(database.schemaVersion()).isEqualTo(Migration.latestVersion(Migration.ALL));
    database.close();

    List<Migration> careful = new java.util.ArrayList<>(Migration.ALL);
    careful.add(rebuildUnlocks(true));
    database = Database.open(file, careful, "next");
    assertThat(database.schemaVersion()).isEqualTo(Migration.latestVersion(Migration.ALL) + 1);
    assertThat(verify().broken()).isEmpty();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
