package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema's own second line of defence: rows the model would never produce are refused by CHECK
 * constraints even when written with plain SQL, and recorded history cannot be changed.
 */
class SchemaChecksTest {
  private static final String NULL = "<null>";

  @TempDir Path folder;

  private Database database;
  private String visitId;
  private String editId;

  @BeforeEach
  void openDatabaseWithOneEdit() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    Patient patient = Patient.create("Pat", LocalDate.of(1970, 1, 1), "");
    new PatientStore(database).create(patient, "Dr A");
    Visit visit = Visit.start(patient.id(), "v1", "Dr A", Clock.systemUTC());
    new VisitStore(database).create(visit);
    visitId = visit.id();
    NotePin pin = new NotePin(MarkId.random(), BodyView.ANTERIOR, 1, 2, "first");
    new ChartStore(database).commit(visitId, new ChartChange(Set.of(pin), Set.of(), "k"), "Dr A");
    editId = new ChartStore(database).history(visitId).get(0).editId();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void validTriggerPointRowsAndDeletionMarkersAreAccepted() {
    insertVersion(Map.of());
    insertVersion(Map.of("ppt_value", "2000", "ppt_unit", "KPA"));
    insertVersion(Map.of("ppt_value", "20", "ppt_unit", "KG_PER_CM2"));
    insertVersion(
        Map.of("twitch_presence", "PRESENT", "twitch_count", "99", "twitch_strength", "WEAK"));
    insertVersion(deletionMarker());

    assertThat(count("mark_versions")).isEqualTo(6);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "side, X",
    "body_view, front",
    "kind, referralZone",
    "kind, <null>",
    "ppt_value, <null>",
    "ppt_value, -1.5",
    "twitch_detected_by, <null>",
    "status, DORMANT",
    "needled, 2",
    "twitch_presence, MAYBE",
    "twitch_count, 100",
    "twitch_count, -1",
    "twitch_strength, HUGE",
    "ppt_unit, PSI",
    "ppt_value, 0",
    "ppt_value, 2000.5",
    "ppt_unit, <null>",
    "examiner, ''",
    "examiner, <null>",
    "x, <null>",
    "pin_text, stray pin text",
    "deleted, 1",
    "deleted, 3",
    "mark_id, not-a-uuid",
    "author, ''",
  })
  void rowsTheModelWouldRefuseAreRefusedByTheSchema(String column, String value) {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put(column, value);
    if (column.equals("ppt_value")) {
      overrides.put("ppt_unit", "KPA");
    }
    if (column.equals("ppt_unit") && value.equals(NULL)) {
      overrides.put("ppt_value", "12");
    }

    assertThatThrownBy(() -> insertVersion(overrides)).isInstanceOf(DatabaseException.class);
    assertThat(count("mark_versions")).isEqualTo(1);
  }

  @Test
  void absentTwitchCannotHaveACountStrengthOrDetection() {
    assertThatThrownBy(
            () -> insertVersion(Map.of("twitch_presence", "ABSENT", "twitch_count", "3")))
        .isInstanceOf(DatabaseException.class);
    assertThatThrownBy(
            () -> insertVersion(Map.of("twitch_presence", "NOT_TESTED", "twitch_strength", "WEAK")))
        .isInstanceOf(DatabaseException.class);
    assertThatThrownBy(
            () ->
                insertVersion(
                    Map.of("twitch_presence", "ABSENT", "twitch_detected_by", "PALPABLE")))
        .isInstanceOf(DatabaseException.class);
  }

  @Test
  void deletionMarkerCarriesNoMarkFields() {
    Map<String, String> marker = new LinkedHashMap<>(deletionMarker());
    marker.put("x", "1.5");

    assertThatThrownBy(() -> insertVersion(marker)).isInstanceOf(DatabaseException.class);
  }

  @Test
  void recordedHistoryCannotBeChangedOrRemoved() {
    for (String sql :
        List.of(
            "UPDATE mark_versions SET x = 99",
            "DELETE FROM mark_versions",
            "UPDATE edits SET author = 'Someone Else'",
            "DELETE FROM edits",
            "UPDATE patient_history SET name = 'Rewritten'",
            "DELETE FROM patient_history")) {
      assertThatThrownBy(() -> execute(sql))
          .as(sql)
          .isInstanceOf(DatabaseException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(count("mark_versions")).isEqualTo(1);
    assertThat(count("edits")).isEqualTo(1);
    assertThat(count("patient_history")).isEqualTo(1);
  }

  @Test
  void patientAndVisitRowsOutsideTheRulesAreRefused() {
    String patient =
        "INSERT INTO patients (id, name, date_of_birth, record_number, name_key, record_key,"
            + " version) VALUES (?, ?, ?, ?, '', '', 1)";
    String visit =
        "INSERT INTO visits (id, patient_id, started_at, atlas_version, practitioner, recorded_at)"
            + " VALUES (?, ?, ?, ?, 'Dr A', '2024-05-01T09:30:00.000Z')";
    String someone = UUID.randomUUID().toString();
    List<List<String>> refused =
        List.of(
            List.of(patient, someone, "", "1980-01-01", ""),
            List.of(patient, someone, "A", "1899-12-31", ""),
            List.of(patient, someone, "A", "1980-01-01", "x".repeat(41)),
            List.of(patient, "42", "A", "1980-01-01", ""),
            List.of(visit, someone, UUID.randomUUID().toString(), "2024-05-01T09:30:00.000Z", "v1"),
            List.of(visit, someone, patientId(), "2024-05-01T09:30:00.000Z", "1"),
            List.of(visit, someone, patientId(), "2024-05-01 09:30", "v1"));

    for (List<String> statement : refused) {
      assertThatThrownBy(() -> execute(statement.get(0), statement.subList(1, statement.size())))
          .as(statement.toString())
          .isInstanceOf(DatabaseException.class);
    }
    assertThat(count("patients")).isEqualTo(1);
    assertThat(count("visits")).isEqualTo(1);
  }

  private static Map<String, String> deletionMarker() {
    Map<String, String> marker = new LinkedHashMap<>();
    marker.put("deleted", "1");
    for (String column : MarkColumns.NAMES.split(",")) {
      marker.put(column.strip(), NULL);
    }
    return marker;
  }

  /** Inserts a valid trigger-point version row of a new mark, changed by {@code overrides}. */
  private void insertVersion(Map<String, String> overrides) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("visit_id", visitId);
    row.put("mark_id", UUID.randomUUID().toString());
    row.put("seq", "1");
    row.put("edit_id", editId);
    row.put("ordinal", "5");
    row.put("deleted", "0");
    row.put("kind", "triggerPoint");
    row.put("body_view", "posterior");
    row.put("x", "10.5");
    row.put("y", "20.25");
    row.put("muscle", "upper-trapezius");
    row.put("side", "L");
    row.put("status", "ACTIVE");
    row.put("criteria", "TAUT_BAND");
    row.put("ppt_value", NULL);
    row.put("ppt_unit", NULL);
    row.put("needled", "0");
    row.put("examiner", "Dr A");
    row.put("note", "");
    row.put("twitch_presence", "NOT_TESTED");
    row.put("twitch_count", "0");
    row.put("twitch_strength", NULL);
    row.put("twitch_detected_by", "");
    row.put("pin_text", NULL);
    row.put("author", "Dr A");
    row.put("committed_at", "2024-05-01T09:30:00.000Z");
    overrides.forEach((column, value) -> row.put(column, value.equals("''") ? "" : value));
    List<String> values = new ArrayList<>(row.values());
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO mark_versions ("
                      + String.join(", ", row.keySet())
                      + ") VALUES ("
                      + "?, ".repeat(row.size() - 1)
                      + "?)")) {
            for (int i = 0; i < values.size(); i++) {
              String value = values.get(i);
              insert.setObject(i + 1, value.equals(NULL) ? null : number(value));
            }
            return insert.executeUpdate();
          }
        });
  }

  /** Numbers bound as numbers, so that the column types play no part in the refusal. */
  private static Object number(String value) {
    try {
      return value.contains(".") ? Double.parseDouble(value) : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private void execute(String sql) {
    execute(sql, List.of());
  }

  private void execute(String sql, List<String> parameters) {
    database.inTransaction(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
              statement.setString(i + 1, parameters.get(i));
            }
            return statement.executeUpdate();
          }
        });
  }

  private String patientId() {
    return database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet rows = statement.executeQuery("SELECT id FROM patients")) {
            rows.next();
            return rows.getString(1);
          }
        });
  }

  private int count(String table) {
    return database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
          }
        });
  }
}
