package app.myomap.session;

import app.myomap.model.AuditAction;
import app.myomap.store.Backup;
import app.myomap.store.BackupException;
import app.myomap.store.BackupFolder;
import app.myomap.store.BackupRotation;
import app.myomap.store.BackupWriter;
import app.myomap.store.ChainHead;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The backups of the open database: made by hand, at close, and at most daily while MyoMap is open
 * (checked at start and then every hour); each verified, rotated, logged with the head of its
 * record chain, and reported to a listener, never silently. Also puts a backup back in place of the
 * database.
 */
public final class Backups {
  private static final Logger LOG = Logger.getLogger(Backups.class.getName());

  /** How old the newest backup may grow while MyoMap is open before another is made. */
  public static final Duration DAILY = Duration.ofHours(24);

  private static final DateTimeFormatter KEPT_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** Told of every backup made or failed, on the thread that made it. */
  public interface Listener {
    void backedUp(Backup backup);

    void failed(BackupException failure);
  }

  private final Database database;
  private final Supplier<Path> folder;
  private final String appVersion;
  private final Clock clock;
  private final BackupRotation rotation;
  private final Listener listener;
  private final AuditTrail audit;
  private ScheduledExecutorService schedule;

  /**
   * @param folder the backup folder, asked again before each backup (it is a setting)
   * @param audit where each backup made and each restore is noted
   */
  public Backups(
      Database database,
      Supplier<Path> folder,
      String appVersion,
      Clock clock,
      BackupRotation rotation,
      AuditTrail audit,
      Listener listener) {
    this.database = Objects.requireNonNull(database, "database");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.rotation = Objects.requireNonNull(rotation, "rotation");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * The chain head in the manifest of the newest backup in {@code folder}, if there is one with a
   * chain: the record's end as kept outside the database file, for the record checks.
   */
  public static List<ChainHead> newestHead(BackupFolder folder) {
    try {
      return folder.list().stream()
          .limit(1)
          .map(backup -> backup.manifest().chainHead())
          .filter(head -> head.seq() > 0)
          .toList();
    } catch (IOException e) {
      LOG.log(
          java.util.logging.Level.WARNING, "Could not list the backups in " + folder.folder(), e);
      return List.of();
    }
  }

  /** The default backup folder of {@code databaseFile}: {@code backups} beside it. */
  public static Path defaultFolder(Path databaseFile) {
    return BackupFolder.besides(databaseFile);
  }

  /** File system types that are reached over a network, or through a user-space layer. */
  private static final java.util.Set<String> NOT_LOCAL =
      java.util.Set.of(
          "nfs",
          "nfs4",
          "cifs",
          "smb",
          "smb2",
          "smb3",
          "smbfs",
          "sshfs",
          "afpfs",
          "webdav",
          "davfs",
          "ncpfs",
          "9p",
          "afs",
          "ceph",
          "glusterfs",
          "lustre",
          "fuse",
          "fuseblk");

  /**
   * The type of the file system {@code folder} (or its nearest existing parent) is on, when it is a
   * network share or not plainly local ({@code nfs}, {@code cifs}, {@code fuse.sshfs}, ...): a
   * backup there may vanish with the connection, and syncing it is not always honoured.
   */
  public static Optional<String> notLocal(Path folder) {
    Path existing = folder.toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Optional.empty();
    }
    try {
      String type = Files.getFileStore(existing).type().toLowerCase(java.util.Locale.ROOT);
      boolean remote =
          NOT_LOCAL.contains(type)
              || type.startsWith("fuse.")
              || type.startsWith("nfs")
              || type.startsWith("smb");
      return remote ? Optional.of(type) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The backups of the open database in the backup folder as set now. */
  public BackupFolder folder() {
    return new BackupFolder(folder.get(), database.file());
  }

  /** The complete backups, newest first. */
  public List<Backup> list() throws IOException {
    return folder().list();
  }

  /**
   * Makes a verified backup now, then deletes the older ones the rotation does not keep. Edits
   * committed meanwhile wait behind the copy and are saved after it.
   */
  public Backup backUpNow() throws BackupException {
    BackupFolder target = folder();
    Backup backup;
    try {
      backup = BackupWriter.write(database, target, clock.instant(), appVersion);
    } catch (BackupException e) {
      LOG.log(Level.WARNING, "Backup of " + database.file() + " failed (" + e.problem() + ")", e);
      listener.failed(e);
      throw e;
    }
    LOG.info(
        () ->
            "Backup written and verified: "
                + backup.file()
                + ", "
                + backup.manifest().sizeBytes()
                + " bytes, sha256 "
                + backup.manifest().sha256()
                + ", record chain head "
                + backup.manifest().chainHead());
    try {
      for (Path deleted : target.rotate(rotation, clock.getZone())) {
        LOG.info(() -> "Older backup removed by rotation: " + deleted);
      }
    } catch (IOException e) {
      // The new backup is complete; older ones stay until the next rotation succeeds.
      LOG.log(Level.WARNING, "Could not rotate the backups in " + target.folder(), e);
    }
    audit.note(AuditAction.BACKUP_MADE, null, null, backup.file().toString());
    listener.backedUp(backup);
    return backup;
  }

  /** Makes a backup when the newest one is older than a day, or there is none. */
  public Optional<Backup> backUpIfDue() throws BackupException {
    Optional<java.time.Instant> newest;
    try {
      newest = folder().newest();
    } catch (IOException e) {
      newest = Optional.empty();
    }
    if (newest.isPresent() && newest.get().plus(DAILY).isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(backUpNow());
  }

  /**
   * Checks after {@code first} and then every {@code every} whether a backup is due, on a
   * background thread.
   */
  public synchronized void startSchedule(Duration first, Duration every) {
    if (schedule != null) {
      return;
    }
    schedule =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "myomap-backup");
              t.setDaemon(true);
              return t;
            });
    schedule.scheduleWithFixedDelay(
        this::backUpIfDueQuietly, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void backUpIfDueQuietly() {
    try {
      backUpIfDue();
    } catch (BackupException e) {
      // Already logged and told to the listener.
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The scheduled backup check failed", e);
    }
  }

  /** Stops the schedule, waiting for a backup under way to finish. */
  public synchronized void stopSchedule() {
    if (schedule == null) {
      return;
    }
    schedule.shutdownNow();
    try {
      schedule.awaitTermination(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    schedule = null;
  }

  /**
   * Puts {@code backup} in place of the open database, whose lock stays held; the replaced file is
   * kept beside it under a name saying when it was replaced, which is returned. A backup whose file
   * no longer matches its manifest is refused. Every edit must be committed first.
   */
  public Path restore(Backup backup) throws DatabaseRefusedException, IOException {
    Path live = database.file();
    backup.requireMatchesManifest();
    Path kept = live.resolveSibling(live.getFileName() + ".replaced-" + keptStamp());
    database.replaceFile(backup.file(), kept);
    // Noted in the restored file, whose own log ends where the backup was made.
    audit.note(AuditAction.BACKUP_RESTORED, null, null, backup.file().toString());
    // The restored file is backed up at once, so that the newest backup's chain head, which each
    // record check compares with the file, is the restored one's and not that of the file replaced.
    try {
      backUpNow();
    } catch (BackupException e) {
      LOG.log(java.util.logging.Level.WARNING, "The restored file could not be backed up", e);
    }
    LOG.info(
        () ->
            "Restored "
                + backup.file()
                + " (record chain head "
                + backup.manifest().chainHead()
                + ") into "
                + live
                + "; the replaced file is kept as "
                + kept);
    return kept;
  }

  private String keptStamp() {
    java.time.Instant now = clock.instant();
    Path live = database.file();
    String stamp = KEPT_STAMP.format(now) + "Z";
    while (Files.exists(live.resolveSibling(live.getFileName() + ".replaced-" + stamp))) {
      now = now.plusSeconds(1);
      stamp = KEPT_STAMP.format(now) + "Z";
    }
    return stamp;
  }
}
