package app.myomap.store;

import app.myomap.model.Visit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps the visits of the patients: records new ones and lists a patient's newest first. */
public final class VisitStore {
  private static final String COLUMNS = "id, patient_id, started_at, atlas_version, practitioner";

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
          PatientStore.touch(c, visit.patientId(), visit.startedAt());
          return null;
        });
  }

  /** The visit with this id, if there is one. */
  public Optional<Visit> get(String id) {
    return database.inTransaction(c -> Optional.ofNullable(first(c, id)));
  }

  /** The visits of a patient, the latest start first; empty for an unknown patient. */
  public List<Visit> listByPatient(String patientId) {
    return database.inTransaction(
        c -> {
          List<Visit> visits = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM visits WHERE patient_id = ? ORDER BY started_at DESC, id DESC")) {
            query.setString(1, patientId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                visits.add(visit(rows));
              }
            }
          }
          return visits;
        });
  }

  private static Visit first(Connection c, String id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT " + COLUMNS + " FROM visits WHERE id = ?")) {
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
