package app.myomap.store;

import app.myomap.store.DatabaseRefusedException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The exclusive claim of one MyoMap instance on a database: an operating-system lock on the file
 * {@code <database name>.lock} beside it, held until closed.
 *
 * <p>The lock file itself stays after closing: the held lock, not the file's presence, says the
 * database is in use, and deleting the file could let two instances lock two different files.
 */
final class DatabaseLock implements AutoCloseable {
  /**
   * Lock files held in this JVM. File locks belong to the whole process, and on some systems
   * closing any channel on a file drops all of the process's locks on it, so a second instance in
   * this JVM must be turned away before it opens a channel of its own.
   */
  private static final Set<Path> HELD = new HashSet<>();

  private final Path lockFile;
  private final FileChannel channel;
  private final boolean createdFile;
  private boolean released;

  private DatabaseLock(Path lockFile, FileChannel channel, boolean createdFile) {
    this.lockFile = lockFile;
    this.channel = channel;
    this.createdFile = createdFile;
  }

  /** Locks {@code databaseFile}, whose folder must exist; refuses with IN_USE when it is held. */
  static DatabaseLock acquire(Path databaseFile) throws DatabaseRefusedException {
    Path lockFile;
    try {
      Path folder = databaseFile.toAbsolutePath().getParent().toRealPath();
      lockFile = folder.resolve(databaseFile.getFileName() + ".lock");
    } catch (IOException e) {
      throw unreadable(databaseFile, e);
    }
    synchronized (HELD) {
      if (HELD.contains(lockFile)) {
        throw new DatabaseRefusedException(Reason.IN_USE, databaseFile, null);
      }
      DatabaseLock lock = lockOnDisk(databaseFile, lockFile);
      HELD.add(lockFile);
      return lock;
    }
  }

  private static DatabaseLock lockOnDisk(Path databaseFile, Path lockFile)
      throws DatabaseRefusedException {
    boolean created = !Files.exists(lockFile);
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw unreadable(databaseFile, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      throw unreadable(databaseFile, e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new DatabaseRefusedException(Reason.IN_USE, databaseFile, null);
    }
    return new DatabaseLock(lockFile, channel, created);
  }

  /** Releases the lock and keeps the lock file for the next instance. */
  @Override
  public void close() {
    release(false);
  }

  /**
   * Releases the lock after a failed open and removes the lock file if this lock created it, so a
   * refused database leaves nothing behind.
   */
  void discard() {
    release(createdFile);
  }

  private void release(boolean deleteFile) {
    synchronized (HELD) {
      if (released) {
        return;
      }
      released = true;
      if (deleteFile) {
        try {
          Files.deleteIfExists(lockFile);
        } catch (IOException e) {
          // A stale lock file is harmless: only a held lock marks the database in use.
        }
      }
      closeQuietly(channel);
      HELD.remove(lockFile);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // The channel is unusable either way; the operating system drops its lock with it.
    }
  }

  private static DatabaseRefusedException unreadable(Path databaseFile, IOException e) {
    return new DatabaseRefusedException(
        Reason.UNREADABLE, databaseFile, DatabaseFileCheck.describe(e), e);
  }
}
