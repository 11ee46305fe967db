package app.myomap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Makes one verified backup of an open database: copies it (commits wait meanwhile) to a hidden
 * partial file in the backup folder, syncs the file and the folder, opens the copy read-only and
 * checks it, writes its manifest, and only then gives it its backup name. An interruption at any
 * point leaves no file that counts as a backup.
 */
public final class BackupWriter {
  private BackupWriter() {}

  /** Backs up {@code database} into {@code folder} as made at {@code now}. */
  public static Backup write(Database database, BackupFolder folder, Instant now, String appVersion)
      throws BackupException {
    Path file;
    Path partial;
    try {
      Files.createDirectories(folder.folder());
      folder.removeLeftovers();
      file = folder.fileFor(now);
      partial = BackupFolder.partialOf(file);
    } catch (IOException e) {
      throw failure(e, folder.folder());
    }
    try {
      database.copyTo(partial);
      Database.syncFile(partial);
      Database.syncFolder(folder.folder());
      ChainHead head = verify(partial, database);
      BackupManifest manifest =
          new BackupManifest(
              now,
              appVersion,
              database.schemaVersion(),
              Files.size(partial),
              sha256(partial),
              head,
              true);
      Path manifestFile = BackupFolder.manifestOf(file);
      Path manifestPartial = BackupFolder.partialOf(manifestFile);
      manifest.write(manifestPartial);
      // The manifest takes its name first: a backup file never exists without its manifest.
      Files.move(manifestPartial, manifestFile, StandardCopyOption.ATOMIC_MOVE);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      Database.syncFolder(folder.folder());
      return new Backup(file, manifest);
    } catch (IOException e) {
      throw failure(e, folder.folder());
    } catch (DatabaseException e) {
      throw new BackupException(
          switch (e.problem()) {
            case DISK_FULL -> BackupException.Problem.DISK_FULL;
            case READ_ONLY -> BackupException.Problem.FOLDER_NOT_WRITABLE;
            default -> BackupException.Problem.IO_ERROR;
          },
          e.getMessage(),
          e);
    } finally {
      try {
        folder.removeLeftovers();
      } catch (IOException e) {
        // The next backup removes them; a partial file never counts as a backup.
      }
    }
  }

  /**
   * Opens the copy read-only and checks it: SQLite's integrity check, then the record chain (a
   * backup made before an upgrade to the format that brought the chain has none). Returns the
   * chain's head.
   */
  private static ChainHead verify(Path copy, Database live) throws BackupException {
    try (Database opened = Database.openCopyForChecking(copy)) {
      List<String> problems = opened.integrityProblems();
      if (!problems.isEmpty()) {
        throw new BackupException(
            BackupException.Problem.NOT_VERIFIED,
            "The copy " + copy + " failed its integrity check: " + problems.get(0),
            null);
      }
      if (opened.schemaVersion() < RecordVerifier.CHAINED_SINCE) {
        return ChainHead.EMPTY;
      }
      return verifyChain(opened, live);
    } catch (DatabaseRefusedException e) {
      throw new BackupException(
          BackupException.Problem.NOT_VERIFIED,
          "The copy could not be opened: " + e.getMessage(),
          e);
    }
  }

  /**
   * Checks the whole record chain of the opened copy and returns its head. A copy of a file whose
   * records were already changed outside MyoMap is still a faithful copy when it shows exactly the
   * live file's problems: it is kept (charting goes on, and needs its backups), and the problems
   * are in the log with each check.
   */
  private static ChainHead verifyChain(Database copy, Database live) throws BackupException {
    VerifyReport report = new RecordVerifier(copy).verifyAll(done -> {});
    if (!report.clean()
        && !report.broken().equals(new RecordVerifier(live).verifyAll(done -> {}).broken())) {
      throw new BackupException(
          BackupException.Problem.NOT_VERIFIED,
          "The copy's record chain does not match its record ("
              + report.broken().size()
              + " problems, the first: "
              + report.broken().get(0).describe()
              + ")",
          null);
    }
    return report.head();
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static BackupException failure(IOException e, Path folder) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    BackupException.Problem problem;
    if (e instanceof AccessDeniedException
        || message.contains("read-only file system")
        || message.contains("permission denied")) {
      problem = BackupException.Problem.FOLDER_NOT_WRITABLE;
    } else if (e instanceof FileSystemException && message.contains("no space left")) {
      problem = BackupException.Problem.DISK_FULL;
    } else {
      problem = BackupException.Problem.IO_ERROR;
    }
    return new BackupException(problem, "Backup into " + folder + " failed: " + e.getMessage(), e);
  }
}
