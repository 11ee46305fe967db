package app.myomap.store;

/** A backup could not be made; no file was left that counts as a backup. */
public final class BackupException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why, in terms the user can act on. */
  public enum Problem {
    /** The disk of the backup folder is full. */
    DISK_FULL,
    /** The backup folder cannot be created or written. */
    FOLDER_NOT_WRITABLE,
    /** The copy was made but did not pass its check, so it was deleted. */
    NOT_VERIFIED,
    /** The operating system reported a read or write error. */
    IO_ERROR
  }

  private final Problem problem;

  BackupException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
