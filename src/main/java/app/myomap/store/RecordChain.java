package app.myomap.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The record chain: one entry per change to the clinical record (a patient version, a visit, a
 * chart edit with its mark versions, a past visit made editable), in the order the changes were
 * committed. Each entry holds the SHA-256 of its rows in {@link RecordEncoding} and the hash of the
 * entry before it, so a row changed, added or removed outside MyoMap, or an entry rewritten, no
 * longer matches. An entry is appended in the same transaction as its change, from the rows as
 * stored, so that what is hashed is exactly what a later check reads.
 */
final class RecordChain {
  static final String PATIENT = "patient";
  static final String VISIT = "visit";
  static final String EDIT = "edit";
  static final String UNLOCK = "unlock";
  static final String RECORD = "record";
  static final String SIGNATURE = "signature";
  static final String PRACTITIONER = "practitioner";
  static final String CORRECTION = "correction";
  static final String MERGE = "merge";

  /** The end of the reference of an addendum's opening, after the signature's own reference. */
  static final String AMEND = "/amend";

  /** One chain entry as stored. */
  record Entry(
      long seq,
      String kind,
      String ref,
      String patientId,
      String visitId,
      String recordedAt,
      int encoding,
      String contentHash,
      String prevHash,
      String entryHash) {

    /** The hash this entry must have, computed from its other fields. */
    String expectedHash() {
      return RecordChain.entryHash(
          seq, kind, ref, patientId, visitId, recordedAt, encoding, contentHash, prevHash);
    }
  }

  static final String ENTRY_COLUMNS =
      "seq, kind, ref, patient_id, visit_id, recorded_at, encoding, content_hash, prev_hash,"
          + " entry_hash";

  private RecordChain() {}

  static String patientRef(String patientId, long version) {
    return patientId + "/" + version;
  }

  /** The reference of version {@code version} of a visit's details, beside the visit's own. */
  static String visitDetailsRef(String visitId, int version) {
    return visitId + "/" + version;
  }

  /** Appends the entry of version {@code version} of a visit's details. */
  static void appendVisitDetails(Connection c, String visitId, int version, String recordedAt)
      throws SQLException {
    append(c, VISIT, visitDetailsRef(visitId, version), patientOf(c, visitId), visitId, recordedAt);
  }

  static String unlockRef(String visitId, String unlockedAt) {
    return visitId + "/" + unlockedAt;
  }

  static String recordRef(String entryId, int version) {
    return entryId + "/" + version;
  }

  static String signatureRef(String visitId, int n) {
    return visitId + "/" + n;
  }

  /** Appends the entry of one version of a record entry. */
  static void appendRecord(
      Connection c, String entryId, int version, String visitId, String writtenAt)
      throws SQLException {
    append(c, RECORD, recordRef(entryId, version), patientOf(c, visitId), visitId, writtenAt);
  }

  /** Appends the entry of signature {@code n} of a visit. */
  static void appendSignature(Connection c, String visitId, int n, String signedAt)
      throws SQLException {
    append(c, SIGNATURE, signatureRef(visitId, n), patientOf(c, visitId), visitId, signedAt);
  }

  /** Appends the entry of addendum {@code n} opened on a visit. */
  static void appendAmendment(Connection c, String visitId, int n, String openedAt)
      throws SQLException {
    append(
        c, SIGNATURE, signatureRef(visitId, n) + AMEND, patientOf(c, visitId), visitId, openedAt);
  }

  static String correctionRef(String visitId, int n) {
    return visitId + "/" + n;
  }

  /** Appends the entry of correction statement {@code n} attached to a visit. */
  static void appendCorrection(Connection c, String visitId, int n, String recordedAt)
      throws SQLException {
    append(c, CORRECTION, correctionRef(visitId, n), patientOf(c, visitId), visitId, recordedAt);
  }

  /** Appends the entry of a patient's record merged into another (ref: the merged record). */
  static void appendMerge(Connection c, String mergedId, String mergedAt) throws SQLException {
    append(c, MERGE, mergedId, mergedId, null, mergedAt);
  }

  /** Appends the entry of revision {@code version} of a practitioner's profile. */
  static void appendPractitioner(Connection c, String practitionerId, int version, String at)
      throws SQLException {
    append(c, PRACTITIONER, practitionerRef(practitionerId, version), null, null, at);
  }

  static String practitionerRef(String practitionerId, long version) {
    return practitionerId + "/" + version;
  }

  /** Appends the entry of version {@code version} of a patient. */
  static void appendPatient(Connection c, String patientId, int version, String recordedAt)
      throws SQLException {
    append(c, PATIENT, patientRef(patientId, version), patientId, null, recordedAt);
  }

  /** Appends the entry of a new visit. */
  static void appendVisit(Connection c, String visitId, String patientId, String recordedAt)
      throws SQLException {
    append(c, VISIT, visitId, patientId, visitId, recordedAt);
  }

  /** Appends the entry of a chart edit: its edit row and every mark version it wrote. */
  static void appendEdit(Connection c, String editId, String visitId, String committedAt)
      throws SQLException {
    append(c, EDIT, editId, patientOf(c, visitId), visitId, committedAt);
  }

  /** Appends the entry of a past visit made editable. */
  static void appendUnlock(Connection c, String visitId, String unlockedAt) throws SQLException {
    append(c, UNLOCK, unlockRef(visitId, unlockedAt), patientOf(c, visitId), visitId, unlockedAt);
  }

  private static void append(
      Connection c, String kind, String ref, String patientId, String visitId, String recordedAt)
      throws SQLException {
    String content = contentHash(c, kind, ref);
    if (content == null) {
      throw new SQLException("no rows to record in the chain for " + kind + " " + ref);
    }
    Entry last = last(c);
    long seq = last == null ? 1 : last.seq() + 1;
    String prev = last == null ? RecordEncoding.NO_HASH : last.entryHash();
    int encoding = RecordEncoding.VERSION;
    String hash =
        entryHash(seq, kind, ref, patientId, visitId, recordedAt, encoding, content, prev);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO record_chain ("
                + ENTRY_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, seq);
      insert.setString(2, kind);
      insert.setString(3, ref);
      insert.setString(4, patientId);
      insert.setString(5, visitId);
      insert.setString(6, recordedAt);
      insert.setInt(7, encoding);
      insert.setString(8, content);
      insert.setString(9, prev);
      insert.setString(10, hash);
      insert.executeUpdate();
    }
  }

  /** The newest entry, or null for an empty chain. */
  static Entry last(Connection c) throws SQLException {
    try (PreparedStatement query =
            c.prepareStatement(
                "SELECT " + ENTRY_COLUMNS + " FROM record_chain ORDER BY seq DESC LIMIT 1");
        ResultSet rows = query.executeQuery()) {
      return rows.next() ? entry(rows) : null;
    }
  }

  /** The entry with this number, or null. */
  static Entry at(Connection c, long seq) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM record_chain WHERE seq = ?")) {
      query.setLong(1, seq);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? entry(rows) : null;
      }
    }
  }

  static Entry entry(ResultSet rows) throws SQLException {
    return new Entry(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getInt(7),
        rows.getString(8),
        rows.getString(9),
        rows.getString(10));
  }

  /** The hash of an entry's fields, in the canonical encoding. */
  static String entryHash(
      long seq,
      String kind,
      String ref,
      String patientId,
      String visitId,
      String recordedAt,
      int encoding,
      String contentHash,
      String prevHash) {
    MessageDigest digest = RecordEncoding.sha256();
    RecordEncoding.values(
        digest,
        "myomap-record-chain",
        seq,
        kind,
        ref,
        patientId,
        visitId,
        recordedAt,
        (long) encoding,
        contentHash,
        prevHash);
    return RecordEncoding.hex(digest.digest());
  }

  /**
   * The hash of the rows an entry covers, read as they are stored now; null when its main row is
   * missing.
   */
  static String contentHash(Connection c, String kind, String ref) throws SQLException {
    MessageDigest digest = RecordEncoding.sha256();
    boolean found =
        switch (kind) {
          case PATIENT -> {
            int slash = ref.lastIndexOf('/');
            yield rows(
                    c,
                    digest,
                    "patient_history",
                    RecordEncoding.patientHistoryColumns(c),
                    "patient_id = ? AND version = ?",
                    "",
                    ref.substring(0, slash),
                    Long.parseLong(ref.substring(slash + 1)))
                > 0;
          }
          case VISIT -> {
            int slash = ref.lastIndexOf('/');
            yield slash < 0
                ? rows(c, digest, "visits", RecordEncoding.VISITS, "id = ?", "", ref) > 0
                : rows(
                        c,
                        digest,
                        "visit_details",
                        RecordEncoding.VISIT_DETAILS,
                        "visit_id = ? AND version = ?",
                        "",
                        ref.substring(0, slash),
                        Long.parseLong(ref.substring(slash + 1)))
                    > 0;
          }
          case EDIT -> {
            boolean edit = rows(c, digest, "edits", RecordEncoding.EDITS, "id = ?", "", ref) > 0;
            rows(
                c,
                digest,
                "mark_versions",
                RecordEncoding.markVersionColumns(c),
                "edit_id = ?",
                " ORDER BY ordinal, mark_id",
                ref);
            yield edit;
          }
          case UNLOCK -> {
            int slash = ref.indexOf('/');
            yield rows(
                    c,
                    digest,
                    "visit_unlocks",
                    RecordEncoding.VISIT_UNLOCKS,
                    "visit_id = ? AND unlocked_at = ?",
                    " ORDER BY rowid",
                    ref.substring(0, slash),
                    ref.substring(slash + 1))
                > 0;
          }
          case RECORD -> {
            int slash = ref.lastIndexOf('/');
            yield rows(
                    c,
                    digest,
                    "record_entries",
                    RecordEncoding.RECORD_ENTRIES,
                    "entry_id = ? AND version = ?",
                    "",
                    ref.substring(0, slash),
                    Long.parseLong(ref.substring(slash + 1)))
                > 0;
          }
          case SIGNATURE -> {
            boolean opening = ref.endsWith(AMEND);
            String key = opening ? ref.substring(0, ref.length() - AMEND.length()) : ref;
            int slash = key.lastIndexOf('/');
            yield rows(
                    c,
                    digest,
                    opening ? "visit_amendments" : "visit_signatures",
                    opening ? RecordEncoding.VISIT_AMENDMENTS : RecordEncoding.VISIT_SIGNATURES,
                    "visit_id = ? AND n = ?",
                    "",
                    key.substring(0, slash),
                    Long.parseLong(key.substring(slash + 1)))
                > 0;
          }
          case PRACTITIONER -> {
            // A revision, and the names it brought to its profile.
            int slash = ref.lastIndexOf('/');
            String id = ref.substring(0, slash);
            long version = Long.parseLong(ref.substring(slash + 1));
            boolean revision =
                rows(
                        c,
                        digest,
                        "practitioners",
                        RecordEncoding.PRACTITIONERS,
                        "practitioner_id = ? AND version = ?",
                        "",
                        id,
                        version)
                    > 0;
            rows(
                c,
                digest,
                "practitioner_names",
                RecordEncoding.PRACTITIONER_NAMES,
                "practitioner_id = ? AND version = ?",
                " ORDER BY name",
                id,
                version);
            yield revision;
          }
          case CORRECTION -> {
            int slash = ref.lastIndexOf('/');
            yield rows(
                    c,
                    digest,
                    "correction_statements",
                    RecordEncoding.CORRECTION_STATEMENTS,
                    "visit_id = ? AND n = ?",
                    "",
                    ref.substring(0, slash),
                    Long.parseLong(ref.substring(slash + 1)))
                > 0;
          }
          case MERGE ->
              rows(
                      c,
                      digest,
                      "patient_merges",
                      RecordEncoding.PATIENT_MERGES,
                      "merged_id = ?",
                      "",
                      ref)
                  > 0;
          default -> false;
        };
    return found ? RecordEncoding.hex(digest.digest()) : null;
  }

  static int rows(
      Connection c,
      MessageDigest digest,
      String table,
      List<String> columns,
      String where,
      String order,
      Object... keys)
      throws SQLException {
    List<String> present = RecordEncoding.present(c, table, columns);
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT "
                + RecordEncoding.select(present)
                + " FROM "
                + table
                + " WHERE "
                + where
                + order)) {
      for (int i = 0; i < keys.length; i++) {
        query.setObject(i + 1, keys[i]);
      }
      int count = 0;
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          RecordEncoding.row(digest, table, present, rows);
          count++;
        }
      }
      return count;
    }
  }

  private static String patientOf(Connection c, String visitId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT patient_id FROM visits WHERE id = ?")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /**
   * Starts the chain of a database whose history was recorded before the chain existed: one entry
   * per recorded change, in the order of their times (patients, visits, unlocks and edits of the
   * same millisecond in that order). From then on a change to any of them no longer verifies.
   */
  static void chainExistingHistory(Connection c) throws SQLException {
    // One row per change: time, kind order, number within a visit or patient, kind, reference,
    // patient, visit. The references are built as patientRef and unlockRef build them.
    String changes =
        "SELECT recorded_at, 0, version, '"
            + PATIENT
            + "', patient_id || '/' || version, patient_id, NULL FROM patient_history"
            + " UNION ALL SELECT recorded_at, 1, 0, '"
            + VISIT
            + "', id, patient_id, id FROM visits"
            + " UNION ALL SELECT DISTINCT u.unlocked_at, 2, 0, '"
            + UNLOCK
            + "', u.visit_id || '/' || u.unlocked_at, v.patient_id, u.visit_id"
            + " FROM visit_unlocks u LEFT JOIN visits v ON v.id = u.visit_id"
            + " UNION ALL SELECT e.committed_at, 3, e.seq, '"
            + EDIT
            + "', e.id, v.patient_id, e.visit_id"
            + " FROM edits e LEFT JOIN visits v ON v.id = e.visit_id"
            + " ORDER BY 1, 2, 7, 3, 5";
    record Change(String at, String kind, String ref, String patientId, String visitId) {}
    List<Change> ordered = new ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(changes);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ordered.add(
            new Change(
                rows.getString(1),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7)));
      }
    }
    for (Change change : ordered) {
      append(c, change.kind(), change.ref(), change.patientId(), change.visitId(), change.at());
    }
  }
}
