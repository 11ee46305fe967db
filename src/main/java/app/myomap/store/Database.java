package app.myomap.store;

import app.myomap.store.DatabaseRefusedException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One open, locked MyoMap database file: checks a file before touching it, applies the SQLite
 * settings and schema migrations, and runs the stores' work in transactions.
 *
 * <p>Everything SQLite-specific (file checks, pragmas, the schema version in {@code user_version})
 * stays in this class and its package-private helpers; the stores use standard SQL.
 */
public final class Database implements AutoCloseable {
  /** The SQLite {@code application_id} that marks a MyoMap database: "MYOM" in ASCII. */
  public static final int APPLICATION_ID = 0x4D594F4D;

  /** The newest data format this build reads and writes. */
  public static final int SCHEMA_VERSION = Migration.latestVersion(Migration.ALL);

  /** The {@code meta} key of the creation time, an ISO-8601 UTC instant. */
  static final String META_CREATED_AT = "created_at";

  /** The {@code meta} key of the MyoMap version that created the file. */
  static final String META_CREATED_BY_VERSION = "created_by_version";

  private final Path file;
  private Connection connection;

  /** MyoMap's lock on the file, or null for a file opened read-only. */
  private final DatabaseLock lock;

  private final boolean readOnly;
  private Object fileKey;
  private int schemaVersion;
  private boolean inTransaction;
  private boolean closed;

  private Database(Path file, Connection connection, DatabaseLock lock) {
    this.file = file;
    this.connection = connection;
    this.lock = lock;
    this.readOnly = lock == null;
    this.fileKey = fileKey(file);
  }

  /**
   * The file system's identity of a file (device and inode on Unix), or null where none is told.
   */
  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Opens the MyoMap database in {@code file}, creating it (and its folders) when it does not
   * exist, and upgrades it to {@link #SCHEMA_VERSION}. A file that is not a MyoMap database this
   * build can read, or that another instance holds open, is refused and left untouched.
   */
  public static Database open(Path file) throws DatabaseRefusedException {
    return open(file, true);
  }

  /**
   * Opens the MyoMap database in {@code file} as {@link #open(Path)} does; when {@code
   * createFolders} is false, a new database is created only in a folder that exists, so a mistyped
   * path is refused instead of looking like an empty database.
   */
  public static Database open(Path file, boolean createFolders) throws DatabaseRefusedException {
    return open(file, Migration.ALL, applicationVersion(), createFolders);
  }

  /** Opens {@code file} with the schema steps {@code migrations}, recording {@code appVersion}. */
  static Database open(Path file, List<Migration> migrations, String appVersion)
      throws DatabaseRefusedException {
    return open(file, migrations, appVersion, true);
  }

  private static Database open(
      Path file, List<Migration> migrations, String appVersion, boolean createFolders)
      throws DatabaseRefusedException {
    return open(file, migrations, appVersion, createFolders, false);
  }

  /**
   * Opens the MyoMap database in {@code file} for looking only, as a file this user cannot write is
   * always opened: nothing is written to the file or its folder, and every write is refused.
   */
  public static Database openForViewing(Path file) throws DatabaseRefusedException {
    return open(file, Migration.ALL, applicationVersion(), false, true);
  }

  private static Database open(
      Path file,
      List<Migration> migrations,
      String appVersion,
      boolean createFolders,
      boolean forceReadOnly)
      throws DatabaseRefusedException {
    Path target = DatabaseFileCheck.identify(file.toAbsolutePath().normalize());
    int knownVersion = Migration.latestVersion(migrations);
    DatabaseFileCheck.Outcome outcome = DatabaseFileCheck.inspect(target, knownVersion);
    boolean fresh = outcome == DatabaseFileCheck.Outcome.NEW;
    if (!fresh && (forceReadOnly || !writable(target))) {
      return openReadOnly(target, outcome, knownVersion);
    }
    if (fresh) {
      if (!createFolders && !Files.isDirectory(target.getParent())) {
        throw new DatabaseRefusedException(Reason.NO_FOLDER, target, null);
      }
      createFolders(target);
    }
    DatabaseLock lock = DatabaseLock.acquire(target);
    Connection connection = null;
    boolean opened = false;
    try {
      // Judged under MyoMap's lock, so no other MyoMap can write a log between check and open.
      DatabaseFileCheck.inspectSideFiles(target, outcome, knownVersion);
      connection = connect(target);
      checkIdentity(connection, target, fresh, knownVersion);
      if (fresh) {
        // Stamped before switching to WAL, so the main file's own header says "MyoMap" from its
        // first write on, even while later changes still sit in the write-ahead log.
        execute(connection, "PRAGMA application_id = " + APPLICATION_ID);
      }
      applySettings(connection);
      Database database = new Database(target, connection, lock);
      if (!fresh) {
        database.backUpBeforeUpgrade(knownVersion, appVersion);
      }
      database.migrate(migrations);
      database.recordCreation(appVersion);
      opened = true;
      return database;
    } catch (SQLException e) {
      if (isBusy(e)) {
        throw new DatabaseRefusedException(Reason.IN_USE, target, null, e);
      }
      if (StorageProblem.of(e, target) == StorageProblem.DAMAGED) {
        throw new DatabaseRefusedException(Reason.DAMAGED, target, null, e);
      }
      throw new DatabaseRefusedException(Reason.UNREADABLE, target, e.getMessage(), e);
    } catch (DatabaseException e) {
      // A schema step that failed was undone, so the file keeps its old format.
      throw new DatabaseRefusedException(Reason.UNREADABLE, target, e.getMessage(), e);
    } finally {
      if (!opened) {
        closeQuietly(connection);
        lock.discard();
      }
    }
  }

  private static boolean writable(Path file) {
    return Files.isWritable(file) && Files.isWritable(file.getParent());
  }

  /**
   * Opens a file this user can only read, for viewing: SQLite is told the file cannot change
   * ({@code immutable}), so it takes no lock and writes no side file. A log with changes not yet in
   * the file, or a data format that needs an upgrade, would have to be written: refused.
   */
  /**
   * Opens a copy (a backup just written) to check it, read-only and unchanging, in whatever data
   * format it has: a backup made before an upgrade keeps the older format.
   */
  static Database openCopyForChecking(Path copy) throws DatabaseRefusedException {
    return openReadOnly(copy, DatabaseFileCheck.Outcome.MYOMAP, Integer.MAX_VALUE, false);
  }

  private static Database openReadOnly(
      Path target, DatabaseFileCheck.Outcome outcome, int knownVersion)
      throws DatabaseRefusedException {
    return openReadOnly(target, outcome, knownVersion, true);
  }

  private static Database openReadOnly(
      Path target, DatabaseFileCheck.Outcome outcome, int knownVersion, boolean current)
      throws DatabaseRefusedException {
    DatabaseFileCheck.inspectSideFiles(target, outcome, knownVersion);
    if (DatabaseFileCheck.hasPendingLog(target)) {
      throw new DatabaseRefusedException(
          Reason.READ_ONLY_NEEDS_WRITE,
          target,
          "changes from its last session are still in the -wal file beside it");
    }
    Connection connection = null;
    boolean opened = false;
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
      connection =
          DriverManager.getConnection(
              "jdbc:sqlite:" + target.toUri() + "?immutable=1", config.toProperties());
      checkIdentity(connection, target, false, knownVersion);
      Database database = new Database(target, connection, null);
      database.schemaVersion = readInt(connection, "PRAGMA user_version");
      if (current && database.schemaVersion < knownVersion) {
        throw new DatabaseRefusedException(
            Reason.READ_ONLY_NEEDS_WRITE,
            target,
            "it was saved by an older MyoMap and needs an upgrade, which means writing to it");
      }
      opened = true;
      return database;
    } catch (SQLException e) {
      if (StorageProblem.of(e, target) == StorageProblem.DAMAGED) {
        throw new DatabaseRefusedException(Reason.DAMAGED, target, null, e);
      }
      throw new DatabaseRefusedException(Reason.UNREADABLE, target, e.getMessage(), e);
    } finally {
      if (!opened) {
        closeQuietly(connection);
      }
    }
  }

  /** The database file, as an absolute path. */
  public Path file() {
    return file;
  }

  /** The data format of the open database; {@link #SCHEMA_VERSION} once opened. */
  public synchronized int schemaVersion() {
    return schemaVersion;
  }

  /**
   * Runs {@code work} in a transaction, commits it and returns its result; if the work throws,
   * everything it did is rolled back and an SQL failure is rethrown as {@link DatabaseException}.
   * Called from inside another transaction's work, it joins that transaction.
   */
  public synchronized <T> T inTransaction(SqlWork<T> work) {
    if (closed) {
      throw new IllegalStateException("The database " + file + " is closed");
    }
    if (inTransaction) {
      return runJoined(work);
    }
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new DatabaseException("Could not start a transaction on " + file, e, file);
    }
    inTransaction = true;
    Throwable failure = null;
    try {
      T result = work.run(connection);
      requireSameFile();
      connection.commit();
      return result;
    } catch (SQLException e) {
      DatabaseException wrapped =
          new DatabaseException(
              "A database change failed and was undone: " + e.getMessage(), e, file);
      failure = wrapped;
      rollback(wrapped);
      throw wrapped;
    } catch (RuntimeException | Error e) {
      failure = e;
      rollback(e);
      throw e;
    } finally {
      inTransaction = false;
      endTransaction(failure);
    }
  }

  /**
   * Refuses to commit when the file at the database's path is no longer the file SQLite has open:
   * SQLite holds the open file and would write on into a deleted or moved file, where the edits
   * look saved but are lost to every later start. One file-system lookup per commit.
   */
  private void requireSameFile() throws SQLException {
    Object now;
    try {
      now = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      throw fileGone(e);
    }
    if (fileKey != null && !fileKey.equals(now)) {
      throw fileGone(null);
    }
  }

  private SQLException fileGone(IOException cause) {
    return new SQLException(
        "the database file " + file + " was deleted or replaced while open",
        null,
        SQLiteErrorCode.SQLITE_READONLY_DBMOVED.code,
        cause);
  }

  /**
   * Copies the database as committed so far into the new file {@code target} with SQLite's online
   * backup API on this connection, the only one the exclusive lock allows. Commits wait until the
   * copy is complete (they queue behind it), so the copy is one consistent state of the file.
   */
  public synchronized void copyTo(Path target) {
    requireOpen();
    try {
      // All pages in one step: the lock is held for the whole copy anyway, and one step is fastest.
      int result =
          connection
              .unwrap(SQLiteConnection.class)
              .getDatabase()
              .backup("main", target.toString(), null, 100, 3, -1);
      if (result != SQLiteErrorCode.SQLITE_OK.code) {
        throw new SQLException("the copy ended with SQLite result " + result, null, result);
      }
    } catch (SQLException e) {
      throw new DatabaseException(
          "Could not copy the database " + file + " to " + target + ": " + e.getMessage(),
          e,
          target);
    }
  }

  /**
   * What {@code PRAGMA integrity_check} finds wrong in the file: empty when SQLite finds its pages,
   * indexes and constraints sound.
   */
  public synchronized List<String> integrityProblems() {
    requireOpen();
    List<String> problems = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
      while (rows.next()) {
        String line = rows.getString(1);
        if (!"ok".equalsIgnoreCase(line)) {
          problems.add(line);
        }
      }
    } catch (SQLException e) {
      throw new DatabaseException("Could not check the integrity of " + file, e, file);
    }
    return problems;
  }

  /**
   * Puts the MyoMap database {@code replacement} in place of this file while MyoMap's lock stays
   * held throughout, so no other MyoMap can open the file half way. The replacement is first copied
   * beside the file and synced; then the connection is closed (which writes the write-ahead log
   * into the file), the current file is kept under the name {@code keptAs}, the copy is renamed
   * over the database's name, and the connection is opened again. The stores keep working on this
   * object. A replacement that is not a MyoMap database this build can open is refused before
   * anything changes.
   */
  public synchronized void replaceFile(Path replacement, Path keptAs)
      throws DatabaseRefusedException, IOException {
    requireOpen();
    if (readOnly) {
      throw new DatabaseRefusedException(
          Reason.READ_ONLY_NEEDS_WRITE, file, "it was opened for looking only");
    }
    try (Database check = openForViewing(replacement)) {
      if (!check.integrityProblems().isEmpty()) {
        throw new DatabaseRefusedException(Reason.DAMAGED, replacement, null);
      }
    }
    Path incoming = file.resolveSibling("." + file.getFileName() + ".restoring");
    Files.copy(replacement, incoming, StandardCopyOption.REPLACE_EXISTING);
    boolean swapped = false;
    try {
      syncFile(incoming);
      DatabaseFileCheck.inspect(incoming, SCHEMA_VERSION);
      try {
        connection.close();
      } catch (SQLException e) {
        throw new DatabaseException("Could not close the database " + file, e, file);
      }
      Path log = DatabaseFileCheck.sideFile(file, "-wal");
      if (Files.exists(log)) {
        // A clean close writes the log into the file and removes it; a log left over would be
        // replayed into the restored file, so nothing is swapped.
        throw new IOException("the write-ahead log " + log + " is still there after closing");
      }
      keepAside(file, keptAs);
      // One rename over the old name: at every moment the database's name holds a whole file.
      Files.move(incoming, file, StandardCopyOption.ATOMIC_MOVE);
      swapped = true;
      syncFolder(file.getParent());
    } finally {
      Files.deleteIfExists(incoming);
      if (!swapped) {
        Files.deleteIfExists(keptAs);
      }
      reconnect();
    }
  }

  /**
   * Gives the current file a second name, {@code keptAs}, that stays when the database's own name
   * is taken by another file: a hard link, or where the file system has none, a synced copy.
   */
  private static void keepAside(Path file, Path keptAs) throws IOException {
    try {
      Files.createLink(keptAs, file);
    } catch (UnsupportedOperationException | IOException e) {
      Path partial = keptAs.resolveSibling("." + keptAs.getFileName() + ".partial");
      Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
      syncFile(partial);
      Files.move(partial, keptAs, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Opens the connection again after {@link #replaceFile}, if it was closed. */
  private void reconnect() throws DatabaseRefusedException {
    try {
      if (!connection.isClosed()) {
        return;
      }
    } catch (SQLException e) {
      // A connection that cannot say whether it is open is opened anew.
    }
    try {
      connection = connect(file);
      checkIdentity(connection, file, false, SCHEMA_VERSION);
      applySettings(connection);
      fileKey = fileKey(file);
      migrate(Migration.ALL);
    } catch (SQLException | DatabaseException e) {
      // The file cannot be worked on: closed, and the lock released, so nothing writes to it.
      closeQuietly(connection);
      closed = true;
      lock.close();
      throw new DatabaseRefusedException(Reason.UNREADABLE, file, e.getMessage(), e);
    }
  }

  /** Writes a file's contents to the disk before it returns. */
  public static void syncFile(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * Writes a folder's entries (a new or renamed file in it) to the disk, where the system allows a
   * folder to be synced; Windows does not, and its renames are durable once they return.
   */
  public static void syncFolder(Path folder) throws IOException {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("win")) {
        throw e;
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("The database " + file + " is closed");
    }
  }

  /** The connection, for the stores of this package, only inside {@link #inTransaction} work. */
  Connection connection() {
    return connection;
  }

  /**
   * Closes the connection, which writes the write-ahead log back into the file, and releases the
   * lock. Closing twice does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DatabaseException("Could not close the database " + file, e, file);
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  /**
   * Whether the file was opened only for reading, because this user cannot write it or its folder:
   * every chart can be looked at, and every write is refused as {@link StorageProblem#READ_ONLY}.
   */
  public boolean isReadOnly() {
    return readOnly;
  }

  private <T> T runJoined(SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new DatabaseException("A database change failed: " + e.getMessage(), e, file);
    }
  }

  private void rollback(Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Back to autocommit after a transaction. When the transaction itself failed (a full disk makes
   * both fail), that first failure is the one reported, with this one attached to it.
   */
  private void endTransaction(Throwable failure) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
        return;
      }
      throw new DatabaseException("Could not end a transaction on " + file, e, file);
    }
  }

  /**
   * Before a file of an older MyoMap is upgraded, a verified backup of it as it was goes into the
   * default backup folder beside it; without one, the file is refused and left as it was.
   */
  private void backUpBeforeUpgrade(int knownVersion, String appVersion)
      throws SQLException, DatabaseRefusedException {
    schemaVersion = readInt(connection, "PRAGMA user_version");
    if (schemaVersion == 0 || schemaVersion >= knownVersion) {
      return;
    }
    try {
      BackupWriter.write(
          this, new BackupFolder(BackupFolder.besides(file), file), Instant.now(), appVersion);
    } catch (BackupException e) {
      throw new DatabaseRefusedException(
          Reason.UNREADABLE,
          file,
          "it needs an upgrade to this version's format, and no verified backup of it could be"
              + " made first ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private void migrate(List<Migration> migrations) throws SQLException {
    schemaVersion = readInt(connection, "PRAGMA user_version");
    for (Migration migration : migrations.subList(schemaVersion, migrations.size())) {
      inTransaction(
          c -> {
            try (Statement statement = c.createStatement()) {
              // From the format that has the record chain on, a step must leave the chain as it
              // found it: rebuilding a table must keep every row and recreate every guard.
              boolean chained = schemaVersion >= RecordVerifier.CHAINED_SINCE;
              List<BrokenRecord> before = chained ? RecordVerifier.check(c).broken() : List.of();
              for (String sql : migration.statements()) {
                statement.executeUpdate(sql);
              }
              migration.then().run(c);
              if (chained) {
                for (BrokenRecord problem : RecordVerifier.check(c).broken()) {
                  if (!before.contains(problem)) {
                    throw new SQLException(
                        "it would leave the record chain broken: " + problem.describe());
                  }
                }
              }
              // Bumped inside the same transaction, so a failed step leaves the old format.
              statement.executeUpdate("PRAGMA user_version = " + migration.version());
            } catch (SQLException e) {
              throw new SQLException(
                  "Schema migration " + migration.name() + " failed: " + e.getMessage(), e);
            }
            return null;
          });
      schemaVersion = migration.version();
    }
  }

  private void recordCreation(String appVersion) {
    inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            query.setString(1, META_CREATED_AT);
            try (ResultSet rows = query.executeQuery()) {
              if (rows.next()) {
                return null;
              }
            }
          }
          try (PreparedStatement insert =
              c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            insert.setString(1, META_CREATED_AT);
            insert.setString(2, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            insert.addBatch();
            insert.setString(1, META_CREATED_BY_VERSION);
            insert.setString(2, appVersion);
            insert.addBatch();
            insert.executeBatch();
          }
          return null;
        });
  }

  private static void createFolders(Path file) throws DatabaseRefusedException {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new DatabaseRefusedException(Reason.UNREADABLE, file, DatabaseFileCheck.describe(e), e);
    }
  }

  /**
   * Connects with the exclusive locking mode set before the connection's first read: SQLite then
   * takes and keeps a lock on the file itself, so a second process that reaches the same file
   * through another name (a hard link or a symbolic link) is turned away, and the write-ahead log's
   * index lives in memory, leaving no {@code -shm} file. No busy wait: the first read fails at once
   * when the file is held, and MyoMap's own lock has already told a second MyoMap the same.
   */
  private static Connection connect(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
    config.setBusyTimeout(0);
    return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
  }

  private static boolean isBusy(SQLException e) {
    // Extended codes (SQLITE_BUSY_RECOVERY, ...) keep the primary code in the low byte.
    return e instanceof SQLiteException sqlite
        && (sqlite.getResultCode().code & 0xFF) == SQLiteErrorCode.SQLITE_BUSY.code;
  }

  /**
   * Checks with SQL what the header check saw in the main file alone: a write-ahead log left by a
   * crash may hold newer values.
   */
  private static void checkIdentity(
      Connection connection, Path file, boolean fresh, int knownVersion)
      throws SQLException, DatabaseRefusedException {
    int applicationId = readInt(connection, "PRAGMA application_id");
    long userVersion = Integer.toUnsignedLong(readInt(connection, "PRAGMA user_version"));
    boolean expectedId = fresh ? applicationId == 0 : applicationId == APPLICATION_ID;
    if (!expectedId || (fresh && userVersion != 0)) {
      throw new DatabaseRefusedException(Reason.FOREIGN_APPLICATION, file, null);
    }
    if (userVersion > knownVersion) {
      throw DatabaseFileCheck.newerSchema(file, userVersion, knownVersion);
    }
  }

  private static void applySettings(Connection connection) throws SQLException {
    String journalMode = readString(connection, "PRAGMA journal_mode = WAL");
    if (!"wal".equalsIgnoreCase(journalMode)) {
      throw new SQLException("the folder does not support write-ahead logging");
    }
    execute(connection, "PRAGMA synchronous = FULL");
    execute(connection, "PRAGMA foreign_keys = ON");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int readInt(Connection connection, String sql) throws SQLException {
    return Integer.parseInt(readString(connection, sql));
  }

  private static String readString(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new SQLException("No result from " + sql);
      }
      return rows.getString(1);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // The open already failed; that failure is the one worth reporting.
    }
  }

  private static String applicationVersion() {
    String version = Database.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
