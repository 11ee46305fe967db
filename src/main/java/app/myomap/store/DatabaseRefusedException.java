package app.myomap.store;

import java.nio.file.Path;

/**
 * The database file was not opened, for a reason the practitioner can act on; the file was left
 * exactly as it was.
 */
public final class DatabaseRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a file was refused. */
  public enum Reason {
    /** The file is not an SQLite database at all. */
    NOT_SQLITE,
    /** The file starts like an SQLite database but is shorter than its header says. */
    TRUNCATED,
    /** The file is an SQLite database of another program. */
    FOREIGN_APPLICATION,
    /** The file was written by a newer MyoMap whose data format this build does not know. */
    NEWER_SCHEMA,
    /** Another MyoMap instance, in this or another process, holds the database open. */
    IN_USE,
    /** The file or its folder could not be read or written. */
    UNREADABLE,
    /**
     * A journal or write-ahead log beside the file belongs to another program, or to no database
     * that can be told apart.
     */
    FOREIGN_SIDE_FILE,
    /** The file has more than one name (hard links), so one lock cannot cover every name. */
    LINKED,
    /** The folder of a database to be created does not exist (a mistyped path). */
    NO_FOLDER,
    /** The file is a MyoMap database, but parts of it cannot be read back. */
    DAMAGED,
    /**
     * The file can only be read, but it cannot be shown as it is: changes wait in its write-ahead
     * log, or its data format needs an upgrade, and both would have to be written into it.
     */
    READ_ONLY_NEEDS_WRITE
  }

  private final Reason reason;
  private final transient Path file;

  DatabaseRefusedException(Reason reason, Path file, String detail) {
    super(message(reason, file, detail));
    this.reason = reason;
    this.file = file;
  }

  DatabaseRefusedException(Reason reason, Path file, String detail, Throwable cause) {
    this(reason, file, detail);
    initCause(cause);
  }

  /** Why the file was refused. */
  public Reason reason() {
    return reason;
  }

  /** The database file that was refused. */
  public Path file() {
    return file;
  }

  private static String message(Reason reason, Path file, String detail) {
    String name = "The file \"" + file + "\"";
    return switch (reason) {
      case NOT_SQLITE -> name + " is not a MyoMap database; it was left untouched.";
      case TRUNCATED ->
          name
              + " is incomplete: it was cut short, for example by an interrupted copy."
              + " It was left untouched; open a complete copy or a backup instead.";
      case FOREIGN_APPLICATION ->
          name
              + " is not a MyoMap database; it belongs to another program."
              + " It was left untouched.";
      case NEWER_SCHEMA ->
          name
              + " was saved by a newer version of MyoMap ("
              + detail
              + "). It was left untouched; update MyoMap to open it.";
      case IN_USE ->
          name
              + " is already open in another MyoMap window, perhaps on another computer."
              + " Close it there, then try again.";
      case UNREADABLE -> name + " could not be opened (" + detail + "); it was left untouched.";
      case FOREIGN_SIDE_FILE ->
          name
              + " has a file beside it that another program left behind ("
              + detail
              + "). Both were left untouched; open the database with the program that wrote it,"
              + " or move the side file away if you are sure it is not needed.";
      case LINKED ->
          name
              + " has more than one name on this disk (hard links), so MyoMap could not make sure"
              + " only one window writes to it. It was left untouched; make a copy of it and"
              + " open the copy.";
      case READ_ONLY_NEEDS_WRITE ->
          name
              + " can only be read here, and "
              + detail
              + ". It was left untouched; copy the file"
              + " (with any file beside it ending in -wal) to a folder you can write to, and open"
              + " the copy.";
      case DAMAGED ->
          name
              + " is damaged: part of it cannot be read. It was left untouched; restore it from"
              + " a backup, or keep it for support to look at.";
      case NO_FOLDER ->
          "The folder \""
              + file.getParent()
              + "\" does not exist, so no database was created there. Check the path, or add"
              + " --create to create the folder and a new database.";
    };
  }
}
