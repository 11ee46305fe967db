package app.myomap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Why a database operation failed, in terms a practitioner can act on: the UI turns each into plain
 * words ("The disk is full: free space, then Retry") instead of showing an SQL message.
 */
public enum StorageProblem {
  /** No space left on the disk (or the database reached its size limit). */
  DISK_FULL,
  /** The file, its folder or the disk can only be read. */
  READ_ONLY,
  /** The database file was deleted, moved or its disk removed while open. */
  FILE_GONE,
  /** The file is damaged: what it holds cannot be read back. */
  DAMAGED,
  /** The operating system reported a read or write error. */
  IO_ERROR,
  /** Anything else; the log has the details. */
  OTHER;

  /** The problem behind {@code failure}, an SQL failure on the database in {@code file}. */
  static StorageProblem of(Throwable failure, Path file) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        return of(sqlite.getResultCode().code, file);
      }
      if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
        return of(sql.getErrorCode(), file);
      }
    }
    return file != null && !Files.exists(file) ? FILE_GONE : OTHER;
  }

  private static StorageProblem of(int resultCode, Path file) {
    int primary = resultCode & 0xFF;
    if (resultCode == SQLiteErrorCode.SQLITE_READONLY_DBMOVED.code
        || (file != null && !Files.exists(file))) {
      return FILE_GONE;
    }
    // SQLite reports ENOSPC from the operating system as SQLITE_FULL too.
    if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
      return DISK_FULL;
    }
    if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
      return READ_ONLY;
    }
    if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code
        || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return DAMAGED;
    }
    if (primary == SQLiteErrorCode.SQLITE_IOERR.code
        || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
      return IO_ERROR;
    }
    return OTHER;
  }
}
