package app.myomap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/** Raw SQL on a test's database, as a migration test compares rows and tries the guards. */
final class SqlRows {
  private SqlRows() {}

  /** Every row {@code sql} selects, each as its column values in order. */
  static List<List<Object>> rows(Database database, String sql) {
    return database.inTransaction(
        c -> {
          List<List<Object>> rows = new ArrayList<>();
          try (PreparedStatement query = c.prepareStatement(sql);
              ResultSet result = query.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
              List<Object> row = new ArrayList<>();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.add(result.getObject(i));
              }
              rows.add(row);
            }
          }
          return rows;
        });
  }

  /** Runs one statement that changes rows, as an attacker with a SQLite shell would. */
  static void execute(Database database, String sql) {
    database.inTransaction(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(sql)) {
            return statement.executeUpdate();
          }
        });
  }
}
