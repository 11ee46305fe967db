package app.myomap.store;

import app.myomap.model.record.CorrectionStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Patients' correction statements attached to visits. A statement is attached to a signed visit as
 * well as to a draft (it changes nothing the practitioner wrote), is chained like every clinical
 * change, and is never changed or removed.
 */
public final class CorrectionStore {
  private static final String COLUMNS =
      "visit_id, n, statement, received_on, response, author, recorded_at";

  private final Database database;
  private final Clock clock;

  public CorrectionStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that dates what it records with the time of {@code clock}. */
  public CorrectionStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Attaches the patient's statement, received on {@code receivedOn}, to the visit, with the
   * clinic's answer if one is given (blank for none).
   *
   * @throws IllegalArgumentException if the visit is unknown, the statement is blank or too long,
   *     or it is dated after today
   */
  public CorrectionStatement attach(
      String visitId, String statement, LocalDate receivedOn, String response, String author) {
    String words = CorrectionStatement.checkedStatement(statement);
    Optional<String> answer = CorrectionStatement.checkedResponse(response);
    String by = Attribution.author(author);
    return database.inTransaction(
        c -> {
          if (!VisitStore.exists(c, visitId)) {
            throw new IllegalArgumentException("No visit has id " + visitId);
          }
          String recordedAt = Timestamps.format(clock.instant());
          if (receivedOn.isAfter(LocalDate.parse(recordedAt.substring(0, 10)).plusDays(1))) {
            throw new IllegalArgumentException("A statement cannot be received in the future");
          }
          int n = count(c, visitId) + 1;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO correction_statements ("
                      + COLUMNS
                      + ", practitioner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, visitId);
            insert.setInt(2, n);
            insert.setString(3, words);
            insert.setString(4, receivedOn.toString());
            insert.setString(5, answer.orElse(null));
            insert.setString(6, by);
            insert.setString(7, recordedAt);
            insert.setString(8, PractitionerStore.idFor(c, by, recordedAt));
            insert.executeUpdate();
          }
          RecordChain.appendCorrection(c, visitId, n, recordedAt);
          return new CorrectionStatement(
              visitId, n, words, receivedOn, answer, by, Timestamps.parse(recordedAt));
        });
  }

  /** The statements attached to a visit, in the order they were attached. */
  public List<CorrectionStatement> of(String visitId) {
    return database.inTransaction(
        c -> {
          List<CorrectionStatement> found = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM correction_statements WHERE visit_id = ? ORDER BY n")) {
            query.setString(1, visitId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(
                    new CorrectionStatement(
                        rows.getString(1),
                        rows.getInt(2),
                        rows.getString(3),
                        LocalDate.parse(rows.getString(4)),
                        Optional.ofNullable(rows.getString(5)),
                        rows.getString(6),
                        Timestamps.parse(rows.getString(7))));
              }
            }
          }
          return found;
        });
  }

  private static int count(Connection c, String visitId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT COUNT(*) FROM correction_statements WHERE visit_id = ?")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
