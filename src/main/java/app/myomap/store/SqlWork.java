package app.myomap.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of database work run by {@link Database#inTransaction}, committed when it returns and
 * undone when it throws.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {
  /** Does the work on the open connection; never commits, rolls back or closes it. */
  T run(Connection connection) throws SQLException;
}
