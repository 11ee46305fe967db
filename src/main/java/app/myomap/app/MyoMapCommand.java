package app.myomap.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code myomap} command: without a subcommand it opens the window on a database; the
 * subcommands are tools that run without a display.
 */
@Command(
    name = "myomap",
    mixinStandardHelpOptions = true,
    versionProvider = MyoMapCommand.VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Charts myofascial trigger points, twitch responses and referral zones on body outlines.",
      "Without a command, opens the window on the default database (created on first run)."
    },
    subcommands = {
      ExportCommand.class,
      SampleCommand.class,
      VerifyCommand.class,
      BackupCommand.class,
      AuditCommand.class
    })
final class MyoMapCommand implements Callable<Integer> {
  /** What {@link #call} returns when the window was opened: the app runs on after main returns. */
  static final int WINDOW_OPEN = -1;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Open the MyoMap database FILE instead of the default one.")
  Path database;

  @Option(
      names = "--create",
      description =
          "Create the folder of --db FILE when it does not exist (otherwise a mistyped path is"
              + " refused).")
  boolean create;

  @Option(
      names = "--read-only",
      description =
          "Open the database for looking only: nothing can be changed, and nothing is written to"
              + " the file or its folder. (A file you cannot write is always opened this way.)")
  boolean readOnly;

  private final WindowStarter starter;

  MyoMapCommand(WindowStarter starter) {
    this.starter = starter;
  }

  @Override
  public Integer call() {
    return startWindow(starter, database, create, readOnly);
  }

  /** Opens the window on {@code database}, or on the default database when it is null. */
  static int startWindow(WindowStarter starter, Path database, boolean create, boolean readOnly) {
    Path file = database == null ? DataFolder.defaultDatabase() : database;
    // The default database is created on first run, folders and all; a typed path only on request.
    return starter.start(file, database == null || create, readOnly);
  }

  /** Opens the window; returns {@link #WINDOW_OPEN}, or an exit status when it could not. */
  @FunctionalInterface
  interface WindowStarter {
    int start(Path database, boolean createFolders, boolean readOnly);
  }

  /** The version for {@code --version}. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"MyoMap " + Version.current()};
    }
  }
}
