package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.myomap.store.DatabaseRefusedException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseRefusalTest {
  @TempDir Path workshop;
  @TempDir Path folder;

  @Test
  void plainTextFileIsNotSqlite() throws Exception {
    Path file = folder.resolve("notes.txt");
    Files.writeString(file, "Upper trapezius tender on the right.\n".repeat(10));

    assertRefusedUntouched(file, Reason.NOT_SQLITE);
  }

  @Test
  void randomBytesAreNotSqlite() throws Exception {
    byte[] bytes = new byte[8192];
    new Random(42).nextBytes(bytes);
    Path file = folder.resolve("random.db");
    Files.write(file, bytes);

    assertRefusedUntouched(file, Reason.NOT_SQLITE);
  }

  @Test
  void databaseOfAnotherApplicationIsForeign() throws Exception {
    Path file = folder.resolve("other.db");
    sqlite(file, "PRAGMA application_id = 1234567", "CREATE TABLE invoices (id INTEGER)");

    assertRefusedUntouched(file, Reason.FOREIGN_APPLICATION);
  }

  @Test
  void databaseWithoutApplicationIdButWithTablesIsForeign() throws Exception {
    Path file = folder.resolve("plain.db");
    sqlite(file, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('Ann')");

    assertRefusedUntouched(file, Reason.FOREIGN_APPLICATION);
  }

  @Test
  void emptyDatabaseOfAnotherApplicationWithOnlyAUserVersionIsForeign() throws Exception {
    Path file = folder.resolve("versioned.db");
    sqlite(file, "PRAGMA user_version = 7");

    assertRefusedUntouched(file, Reason.FOREIGN_APPLICATION);
  }

  @Test
  void foreignDatabaseInWriteAheadLogModeIsForeign() throws Exception {
    Path file = folder.resolve("wal.db");
    sqlite(file, "PRAGMA journal_mode = WAL", "CREATE TABLE t (x INTEGER)");

    assertRefusedUntouched(file, Reason.FOREIGN_APPLICATION);
  }

  @Test
  void myoMapFileFromANewerVersionIsRefused() throws Exception {
    Path file = copyOfMyoMapDatabase("newer.db");
    sqlite(file, "PRAGMA user_version = " + (Database.SCHEMA_VERSION + 98));

    DatabaseRefusedException refused = assertRefusedUntouched(file, Reason.NEWER_SCHEMA);

    assertThat(refused)
        .hasMessageContaining("newer version of MyoMap")
        .hasMessageContaining(String.valueOf(Database.SCHEMA_VERSION + 98));
  }

  @Test
  void newerVersionStillInTheWriteAheadLogOfACrashIsRefused() throws Exception {
    Path original = workshop.resolve("crashed.db");
    Database.open(original).close();
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + original);
        Statement statement = writer.createStatement()) {
      statement.execute("PRAGMA wal_autocheckpoint = 0");
      statement.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
      // Copying while the writer is open leaves the change in the log only, as a crash would.
      Files.copy(original, folder.resolve("crashed.db"));
      Files.copy(workshop.resolve("crashed.db-wal"), folder.resolve("crashed.db-wal"));
    }
    Path file = folder.resolve("crashed.db");
    assertThat(DatabaseFileCheck.inspect(file, Database.SCHEMA_VERSION))
        .isEqualTo(DatabaseFileCheck.Outcome.MYOMAP);

    DatabaseRefusedException refused =
        catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(file));

    assertThat(refused.reason()).isEqualTo(Reason.NEWER_SCHEMA);
    assertThat(FolderSnapshot.of(folder).keySet()).doesNotContain("crashed.db.lock");
  }

  @Test
  void myoMapFileCutInHalfIsTruncated() throws Exception {
    Path file = copyOfMyoMapDatabase("half.db");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    assertRefusedUntouched(file, Reason.TRUNCATED);
  }

  @Test
  void fileWithOnlyTheStartOfAHeaderIsTruncated() throws Exception {
    Path file = folder.resolve("stub.db");
    Files.write(file, Arrays.copyOf("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 40));

    assertRefusedUntouched(file, Reason.TRUNCATED);
  }

  @Test
  void folderInPlaceOfTheFileIsUnreadable() throws Exception {
    Path file = Files.createDirectory(folder.resolve("charts.db"));

    DatabaseRefusedException refused = assertRefusedUntouched(file, Reason.UNREADABLE);

    assertThat(refused).hasMessageContaining("not a regular file");
  }

  @Test
  void emptyFileBecomesANewDatabase() throws Exception {
    Path file = Files.createFile(folder.resolve("empty.db"));

    try (Database database = Database.open(file)) {
      assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }
    assertThat(Files.size(file)).isGreaterThan(DatabaseFileCheck.HEADER_BYTES);
  }

  @Test
  void wholeMyoMapFilePassesTheHeaderCheck() throws Exception {
    Path file = copyOfMyoMapDatabase("whole.db");

    assertThat(DatabaseFileCheck.inspect(file, Database.SCHEMA_VERSION))
        .isEqualTo(DatabaseFileCheck.Outcome.MYOMAP);
    assertThat(DatabaseFileCheck.inspect(folder.resolve("absent.db"), Database.SCHEMA_VERSION))
        .isEqualTo(DatabaseFileCheck.Outcome.NEW);
  }

  private DatabaseRefusedException assertRefusedUntouched(Path file, Reason reason) {
    Map<String, String> before = FolderSnapshot.of(folder);

    DatabaseRefusedException refused =
        catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(file));

    assertThat(refused).as("refusal of %s", file).isNotNull();
    assertThat(refused.reason()).isEqualTo(reason);
    assertThat(refused.file()).isEqualTo(file.toAbsolutePath());
    assertThat(refused).hasMessageContaining(file.toString()).hasMessageContaining("untouched");
    assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    return refused;
  }

  /** A real MyoMap database, made in another folder and copied alone into the test folder. */
  private Path copyOfMyoMapDatabase(String name) throws Exception {
    Path original = workshop.resolve(name);
    Database.open(original).close();
    return Files.copy(original, folder.resolve(name));
  }

  private static void sqlite(Path file, String... statements) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = c.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(DatabaseFileCheck.HEADER_BYTES);
  }
}
