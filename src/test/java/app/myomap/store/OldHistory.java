package app.myomap.store;

import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Writes clinical history with plain SQL, the way older MyoMap versions did, into a database of an
 * older data format (the stores of this build also write the record chain, which older formats do
 * not have). Only the columns of format 2 are written, and from format 5 on the version each mark
 * version replaces, as format 5 requires.
 */
final class OldHistory {
  static final String AUTHOR = "Dr A";

  private final Database database;
  private final boolean namesReplaced;
  private int minute;
  private String lastEditTime;

  /** History for a database in data format {@code format}. */
  OldHistory(Database database, int format) {
    this.database = database;
    this.namesReplaced = format >= 5;
  }

  /** A time one minute after the previous one this history wrote. */
  String nextTime() {
    minute++;
    return String.format("2024-05-01T%02d:%02d:00.000Z", 9 + minute / 60, minute % 60);
  }

  /** A patient with version 1 of their details; returns the patient's id. */
  String patient(String name) {
    String id = UUID.randomUUID().toString();
    String at = nextTime();
    sql(
        "INSERT INTO patients (id, name, date_of_birth, record_number, name_key, record_key,"
            + " version, last_activity_at) VALUES (?, ?, '1970-01-01', '', ?, '', 1, NULL)",
        id,
        name,
        name.toLowerCase(java.util.Locale.ROOT));
    sql(
        "INSERT INTO patient_history (patient_id, version, name, date_of_birth, record_number,"
            + " author, recorded_at) VALUES (?, 1, ?, '1970-01-01', '', ?, ?)",
        id,
        name,
        AUTHOR,
        at);
    return id;
  }

  /** A second version of a patient's details, renamed. */
  void rename(String patientId, String name) {
    String at = nextTime();
    sql(
        "UPDATE patients SET name = ?, name_key = ?, version = 2 WHERE id = ?",
        name,
        name.toLowerCase(java.util.Locale.ROOT),
        patientId);
    sql(
        "INSERT INTO patient_history (patient_id, version, name, date_of_birth, record_number,"
            + " author, recorded_at) VALUES (?, 2, ?, '1970-01-01', '', ?, ?)",
        patientId,
        name,
        AUTHOR,
        at);
  }

  /** A visit of the patient; returns its id. */
  String visit(String patientId) {
    String id = UUID.randomUUID().toString();
    String at = nextTime();
    sql(
        "INSERT INTO visits (id, patient_id, started_at, atlas_version, practitioner,"
            + " recorded_at) VALUES (?, ?, ?, 'v1', ?, ?)",
        id,
        patientId,
        at,
        AUTHOR,
        at);
    return id;
  }

  /** Edit {@code seq} of a visit placing (or moving) trigger point {@code markId} at x, y. */
  void placePoint(String visitId, int seq, String markId, double x, double y) {
    String editId = edit(visitId, seq, "command.add.triggerPoint");
    sql(
        versionInsert(
            "visit_id, mark_id, seq, edit_id, ordinal, deleted, kind, body_view, x, y, muscle,"
                + " side, status, criteria, needled, examiner, note, twitch_presence,"
                + " twitch_count, twitch_detected_by, author, committed_at",
            "?1, ?2, ?3, ?4, 0, 0, 'triggerPoint', 'posterior', ?5, ?6, 'upper-trapezius', 'L',"
                + " 'ACTIVE', '', 0, ?7, '', 'NOT_TESTED', 0, '', ?8, ?9"),
        visitId,
        markId,
        seq,
        editId,
        x,
        y,
        AUTHOR,
        AUTHOR,
        lastEditTime);
  }

  /** Edit {@code seq} of a visit deleting mark {@code markId}. */
  void deletePoint(String visitId, int seq, String markId) {
    String editId = edit(visitId, seq, "command.delete");
    sql(
        versionInsert(
            "visit_id, mark_id, seq, edit_id, ordinal, deleted, author, committed_at",
            "?1, ?2, ?3, ?4, 0, 1, ?5, ?6"),
        visitId,
        markId,
        seq,
        editId,
        AUTHOR,
        lastEditTime);
  }

  /**
   * An insert into mark_versions of {@code columns} and {@code values} (placeholders), with the
   * replaced version from format 5 on (the previous row of the mark, taken from the first two
   * parameters: visit and mark).
   */
  private String versionInsert(String columns, String values) {
    if (!namesReplaced) {
      return "INSERT INTO mark_versions (" + columns + ") VALUES (" + values + ")";
    }
    return "INSERT INTO mark_versions ("
        + columns
        + ", replaces_seq) VALUES ("
        + values
        + ", (SELECT MAX(seq) FROM mark_versions WHERE visit_id = ?1 AND mark_id = ?2))";
  }

  private String edit(String visitId, int seq, String label) {
    String id = UUID.randomUUID().toString();
    lastEditTime = nextTime();
    sql(
        "INSERT INTO edits (id, visit_id, seq, label_key, author, committed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        id,
        visitId,
        seq,
        label,
        AUTHOR,
        lastEditTime);
    return id;
  }

  /** A past visit made editable (format 4 on). */
  void unlock(String visitId) {
    sql(
        "INSERT INTO visit_unlocks (visit_id, unlocked_at, author, reason) VALUES (?, ?, ?, ?)",
        visitId,
        nextTime(),
        AUTHOR,
        "Late entry of a finding");
  }

  void sql(String sql, Object... values) {
    database.inTransaction(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
              statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
          }
          return null;
        });
  }
}
