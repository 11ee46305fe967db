package app.myomap.app;

import app.myomap.session.AuditTrail;
import app.myomap.session.Backups;
import app.myomap.store.Backup;
import app.myomap.store.BackupException;
import app.myomap.store.BackupRotation;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import app.myomap.ui.Messages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myomap backup --db FILE --to DIR}: a verified backup for scripts, as the app makes. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    versionProvider = MyoMapCommand.VersionProvider.class,
    description = {
      "Writes a verified backup of a MyoMap database into a folder, as MyoMap does at close and"
          + " daily: written under a hidden .partial name, synced, checked, then named"
          + " <name>-YYYYMMDD-HHMMSSZ.db with a manifest beside it (size, SHA-256, record chain"
          + " head). Older backups of that database in the folder are rotated: 7 daily, 4 weekly"
          + " and 12 monthly are kept.",
      "A database that MyoMap has open is refused: back it up in the app instead."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the backup was written and verified",
      "1:the backup could not be written or did not verify (nothing counts as a backup)",
      "2:the command line is wrong",
      "3:MyoMap has the database open",
      "4:the database is missing or is not a MyoMap database MyoMap can read"
    })
final class BackupCommand implements Callable<Integer> {
  static final int FAILED = 1;
  static final int IN_USE = 3;
  static final int REFUSED = 4;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "FILE",
      description = "The MyoMap database to back up.")
  Path database;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "The folder the backup goes into (created when missing).")
  Path folder;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(database)) {
      err.println("myomap: there is no database file \"" + database + "\"; nothing was backed up.");
      return REFUSED;
    }
    ShareWarning.onStderr(database, err);
    try (Database opened = Database.open(database, false)) {
      Backups backups =
          new Backups(
              opened,
              () -> folder,
              Version.current(),
              Clock.systemDefaultZone(),
              BackupRotation.DEFAULT,
              AuditTrail.onCallingThread(opened, Clock.systemUTC(), AuditTrail::commandLineUser),
              new Backups.Listener() {
                @Override
                public void backedUp(Backup backup) {
                  out.println(
                      "Backup written and verified: "
                          + backup.file()
                          + " ("
                          + backup.manifest().sizeBytes()
                          + " bytes)");
                }

                @Override
                public void failed(BackupException failure) {
                  err.println(
                      "myomap: the backup was not made: "
                          + Messages.get("Backup.problem." + failure.problem().name()));
                }
              });
      Backups.notLocal(folder)
          .ifPresent(type -> err.println("myomap: " + Messages.format("Backup.notLocal", type)));
      backups.backUpNow();
      return 0;
    } catch (DatabaseRefusedException e) {
      if (e.reason() == DatabaseRefusedException.Reason.IN_USE) {
        err.println(
            "myomap: MyoMap has \""
                + database
                + "\" open, so it was not backed up here. Use "
                + Messages.get("menu.file")
                + " \u203a "
                + Messages.get("menu.file.backUpNow")
                + " in MyoMap, or run this again once MyoMap is closed.");
        return IN_USE;
      }
      err.println("myomap: " + e.getMessage());
      return REFUSED;
    } catch (BackupException e) {
      return FAILED;
    }
  }
}
