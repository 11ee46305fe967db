package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a save can fail is told apart, so the user reads the cause and not an SQL message. */
class StorageProblemTest {
  @TempDir Path folder;

  @Test
  void aFullDiskIsDiskFullAndTheSameWriteSucceedsOnceThereIsRoom() throws Exception {
    try (Database database = Database.open(folder.resolve("full.db"))) {
      int pages = database.inTransaction(c -> pragmaInt(c, "PRAGMA page_count"));
      // SQLite's own size limit fails a write exactly as a full disk does (SQLITE_FULL).
      database.inTransaction(c -> execute(c, "PRAGMA max_page_count = " + (pages + 1)));

      DatabaseException failure =
          catchThrowableOfType(DatabaseException.class, () -> insert(database, "x", 200_000));

      assertThat(failure.problem()).isEqualTo(StorageProblem.DISK_FULL);
      assertThat(failure).hasMessageContaining("full");
      database.inTransaction(c -> execute(c, "PRAGMA max_page_count = 1000000"));
      insert(database, "x", 200_000);
      assertThat(count(database)).isEqualTo(1);
    }
  }

  @Test
  void aDatabaseThatCanOnlyBeReadIsReadOnly() throws Exception {
    try (Database database = Database.open(folder.resolve("ro.db"))) {
      database.inTransaction(c -> execute(c, "PRAGMA query_only = 1"));

      DatabaseException failure =
          catchThrowableOfType(DatabaseException.class, () -> insert(database, "y", 10));

      assertThat(failure.problem()).isEqualTo(StorageProblem.READ_ONLY);
    }
  }

  @Test
  void aFileDeletedWhileOpenIsGoneAndNothingLooksSaved() throws Exception {
    Path file = folder.resolve("gone.db");
    Database database = Database.open(file);
    Files.delete(file);

    DatabaseException failure =
        catchThrowableOfType(DatabaseException.class, () -> insert(database, "z", 10));

    assertThat(failure).as("SQLite alone would write on into the deleted file").isNotNull();
    assertThat(failure.problem()).isEqualTo(StorageProblem.FILE_GONE);
    database.close();
  }

  @Test
  void aFileReplacedByAnotherIsGone() throws Exception {
    Path file = folder.resolve("swapped.db");
    Database database = Database.open(file);
    Files.move(file, folder.resolve("moved-away.db"));
    Files.writeString(file, "someone else's file");

    DatabaseException failure =
        catchThrowableOfType(DatabaseException.class, () -> insert(database, "z", 10));

    assertThat(failure.problem()).isEqualTo(StorageProblem.FILE_GONE);
    database.close();
  }

  @Test
  void aDamagedPageIsDamagedWhenRead() throws Exception {
    Path file = folder.resolve("damaged.db");
    long rootPage;
    int pageSize;
    try (Database database = Database.open(file)) {
      database.inTransaction(
          c -> execute(c, "CREATE TABLE probe (n INTEGER PRIMARY KEY, text TEXT)"));
      for (int i = 0; i < 200; i++) {
        int n = i;
        database.inTransaction(
            c -> execute(c, "INSERT INTO probe VALUES (" + n + ", '" + "p".repeat(500) + "')"));
      }
      rootPage =
          database.inTransaction(
              c -> pragmaInt(c, "SELECT rootpage FROM sqlite_master WHERE name = 'probe'"));
      pageSize = database.inTransaction(c -> pragmaInt(c, "PRAGMA page_size"));
    }
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] noise = new byte[pageSize];
      new java.util.Random(3).nextBytes(noise);
      raw.seek((rootPage - 1) * pageSize);
      raw.write(noise);
    }
    try (Database database = Database.open(file)) {
      DatabaseException failure =
          catchThrowableOfType(
              DatabaseException.class,
              () -> database.inTransaction(c -> pragmaInt(c, "SELECT count(*) FROM probe")));

      assertThat(failure.problem()).isEqualTo(StorageProblem.DAMAGED);
    }
  }

  private static void insert(Database database, String key, int chars) {
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, "v".repeat(chars));
            return insert.executeUpdate();
          }
        });
  }

  private static int count(Database database) {
    return database.inTransaction(
        c -> pragmaInt(c, "SELECT count(*) FROM meta WHERE key NOT LIKE 'created%'"));
  }

  private static int execute(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
      return 0;
    }
  }

  private static int pragmaInt(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        java.sql.ResultSet rows = s.executeQuery(sql)) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }
}
