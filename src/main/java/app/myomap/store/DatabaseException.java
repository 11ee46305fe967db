package app.myomap.store;

/** A database operation failed after the database was opened; the failed work was undone. */
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause} with a message saying what was being done. */
  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
