package app.myomap.store;

import app.myomap.model.AuditAction;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The database's audit log: who opened, exported, printed, copied, signed, amended, verified,
 * backed up or restored what, and when. Rows are only ever added (the schema refuses updates and
 * deletes) and each row's hash covers the row before, so verification finds a row that was edited
 * or removed outside MyoMap.
 */
public final class AuditLog {
  /** The longest practitioner name kept; longer ones are cut. */
  static final int MAX_PRACTITIONER_LENGTH = 200;

  /** The longest detail kept; longer ones are cut. */
  static final int MAX_DETAIL_LENGTH = 1000;

  private static final String COLUMNS =
      "seq, at, practitioner, action, patient_id, visit_id, detail, prev_hash, row_hash";

  private final Database database;
  private final Clock clock;

  public AuditLog(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds a row, now. Inside another transaction's work it joins that transaction, so the row is
   * kept exactly when the change it records is. When only {@code visitId} is given, the row names
   * that visit's patient too.
   *
   * @param patientId the patient concerned, or null
   * @param visitId the visit concerned, or null
   * @param detail a short detail (a file name, a format), cut to {@value #MAX_DETAIL_LENGTH}
   * @throws DatabaseException if the row cannot be written (a file opened read-only refuses it)
   */
  public AuditEntry record(
      AuditAction action, String practitioner, String patientId, String visitId, String detail) {
    Instant at = clock.instant();
    return database.inTransaction(
        c -> append(c, at, action, practitioner, patientId, visitId, detail));
  }

  /** Adds a row inside the transaction {@code c} is in. */
  static AuditEntry append(
      Connection c,
      Instant at,
      AuditAction action,
      String practitioner,
      String patientId,
      String visitId,
      String detail)
      throws SQLException {
    Objects.requireNonNull(action, "action");
    String who = cut(practitioner == null ? "" : practitioner.strip(), MAX_PRACTITIONER_LENGTH);
    if (who.isEmpty()) {
      who = "unknown";
    }
    String patient = patientId != null ? patientId : visitId == null ? null : patientOf(c, visitId);
    String text = cut(detail == null ? "" : detail.strip(), MAX_DETAIL_LENGTH);
    long seq = 1;
    String prev = RecordEncoding.NO_HASH;
    try (PreparedStatement query =
            c.prepareStatement("SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        ResultSet rows = query.executeQuery()) {
      if (rows.next()) {
        seq = rows.getLong(1) + 1;
        prev = rows.getString(2);
      }
    }
    String stamp = Timestamps.format(at);
    String hash = hash(seq, stamp, who, action.code(), patient, visitId, text, prev);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, seq);
      insert.setString(2, stamp);
      insert.setString(3, who);
      insert.setString(4, action.code());
      insert.setString(5, patient);
      insert.setString(6, visitId);
      insert.setString(7, text);
      insert.setString(8, prev);
      insert.setString(9, hash);
      insert.executeUpdate();
    }
    return new AuditEntry(
        seq, Timestamps.parse(stamp), who, action, action.code(), patient, visitId, text);
  }

  /**
   * The rows, oldest first, of the patient {@code patientId} and of the action {@code action};
   * either may be null for all.
   */
  public List<AuditEntry> entries(String patientId, AuditAction action) {
    return database.inTransaction(
        c -> {
          StringBuilder sql =
              new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
          List<String> values = new ArrayList<>();
          if (patientId != null) {
            sql.append(" AND patient_id = ?");
            values.add(patientId);
          }
          if (action != null) {
            sql.append(" AND action = ?");
            values.add(action.code());
          }
          sql.append(" ORDER BY seq");
          List<AuditEntry> entries = new ArrayList<>();
          try (PreparedStatement query = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
              query.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                entries.add(entry(rows));
              }
            }
          }
          return entries;
        });
  }

  /** Whether the file has an audit log (a file of an older format opened read-only has none). */
  public boolean exists() {
    return database.inTransaction(c -> RecordVerifier.hasTable(c, "audit_log"));
  }

  private static AuditEntry entry(ResultSet rows) throws SQLException {
    String code = rows.getString(4);
    return new AuditEntry(
        rows.getLong(1),
        Timestamps.parse(rows.getString(2)),
        rows.getString(3),
        AuditAction.ofCode(code).orElse(null),
        code,
        rows.getString(5),
        rows.getString(6),
        rows.getString(7));
  }

  /**
   * What is wrong with the log's chain: rows whose fields no longer give their hash, rows whose
   * hash was recomputed (the next row no longer links to it), and numbers missing between rows. A
   * row removed from the end leaves no trace inside the file.
   */
  static List<BrokenRecord> check(Connection c) throws SQLException {
    List<BrokenRecord> broken = new ArrayList<>();
    long expected = 1;
    String prev = RecordEncoding.NO_HASH;
    String[] previous = null;
    boolean previousReported = false;
    try (PreparedStatement query =
            c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        long seq = rows.getLong(1);
        String[] row = {
          rows.getString(2),
          rows.getString(3),
          rows.getString(4),
          rows.getString(5),
          rows.getString(6),
          rows.getString(7),
          rows.getString(8),
          rows.getString(9)
        };
        for (long missing = expected; missing < seq; missing++) {
          broken.add(problem(missing, null, BrokenRecord.Problem.REMOVED));
        }
        if (seq == expected && !prev.equals(row[6]) && previous != null && !previousReported) {
          broken.add(problem(seq - 1, previous, BrokenRecord.Problem.CHANGED));
        }
        boolean changed =
            !hash(seq, row[0], row[1], row[2], row[3], row[4], row[5], row[6]).equals(row[7]);
        if (changed) {
          broken.add(problem(seq, row, BrokenRecord.Problem.CHANGED));
        }
        previous = row;
        previousReported = changed;
        prev = row[7];
        expected = seq + 1;
      }
    }
    return broken;
  }

  private static BrokenRecord problem(long seq, String[] row, BrokenRecord.Problem problem) {
    String what = "Audit log entry " + seq;
    if (row != null) {
      what += " (" + row[2].replace('-', ' ') + " by " + row[1] + ")";
    }
    return new BrokenRecord(0, problem, what, null, null, null, null, row == null ? null : row[0]);
  }

  private static String hash(
      long seq,
      String at,
      String practitioner,
      String action,
      String patientId,
      String visitId,
      String detail,
      String prev) {
    MessageDigest digest = RecordEncoding.sha256();
    RecordEncoding.values(
        digest, "audit_log", seq, at, practitioner, action, patientId, visitId, detail, prev);
    return RecordEncoding.hex(digest.digest());
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

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
