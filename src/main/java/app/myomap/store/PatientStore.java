package app.myomap.store;

import app.myomap.model.Patient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the patients: creates them, records every edit of their details as a new version with its
 * author and time, finds them by name or record number, and remembers which were seen last.
 */
public final class PatientStore {
  /** The most words of a search that are matched; further words are ignored. */
  public static final int MAX_SEARCH_WORDS = 8;

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String COLUMNS = "id, name, date_of_birth, record_number";

  private final Database database;
  private final Clock clock;

  public PatientStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that stamps recorded versions with the time of {@code clock}. */
  public PatientStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Adds a new patient as version 1 recorded by {@code author}.
   *
   * @throws DatabaseException if a patient with this id exists
   */
  public void create(Patient patient, String author) {
    String by = Attribution.author(author);
    String now = Timestamps.format(clock.instant());
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO patients (id, name, date_of_birth, record_number, name_key,"
                      + " record_key, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            insert.setString(1, patient.id());
            bindDetails(insert, 2, patient);
            insert.setString(5, fold(patient.name()));
            insert.setString(6, fold(patient.recordNumber()));
            insert.executeUpdate();
          }
          recordVersion(c, patient, 1, by, now);
          return null;
        });
  }

  /**
   * Replaces a patient's details with {@code patient}'s as a new version recorded by {@code
   * author}; the replaced version stays in the history. Details equal to the current ones record
   * nothing.
   *
   * @return whether anything changed
   * @throws IllegalArgumentException if there is no patient with this id
   */
  public boolean update(Patient patient, String author) {
    String by = Attribution.author(author);
    String now = Timestamps.format(clock.instant());
    return database.inTransaction(
        c -> {
          Patient current = find(c, patient.id()).orElseThrow(() -> unknown(patient.id()));
          if (current.equals(patient)) {
            return false;
          }
          int version = currentVersion(c, patient.id()) + 1;
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE patients SET name = ?, date_of_birth = ?, record_number = ?,"
                      + " name_key = ?, record_key = ?, version = ? WHERE id = ?")) {
            bindDetails(update, 1, patient);
            update.setString(4, fold(patient.name()));
            update.setString(5, fold(patient.recordNumber()));
            update.setInt(6, version);
            update.setString(7, patient.id());
            update.executeUpdate();
          }
          recordVersion(c, patient, version, by, now);
          return true;
        });
  }

  /** The current details of the patient with this id, if there is one. */
  public Optional<Patient> get(String id) {
    return database.inTransaction(c -> find(c, id));
  }

  /**
   * The patients whose record number is {@code recordNumber}, ignoring case and accents; usually
   * one, more only where the practitioner confirmed a shared number. Empty for a blank number.
   */
  public List<Patient> withRecordNumber(String recordNumber) {
    String key = fold(recordNumber == null ? "" : recordNumber.strip());
    if (key.isEmpty()) {
      return List.of();
    }
    return database.inTransaction(
        c -> {
          List<Patient> found = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM patients WHERE record_key = ? ORDER BY name_key, id")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(patient(rows, 1));
              }
            }
          }
          return found;
        });
  }

  /**
   * Other patients that may be the same person as {@code patient}: the same name (ignoring case and
   * accents) and date of birth, or the same record number. A new or edited patient like one of them
   * needs the practitioner's confirmation.
   */
  public List<Patient> lookAlikes(Patient patient) {
    return database.inTransaction(
        c -> {
          List<Patient> found = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM patients WHERE id <> ? AND ((name_key = ? AND date_of_birth = ?)"
                      + " OR (record_key <> '' AND record_key = ?)) ORDER BY name_key, id")) {
            query.setString(1, patient.id());
            query.setString(2, fold(patient.name()));
            query.setString(3, patient.dateOfBirth().toString());
            query.setString(4, fold(patient.recordNumber()));
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(patient(rows, 1));
              }
            }
          }
          return found;
        });
  }

  /** Every recorded version of a patient, oldest first; empty for an unknown patient. */
  public List<PatientRevision> history(String patientId) {
    return database.inTransaction(
        c -> {
          List<PatientRevision> revisions = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT version, patient_id, name, date_of_birth, record_number, author,"
                      + " recorded_at FROM patient_history WHERE patient_id = ? ORDER BY"
                      + " version")) {
            query.setString(1, patientId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                revisions.add(
                    new PatientRevision(
                        rows.getInt(1),
                        patient(rows, 2),
                        rows.getString(6),
                        Timestamps.parse(rows.getString(7))));
              }
            }
          }
          return revisions;
        });
  }

  /**
   * Up to {@code limit} patients whose name or record number contains every word of {@code text}
   * (ignoring case and accents), the most recently opened or seen first, then by name. Blank text
   * matches every patient, so it lists the recent ones.
   */
  public List<Patient> search(String text, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("Search limit must be at least 1, got " + limit);
    }
    List<String> words = words(text == null ? "" : text);
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM patients");
    for (int i = 0; i < words.size(); i++) {
      sql.append(i == 0 ? " WHERE " : " AND ")
          .append("(name_key LIKE ? ESCAPE '\\' OR record_key LIKE ? ESCAPE '\\')");
    }
    sql.append(" ORDER BY last_activity_at DESC NULLS LAST, name_key, id");
    return database.inTransaction(
        c -> {
          List<Patient> found = new ArrayList<>();
          try (PreparedStatement query = c.prepareStatement(sql.toString())) {
            query.setMaxRows(limit);
            int index = 1;
            for (String word : words) {
              String pattern = "%" + escapeLike(word) + "%";
              query.setString(index++, pattern);
              query.setString(index++, pattern);
            }
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next() && found.size() < limit) {
                found.add(patient(rows, 1));
              }
            }
          }
          return found;
        });
  }

  /**
   * Records that the patient was opened at {@code openedAt}, which moves them up the recent list
   * unless they were already seen later.
   *
   * @throws IllegalArgumentException if there is no patient with this id
   */
  public void markOpened(String patientId, Instant openedAt) {
    database.inTransaction(
        c -> {
          if (find(c, patientId).isEmpty()) {
            throw unknown(patientId);
          }
          touch(c, patientId, openedAt);
          return null;
        });
  }

  /** Moves the patient's last activity to {@code at} unless it is already later. */
  static void touch(Connection c, String patientId, Instant at) throws SQLException {
    String time = Timestamps.format(at);
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE patients SET last_activity_at = ? WHERE id = ?"
                + " AND (last_activity_at IS NULL OR last_activity_at < ?)")) {
      update.setString(1, time);
      update.setString(2, patientId);
      update.setString(3, time);
      update.executeUpdate();
    }
  }

  /** The current details of a patient, read inside a transaction. */
  static Optional<Patient> find(Connection c, String id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT " + COLUMNS + " FROM patients WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(patient(rows, 1)) : Optional.empty();
      }
    }
  }

  /** Text folded for matching: lower case, accents removed, so "José" matches "jose". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return COMBINING_MARKS.matcher(decomposed).replaceAll("");
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : SPACES.split(fold(text).strip())) {
      if (!word.isEmpty() && words.size() < MAX_SEARCH_WORDS) {
        words.add(word);
      }
    }
    return words;
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static int currentVersion(Connection c, String id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT version FROM patients WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static void recordVersion(
      Connection c, Patient patient, int version, String author, String recordedAt)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO patient_history (patient_id, version, name, date_of_birth,"
                + " record_number, author, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, patient.id());
      insert.setInt(2, version);
      bindDetails(insert, 3, patient);
      insert.setString(6, author);
      insert.setString(7, recordedAt);
      insert.executeUpdate();
    }
    RecordChain.appendPatient(c, patient.id(), version, recordedAt);
  }

  private static void bindDetails(PreparedStatement statement, int first, Patient patient)
      throws SQLException {
    statement.setString(first, patient.name());
    statement.setString(first + 1, patient.dateOfBirth().toString());
    statement.setString(first + 2, patient.recordNumber());
  }

  private static Patient patient(ResultSet rows, int first) throws SQLException {
    return new Patient(
        rows.getString(first),
        rows.getString(first + 1),
        LocalDate.parse(rows.getString(first + 2)),
        rows.getString(first + 3));
  }

  private static IllegalArgumentException unknown(String patientId) {
    return new IllegalArgumentException("No patient with id " + patientId);
  }
}
