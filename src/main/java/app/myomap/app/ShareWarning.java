package app.myomap.app;

import app.myomap.store.NetworkShare;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The command line's warning about a database on a network share; the command still runs. */
final class ShareWarning {
  private ShareWarning() {}

  /** Writes the warning to {@code err} when {@code database} lies on a network share. */
  static void onStderr(Path database, PrintWriter err) {
    NetworkShare.of(database)
        .ifPresent(
            type ->
                err.println(
                    "myomap: warning: \""
                        + database
                        + "\" is on a network share ("
                        + type
                        + "). SQLite cannot lock a file there safely, and two computers using it"
                        + " at once can damage it. Keep the database on one computer's own disk"
                        + " (README: Sharing a database in a clinic)."));
  }
}
