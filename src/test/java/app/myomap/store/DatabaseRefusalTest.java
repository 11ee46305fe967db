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
  void newerVersionStillInTheWriteAheadLogOfACrashIsRefusedWithTheLogUntouched() throws Exception {
    Path file = crashCopy("crashed.db", "PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
    assertThat(DatabaseFileCheck.inspect(file, Database.SCHEMA_VERSION))
        .as("the main file alone looks current")
        .isEqualTo(DatabaseFileCheck.Outcome.MYOMAP);

    assertRefusedUntouched(file, Reason.NEWER_SCHEMA);
    assertThat(folder.resolve("crashed.db-wal")).exists();
  }

  @Test
  void myoMapLogLeftByACrashIsReplayedAndItsEditsKept() throws Exception {
    Path file = crashCopy("replay.db", "INSERT INTO meta (key, value) VALUES ('probe', 'kept')");

    try (Database database = Database.open(file)) {
      String value =
          database.inTransaction(
              c -> {
                try (Statement s = c.createStatement();
                    java.sql.ResultSet rows =
                        s.executeQuery("SELECT value FROM meta WHERE key = 'probe'")) {
                  return rows.next() ? rows.getString(1) : null;
                }
              });
      assertThat(value).isEqualTo("kept");
    }
  }

  @Test
  void emptyFileBesideTheLogOfAnotherProgramIsRefusedAndTheLogKept() throws Exception {
    Path other = workshop.resolve("other.db");
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement statement = writer.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("PRAGMA wal_autocheckpoint = 0");
      statement.execute("CREATE TABLE invoices (id INTEGER, total REAL)");
      statement.execute("INSERT INTO invoices VALUES (1, 99.5)");
      Files.copy(workshop.resolve("other.db-wal"), folder.resolve("x.db-wal"));
    }
    Path file = Files.createFile(folder.resolve("x.db"));

    assertRefusedUntouched(file, Reason.FOREIGN_APPLICATION);
  }

  @Test
  void emptyFileBesideAnUnreadableLogIsRefused() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(folder.resolve("y.db-wal"), noise);
    Path file = Files.createFile(folder.resolve("y.db"));

    DatabaseRefusedException refused = assertRefusedUntouched(file, Reason.FOREIGN_SIDE_FILE);

    assertThat(refused).hasMessageContaining("y.db-wal");
  }

  @Test
  void rollbackJournalLeftByAnotherProgramIsRefused() throws Exception {
    Path file = copyOfMyoMapDatabase("journalled.db");
    Files.write(folder.resolve("journalled.db-journal"), new byte[] {(byte) 0xd9, (byte) 0xd5, 5});

    DatabaseRefusedException refused = assertRefusedUntouched(file, Reason.FOREIGN_SIDE_FILE);

    assertThat(refused).hasMessageContaining("journalled.db-journal");
  }

  @Test
  void mistypedFolderIsRefusedWhenFoldersAreNotToBeCreated() throws Exception {
    Path file = folder.resolve("no-such-folder/clinic.db");

    DatabaseRefusedException refused =
        catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(file, false));

    assertThat(refused.reason()).isEqualTo(Reason.NO_FOLDER);
    assertThat(refused).hasMessageContaining(folder.resolve("no-such-folder").toString());
    assertThat(folder.resolve("no-such-folder")).doesNotExist();
  }

  /**
   * A MyoMap database with {@code sql} committed only to its write-ahead log, as a crash leaves it:
   * the files are copied while the writer still has them open.
   */
  private Path crashCopy(String name, String sql) throws Exception {
    Path original = workshop.resolve(name);
    Database.open(original).close();
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + original);
        Statement statement = writer.createStatement()) {
      statement.execute("PRAGMA wal_autocheckpoint = 0");
      statement.execute(sql);
      Files.copy(original, folder.resolve(name));
      Files.copy(workshop.resolve(name + "-wal"), folder.resolve(name + "-wal"));
    }
    return folder.resolve(name);
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
