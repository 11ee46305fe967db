package app.myomap.store;

import app.myomap.model.MedicalAlert;
import app.myomap.model.Patient;
import app.myomap.model.PatientDetails;
import app.myomap.model.Sex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps the patients: creates them, records every edit of their details as a new version with its
 * author and time, finds them by name or record number, and remembers which were seen last.
 */
public final class PatientStore {
  /** The most words of a search that are matched; further words are ignored. */
  public static final int MAX_SEARCH_WORDS = 8;

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String COLUMNS =
      "p.id, p.name, p.date_of_birth, p.record_number, h.sex, h.phone, h.email, h.address,"
          + " h.referrer, h.alerts, h.alert_note";

  /** The patients with their current version's row, which holds the details. */
  private static final String CURRENT =
      " FROM patients p JOIN patient_history h ON h.patient_id = p.id AND h.version = p.version";

  private static final String DETAIL_COLUMNS =
      "sex, phone, email, address, referrer, alerts, alert_note";

  private static final String ALERT_SEPARATOR = ",";

  /**
   * The first and the last time anything was recorded for a patient's care (UTC).
   *
   * @param first the first visit or entry, or when the patient was added if never seen
   * @param last the last visit or entry, or when the patient was added if never seen
   */
  public record CareSpan(Instant first, Instant last) {}

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
          recordVersion(c, patient, 1, false, by, now);
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
          writeVersion(c, patient, archived(c, patient.id()), by, now);
          return true;
        });
  }

  /**
   * Archives the patient (hidden from the list unless archived patients are shown; nothing is
   * removed) or brings them back, as a new version recorded by {@code author}.
   *
   * @return whether anything changed
   * @throws IllegalArgumentException if there is no patient with this id
   */
  public boolean setArchived(String patientId, boolean archived, String author) {
    String by = Attribution.author(author);
    String now = Timestamps.format(clock.instant());
    return database.inTransaction(
        c -> {
          Patient current = find(c, patientId).orElseThrow(() -> unknown(patientId));
          if (archived(c, patientId) == archived) {
            return false;
          }
          writeVersion(c, current, archived, by, now);
          return true;
        });
  }

  /** Whether the patient with this id is archived; false for an unknown patient. */
  public boolean isArchived(String patientId) {
    return database.inTransaction(c -> archived(c, patientId));
  }

  /**
   * The first and the last time anything was recorded for the patient's care (a visit, a chart
   * edit, a record entry, a signature), or, for a patient never seen, when the patient was added;
   * empty for an unknown patient. Edits of the patient's own details are not care.
   */
  public Optional<CareSpan> careSpan(String patientId) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT MIN(recorded_at), MAX(recorded_at) FROM record_chain WHERE "
                      + PatientMergeStore.samePerson("patient_id")
                      + " AND kind NOT IN (?, ?)")) {
            query.setString(1, patientId);
            query.setString(2, patientId);
            query.setString(3, RecordChain.PATIENT);
            query.setString(4, RecordChain.MERGE);
            try (ResultSet rows = query.executeQuery()) {
              if (rows.next() && rows.getString(1) != null) {
                return Optional.of(
                    new CareSpan(
                        Timestamps.parse(rows.getString(1)), Timestamps.parse(rows.getString(2))));
              }
            }
          }
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT recorded_at FROM patient_history WHERE patient_id = ? AND version = 1")) {
            query.setString(1, patientId);
            try (ResultSet rows = query.executeQuery()) {
              if (rows.next()) {
                Instant added = Timestamps.parse(rows.getString(1));
                return Optional.of(new CareSpan(added, added));
              }
            }
          }
          return Optional.empty();
        });
  }

  private static void writeVersion(
      Connection c, Patient patient, boolean archived, String author, String recordedAt)
      throws SQLException {
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
    recordVersion(c, patient, version, archived, author, recordedAt);
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
                      + CURRENT
                      + " WHERE p.record_key = ?"
                      + PatientMergeStore.NOT_MERGED
                      + " ORDER BY p.name_key, p.id")) {
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
                      + CURRENT
                      + " WHERE p.id <> ? AND ((p.name_key = ? AND p.date_of_birth = ?)"
                      + " OR (p.record_key <> '' AND p.record_key = ?))"
                      + PatientMergeStore.NOT_MERGED
                      + " ORDER BY p.name_key, p.id")) {
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
                  "SELECT version, patient_id, name, date_of_birth, record_number, "
                      + DETAIL_COLUMNS
                      + ", author, recorded_at, archived FROM patient_history"
                      + " WHERE patient_id = ? ORDER BY version")) {
            query.setString(1, patientId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                revisions.add(
                    new PatientRevision(
                        rows.getInt(1),
                        patient(rows, 2),
                        rows.getString(13),
                        Timestamps.parse(rows.getString(14)),
                        rows.getObject(15) != null));
              }
            }
          }
          return revisions;
        });
  }

  /**
   * Up to {@code limit} patients, archived ones left out, whose name or record number contains
   * every word of {@code text} (ignoring case and accents), the most recently opened or seen first,
   * then by name. Blank text matches every patient, so it lists the recent ones.
   */
  public List<Patient> search(String text, int limit) {
    return search(text, limit, false);
  }

  /** {@link #search(String, int)}, with archived patients too when {@code withArchived}. */
  public List<Patient> search(String text, int limit, boolean withArchived) {
    if (limit < 1) {
      throw new IllegalArgumentException("Search limit must be at least 1, got " + limit);
    }
    List<String> words = words(text == null ? "" : text);
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(CURRENT)
            .append(withArchived ? " WHERE 1 = 1" : " WHERE h.archived IS NULL")
            .append(PatientMergeStore.NOT_MERGED);
    for (int i = 0; i < words.size(); i++) {
      sql.append(" AND (p.name_key LIKE ? ESCAPE '\\' OR p.record_key LIKE ? ESCAPE '\\')");
    }
    sql.append(" ORDER BY p.last_activity_at DESC NULLS LAST, p.name_key, p.id");
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
        c.prepareStatement("SELECT " + COLUMNS + CURRENT + " WHERE p.id = ?")) {
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

  private static boolean archived(Connection c, String patientId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT h.archived" + CURRENT + " WHERE p.id = ?")) {
      query.setString(1, patientId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getObject(1) != null;
      }
    }
  }

  private static void recordVersion(
      Connection c,
      Patient patient,
      int version,
      boolean archived,
      String author,
      String recordedAt)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO patient_history (patient_id, version, name, date_of_birth,"
                + " record_number, "
                + DETAIL_COLUMNS
                + ", author, recorded_at, archived)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, patient.id());
      insert.setInt(2, version);
      bindDetails(insert, 3, patient);
      PatientDetails details = patient.details();
      insert.setString(6, details.sex() == Sex.NOT_STATED ? null : details.sex().name());
      insert.setString(7, emptyAsNull(details.phone()));
      insert.setString(8, emptyAsNull(details.email()));
      insert.setString(9, emptyAsNull(details.address()));
      insert.setString(10, emptyAsNull(details.referrer()));
      insert.setString(
          11,
          emptyAsNull(
              details.alerts().stream()
                  .map(MedicalAlert::id)
                  .collect(Collectors.joining(ALERT_SEPARATOR))));
      insert.setString(12, emptyAsNull(details.alertNote()));
      insert.setString(13, author);
      insert.setString(14, recordedAt);
      if (archived) {
        insert.setInt(15, 1);
      } else {
        insert.setNull(15, Types.INTEGER);
      }
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

  /** Reads a patient from {@code rows}: id, name, date of birth, record number, then details. */
  private static Patient patient(ResultSet rows, int first) throws SQLException {
    String sex = rows.getString(first + 4);
    String alerts = rows.getString(first + 9);
    Set<MedicalAlert> alertSet = EnumSet.noneOf(MedicalAlert.class);
    if (alerts != null) {
      for (String id : alerts.split(ALERT_SEPARATOR)) {
        alertSet.add(
            MedicalAlert.fromId(id)
                .orElseThrow(() -> new SQLException("unknown medical alert " + id)));
      }
    }
    PatientDetails details =
        new PatientDetails(
            sex == null ? Sex.NOT_STATED : Sex.valueOf(sex),
            nullAsEmpty(rows.getString(first + 5)),
            nullAsEmpty(rows.getString(first + 6)),
            nullAsEmpty(rows.getString(first + 7)),
            nullAsEmpty(rows.getString(first + 8)),
            alertSet,
            nullAsEmpty(rows.getString(first + 10)));
    return new Patient(
        rows.getString(first),
        rows.getString(first + 1),
        LocalDate.parse(rows.getString(first + 2)),
        rows.getString(first + 3),
        details);
  }

  private static String emptyAsNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static String nullAsEmpty(String text) {
    return text == null ? "" : text;
  }

  static IllegalArgumentException unknown(String patientId) {
    return new IllegalArgumentException("No patient with id " + patientId);
  }
}
