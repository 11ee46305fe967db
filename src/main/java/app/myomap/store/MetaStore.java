package app.myomap.store;

import app.myomap.model.Visit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Facts kept once per database in its {@code meta} table, such as the practitioner's name. */
public final class MetaStore {
  /** The {@code meta} key of the practitioner's name. */
  static final String PRACTITIONER = "practitioner";

  private final Database database;

  public MetaStore(Database database) {
    this.database = database;
  }

  /** The practitioner's name, empty until it is first set. */
  public Optional<String> practitioner() {
    return database.inTransaction(c -> Optional.ofNullable(read(c, PRACTITIONER)));
  }

  /**
   * Records the practitioner's name, stripped, which must not be blank nor longer than {@link
   * Visit#MAX_PRACTITIONER_LENGTH}.
   */
  public void setPractitioner(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Practitioner name must not be blank");
    }
    String stripped = name.strip();
    if (stripped.length() > Visit.MAX_PRACTITIONER_LENGTH) {
      throw new IllegalArgumentException(
          "Practitioner name must be at most "
              + Visit.MAX_PRACTITIONER_LENGTH
              + " characters, got "
              + stripped.length());
    }
    database.inTransaction(c -> write(c, PRACTITIONER, stripped));
  }

  static String read(Connection c, String key) throws SQLException {
    try (PreparedStatement query = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  static Void write(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE meta SET value = ? WHERE key = ?")) {
      update.setString(1, value);
      update.setString(2, key);
      if (update.executeUpdate() > 0) {
        return null;
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, value);
      insert.executeUpdate();
    }
    return null;
  }
}
