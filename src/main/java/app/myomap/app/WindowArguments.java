package app.myomap.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of a plain start of the window ({@code myomap}, {@code myomap --db FILE}, with
 * {@code --create} or {@code --read-only}), read without picocli: building picocli's model of every
 * subcommand took a fifth of the time to the first frame. Anything else (a subcommand, help, a
 * mistake) is left to picocli, which reads it as {@link MyoMapCommand} declares.
 *
 * @param database the {@code --db} file, or null for the default database
 */
record WindowArguments(Path database, boolean create, boolean readOnly) {
  /** The window's arguments, or empty when picocli must read {@code args}. */
  static Optional<WindowArguments> of(String[] args) {
    String db = null;
    boolean create = false;
    boolean readOnly = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--create") && !create) {
        create = true;
      } else if (arg.equals("--read-only") && !readOnly) {
        readOnly = true;
      } else if (db == null && arg.equals("--db") && i + 1 < args.length) {
        db = args[++i];
      } else if (db == null && arg.startsWith("--db=")) {
        db = arg.substring("--db=".length());
      } else {
        return Optional.empty();
      }
    }
    // Picocli's own words for a file name that is no path, or one that looks like an option.
    if (db != null && (db.isEmpty() || db.startsWith("-"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new WindowArguments(db == null ? null : Path.of(db), create, readOnly));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Opens the window as {@link MyoMapCommand#call} does. */
  int start(MyoMapCommand.WindowStarter starter) {
    return MyoMapCommand.startWindow(starter, database, create, readOnly);
  }
}
