package app.myomap.store;

import java.nio.file.Path;

/** A database operation failed after the database was opened; the failed work was undone. */
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final StorageProblem problem;

  /** Wraps {@code cause} with a message saying what was being done. */
  public DatabaseException(String message, Throwable cause) {
    this(message, cause, null);
  }

  /** Wraps {@code cause}, a failure on the database in {@code file}, and tells why it failed. */
  DatabaseException(String message, Throwable cause, Path file) {
    super(message, cause);
    this.problem = StorageProblem.of(cause, file);
  }

  /** Why the operation failed, for the words the user is shown. */
  public StorageProblem problem() {
    return problem;
  }
}
