package app.myomap.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * How much a database holds, to tell one copy from another: patients, visits, committed edits and
 * the time of the newest edit.
 */
public record DatabaseSummary(
    long patients, long visits, long edits, Optional<Instant> newestEdit) {

  /** Counts what {@code database} holds. */
  public static DatabaseSummary of(Database database) {
    return database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            long patients = count(statement, "SELECT COUNT(*) FROM patients");
            long visits = count(statement, "SELECT COUNT(*) FROM visits");
            long edits = count(statement, "SELECT COUNT(*) FROM edits");
            Optional<Instant> newest;
            try (ResultSet rows = statement.executeQuery("SELECT MAX(committed_at) FROM edits")) {
              rows.next();
              String text = rows.getString(1);
              newest = text == null ? Optional.empty() : Optional.of(Timestamps.parse(text));
            }
            return new DatabaseSummary(patients, visits, edits, newest);
          }
        });
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
