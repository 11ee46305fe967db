package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  private static final Migration BROKEN_V002 =
      Migration.of(
          2,
          "V002__broken",
          "CREATE TABLE half_done (id TEXT PRIMARY KEY);\nCREATE TABLE broken (;\n");

  @TempDir Path folder;

  @Test
  void freshFileGetsApplicationIdSchemaVersionAndCreationFacts() throws Exception {
    Path file = folder.resolve("clinic/charts/myomap.db");
    Instant before = Instant.now().minusSeconds(1);

    try (Database database = Database.open(file, Migration.ALL, "1.2.3-test")) {
      assertThat(database.file()).isEqualTo(file.toAbsolutePath());
      assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }

    byte[] header = Files.readAllBytes(file);
    assertThat(ByteBuffer.wrap(header).getInt(68)).isEqualTo(0x4D594F4D);
    assertThat(ByteBuffer.wrap(header).getInt(60)).isEqualTo(Database.SCHEMA_VERSION);
    assertThat(meta(file, "created_by_version")).isEqualTo("1.2.3-test");
    Instant createdAt = Instant.parse(meta(file, "created_at"));
    assertThat(createdAt).isBetween(before, Instant.now().plusSeconds(1));
  }

  @Test
  void closingWritesEverythingIntoTheFileAndLeavesNoLogBehind() throws Exception {
    Path file = folder.resolve("myomap.db");

    Database.open(file).close();

    assertThat(FolderSnapshot.of(folder).keySet()).containsExactly("myomap.db", "myomap.db.lock");
  }

  @Test
  void reopeningKeepsDataAndCreationFacts() throws Exception {
    Path file = folder.resolve("myomap.db");
    String createdAt;
    try (Database database = Database.open(file, Migration.ALL, "1.0")) {
      database.inTransaction(c -> insertMeta(c, "note", "kept"));
      createdAt = read(database, "created_at");
    }

    try (Database database = Database.open(file, Migration.ALL, "9.9.9")) {
      assertThat(read(database, "note")).isEqualTo("kept");
      assertThat(read(database, "created_at")).isEqualTo(createdAt);
      assertThat(read(database, "created_by_version")).isEqualTo("1.0");
    }
  }

  /**
   * The settings every commit's durability and the single writer rest on. SQLite's own promise for
   * a power cut holds only with a full sync of the write-ahead log; this fails if the connection
   * (the only one MyoMap makes, see ArchitectureTest) loses any of them.
   */
  @Test
  void pragmasAreInForce() throws Exception {
    try (Database database = Database.open(folder.resolve("myomap.db"))) {
      Connection c = database.connection();
      assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(c, "synchronous")).isEqualTo("2");
      assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
      assertThat(pragma(c, "locking_mode")).isEqualTo("exclusive");
      assertThat(folder.resolve("myomap.db-shm")).as("WAL index in memory").doesNotExist();
      assertThat(pragma(c, "application_id")).isEqualTo(String.valueOf(0x4D594F4D));
    }
  }

  @Test
  void transactionCommitsWorkThatSucceeds() throws Exception {
    Path file = folder.resolve("myomap.db");
    try (Database database = Database.open(file)) {
      int inserted = database.inTransaction(c -> insertMeta(c, "a", "1") + insertMeta(c, "b", "2"));
      assertThat(inserted).isEqualTo(2);
    }
    assertThat(meta(file, "a")).isEqualTo("1");
    assertThat(meta(file, "b")).isEqualTo("2");
  }

  @Test
  void sqlFailureRollsBackTheWholeTransaction() throws Exception {
    try (Database database = Database.open(folder.resolve("myomap.db"))) {
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      c -> {
                        insertMeta(c, "first", "1");
                        return insertMeta(c, "first", "duplicate key");
                      }))
          .isInstanceOf(DatabaseException.class)
          .hasCauseInstanceOf(SQLException.class);

      assertThat(read(database, "first")).isNull();
    }
  }

  @Test
  void exceptionInNestedWorkRollsBackTheOuterTransaction() throws Exception {
    try (Database database = Database.open(folder.resolve("myomap.db"))) {
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      outer -> {
                        insertMeta(outer, "outer", "1");
                        return database.inTransaction(
                            inner -> {
                              insertMeta(inner, "inner", "2");
                              throw new IllegalArgumentException("rejected by the caller");
                            });
                      }))
          .isInstanceOf(IllegalArgumentException.class);

      assertThat(read(database, "outer")).isNull();
      assertThat(read(database, "inner")).isNull();
      database.inTransaction(c -> insertMeta(c, "after", "3"));
      assertThat(read(database, "after")).isEqualTo("3");
    }
  }

  @Test
  void failingMigrationLeavesTheSchemaVersionUnchanged() throws Exception {
    Path file = folder.resolve("myomap.db");
    Database.open(file, List.of(Migration.ALL.get(0)), "x").close();

    assertThatThrownBy(() -> Database.open(file, List.of(Migration.ALL.get(0), BROKEN_V002), "x"))
        .isInstanceOf(DatabaseRefusedException.class)
        .hasMessageContaining("V002__broken");

    try (Connection c = plainConnection(file)) {
      assertThat(pragma(c, "user_version")).isEqualTo("1");
      assertThat(tableNames(c)).containsExactly("meta");
    }
    try (Database database = Database.open(file)) {
      assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }
  }

  @Test
  void creationInterruptedByAFailingMigrationCanBeCompletedLater() throws Exception {
    Path file = folder.resolve("myomap.db");
    Migration brokenV001 =
        Migration.of(
            1, "V001__broken", "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n(");

    assertThatThrownBy(() -> Database.open(file, List.of(brokenV001), "x"))
        .isInstanceOf(DatabaseRefusedException.class);
    try (Connection c = plainConnection(file)) {
      assertThat(pragma(c, "user_version")).isEqualTo("0");
      assertThat(tableNames(c)).isEmpty();
    }

    try (Database database = Database.open(file, Migration.ALL, "1.0")) {
      assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }
    assertThat(meta(file, "created_by_version")).isEqualTo("1.0");
  }

  @Test
  void closedDatabaseRefusesWorkAndClosingTwiceIsHarmless() throws Exception {
    Database database = Database.open(folder.resolve("myomap.db"));
    database.close();
    database.close();

    assertThatThrownBy(() -> database.inTransaction(c -> selectMeta(c, "created_at")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void schemaVersionIsTheNewestMigration() {
    assertThat(Database.SCHEMA_VERSION)
        .isEqualTo(Migration.ALL.get(Migration.ALL.size() - 1).version())
        .isEqualTo(Migration.latestVersion(Migration.ALL));
  }

  private static int insertMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, value);
      return insert.executeUpdate();
    }
  }

  private static String selectMeta(Connection c, String key) throws SQLException {
    try (PreparedStatement query = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private static String read(Database database, String key) {
    return database.inTransaction(c -> selectMeta(c, key));
  }

  private static String meta(Path file, String key) throws SQLException {
    try (Connection c = plainConnection(file)) {
      return selectMeta(c, key);
    }
  }

  private static Connection plainConnection(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  private static String pragma(Connection c, String name) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }

  private static List<String> tableNames(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }
}
