package app.myomap.store;

import app.myomap.model.ChartChange;
import app.myomap.model.Visit;
import app.myomap.model.VisitDetails;
import app.myomap.model.VisitType;
import app.myomap.model.VisitUnlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the visits of the patients: records new ones, lists a patient's newest first, and keeps the
 * append-only history of past visits made editable again.
 */
public final class VisitStore {
  private static final String COLUMNS = "id, patient_id, started_at, atlas_version, practitioner";

  /** The columns read: the practitioner as their profile names them now. */
  private static final String READ_COLUMNS =
      "id, patient_id, started_at, atlas_version, "
          + PractitionerStore.currentName("visits.practitioner");

  private final Database database;
  private final Clock clock;

  public VisitStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that stamps new visits with the time of {@code clock} as their recording time. */
  public VisitStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Records a new visit, already checked by the model, and counts it as the patient's latest
   * activity unless they were seen later.
   *
   * @throws IllegalArgumentException if the visit's patient does not exist
   * @throws DatabaseException if a visit with this id exists
   */
  public void create(Visit visit) {
    String recordedAt = Timestamps.format(clock.instant());
    database.inTransaction(
        c -> {
          insert(c, visit, recordedAt);
          return null;
        });
  }

  /**
   * Records a new visit together with its first chart edit, in one transaction: a follow-up visit
   * never exists without the marks carried into it, nor they without it. The edit is the visit's
   * practitioner's.
   *
   * @throws IllegalArgumentException as {@link #create} and {@link ChartStore#commit} do
   */
  public void create(Visit visit, ChartChange firstEdit) {
    if (firstEdit.isEmpty()) {
      create(visit);
      return;
    }
    String recordedAt = Timestamps.format(clock.instant());
    String by = Attribution.author(visit.practitioner());
    database.inTransaction(
        c -> {
          insert(c, visit, recordedAt);
          ChartStore.write(
              c, visit.id(), firstEdit, by, recordedAt, UUID.randomUUID().toString(), 0);
          return null;
        });
  }

  private static void insert(Connection c, Visit visit, String recordedAt) throws SQLException {
    if (PatientStore.find(c, visit.patientId()).isEmpty()) {
      throw new IllegalArgumentException(
          "Visit " + visit.id() + " names no known patient: " + visit.patientId());
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO visits (" + COLUMNS + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, visit.id());
      insert.setString(2, visit.patientId());
      insert.setString(3, Timestamps.format(visit.startedAt()));
      insert.setString(4, visit.atlasVersion());
      insert.setString(5, visit.practitioner());
      insert.setString(6, recordedAt);
      insert.executeUpdate();
    }
    RecordChain.appendVisit(c, visit.id(), visit.patientId(), recordedAt);
    PatientStore.touch(c, visit.patientId(), visit.startedAt());
  }

  /** Whether a visit has this id. */
  static boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM visits WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** The visit with this id, if there is one. */
  public Optional<Visit> get(String id) {
    return database.inTransaction(c -> Optional.ofNullable(first(c, id)));
  }

  /**
   * The visits of a patient, with those of records merged into theirs, the latest start first;
   * empty for an unknown patient.
   */
  public List<Visit> listByPatient(String patientId) {
    return database.inTransaction(
        c -> {
          List<Visit> visits = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + READ_COLUMNS
                      + " FROM visits WHERE "
                      + PatientMergeStore.samePerson("patient_id")
                      + " ORDER BY started_at DESC, id DESC")) {
            query.setString(1, patientId);
            query.setString(2, patientId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                visits.add(visit(rows));
              }
            }
          }
          return visits;
        });
  }

  /**
   * Records that a practitioner made a past visit editable, and why; the record can never be
   * changed or removed.
   *
   * @throws IllegalArgumentException if the visit does not exist
   */
  public void recordUnlock(VisitUnlock unlock) {
    String author = Attribution.author(unlock.practitioner());
    database.inTransaction(
        c -> {
          if (first(c, unlock.visitId()) == null) {
            throw new IllegalArgumentException("No visit " + unlock.visitId() + " to unlock");
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO visit_unlocks (visit_id, unlocked_at, author, reason)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, unlock.visitId());
            insert.setString(2, Timestamps.format(unlock.unlockedAt()));
            insert.setString(3, author);
            insert.setString(4, unlock.reason());
            insert.executeUpdate();
          }
          RecordChain.appendUnlock(c, unlock.visitId(), Timestamps.format(unlock.unlockedAt()));
          return null;
        });
  }

  /**
   * Records {@code details} of a visit as a new version by {@code author}; the earlier versions
   * stay in the history. Details equal to the current ones record nothing.
   *
   * @return whether anything changed
   * @throws IllegalArgumentException if the visit does not exist
   * @throws DatabaseException if the visit is signed and no addendum is open
   */
  public boolean recordDetails(String visitId, VisitDetails details, String author) {
    String by = Attribution.author(author);
    String now = Timestamps.format(clock.instant());
    return database.inTransaction(
        c -> {
          if (first(c, visitId) == null) {
            throw new IllegalArgumentException("No visit " + visitId + " to describe");
          }
          List<VisitDetailsRevision> earlier = detailsHistory(c, visitId);
          if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).details().equals(details)) {
            return false;
          }
          int version = earlier.size() + 1;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO visit_details (visit_id, version, session_at, visit_type, reason,"
                      + " author, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, visitId);
            insert.setInt(2, version);
            insert.setString(3, Timestamps.format(details.sessionAt()));
            insert.setString(4, details.type().name());
            insert.setString(5, details.reason());
            insert.setString(6, by);
            insert.setString(7, now);
            insert.executeUpdate();
          }
          RecordChain.appendVisitDetails(c, visitId, version, now);
          return true;
        });
  }

  /** The current details of a visit; empty for a visit whose details were never recorded. */
  public Optional<VisitDetails> details(String visitId) {
    List<VisitDetailsRevision> all = detailsHistory(visitId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).details());
  }

  /** Every recorded version of a visit's details, oldest first. */
  public List<VisitDetailsRevision> detailsHistory(String visitId) {
    return database.inTransaction(c -> detailsHistory(c, visitId));
  }

  /** The current details of each visit of a patient that has them, by visit id. */
  public Map<String, VisitDetails> detailsOfPatient(String patientId) {
    return database.inTransaction(
        c -> {
          Map<String, VisitDetails> found = new HashMap<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT d.visit_id, d.session_at, d.visit_type, d.reason FROM visit_details d"
                      + " JOIN visits v ON v.id = d.visit_id WHERE "
                      + PatientMergeStore.samePerson("v.patient_id")
                      + " AND d.version = (SELECT MAX(version) FROM visit_details"
                      + " WHERE visit_id = d.visit_id)")) {
            query.setString(1, patientId);
            query.setString(2, patientId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.put(
                    rows.getString(1),
                    new VisitDetails(
                        Timestamps.parse(rows.getString(2)),
                        VisitType.valueOf(rows.getString(3)),
                        rows.getString(4)));
              }
            }
          }
          return found;
        });
  }

  private static List<VisitDetailsRevision> detailsHistory(Connection c, String visitId)
      throws SQLException {
    List<VisitDetailsRevision> revisions = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT version, session_at, visit_type, reason, author, recorded_at"
                + " FROM visit_details WHERE visit_id = ? ORDER BY version")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          revisions.add(
              new VisitDetailsRevision(
                  rows.getInt(1),
                  new VisitDetails(
                      Timestamps.parse(rows.getString(2)),
                      VisitType.valueOf(rows.getString(3)),
                      rows.getString(4)),
                  rows.getString(5),
                  Timestamps.parse(rows.getString(6))));
        }
      }
    }
    return revisions;
  }

  /** The times a visit was made editable again, oldest first; empty for an unknown visit. */
  public List<VisitUnlock> unlocks(String visitId) {
    return database.inTransaction(
        c -> {
          List<VisitUnlock> unlocks = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT visit_id, unlocked_at, author, reason FROM visit_unlocks"
                      + " WHERE visit_id = ? ORDER BY unlocked_at")) {
            query.setString(1, visitId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                unlocks.add(
                    new VisitUnlock(
                        rows.getString(1),
                        Timestamps.parse(rows.getString(2)),
                        rows.getString(3),
                        rows.getString(4)));
              }
            }
          }
          return unlocks;
        });
  }

  private static Visit first(Connection c, String id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT " + READ_COLUMNS + " FROM visits WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? visit(rows) : null;
      }
    }
  }

  private static Visit visit(ResultSet rows) throws SQLException {
    return new Visit(
        rows.getString(1),
        rows.getString(2),
        Timestamps.parse(rows.getString(3)),
        rows.getString(4),
        rows.getString(5));
  }
}
