package app.myomap.app;

import app.myomap.model.AuditAction;
import app.myomap.session.AuditTrail;
import app.myomap.session.RecordChecks;
import app.myomap.store.BrokenRecord;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import app.myomap.store.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myomap verify --db FILE}: checks every recorded change against the record chain. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = MyoMapCommand.VersionProvider.class,
    description = {
      "Checks every change recorded in a MyoMap database (patients' details, visits, chart edits)"
          + " against its record chain, and names each one that was changed, removed or added"
          + " outside MyoMap by patient, visit and time.",
      "While MyoMap has the file open, use Tools > Verify Records there instead.",
      "A file of an older MyoMap is brought to this version's format first, as opening it in"
          + " MyoMap would.",
      "The check is noted in the file's audit log.",
      "Exit status: 0 everything matches, 1 problems were found, 2 the file could not be checked."
    })
final class VerifyCommand implements Callable<Integer> {
  private static final Logger LOG = Logger.getLogger(VerifyCommand.class.getName());

  @Option(
      names = "--db",
      required = true,
      paramLabel = "FILE",
      description = "The database to check.")
  Path database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(database)) {
      err.println("myomap: \"" + database + "\" is not a file; nothing was checked.");
      return 2;
    }
    ShareWarning.onStderr(database, err);
    try (Database opened = Database.open(database, false)) {
      VerifyReport report = new RecordChecks(opened).whole(Runnable::run, done -> {}).join();
      AuditTrail.onCallingThread(opened, Clock.systemUTC(), AuditTrail::commandLineUser)
          .note(AuditAction.RECORDS_VERIFIED, null, null, RecordChecks.summary(report));
      if (report.clean()) {
        out.println(
            "Verified "
                + report.checked()
                + " recorded changes in "
                + opened.file()
                + ": every one matches its record.");
      } else {
        out.println(
            report.broken().size()
                + (report.broken().size() == 1 ? " problem" : " problems")
                + " in "
                + opened.file()
                + " ("
                + report.checked()
                + " recorded changes checked):");
        for (BrokenRecord broken : report.broken()) {
          out.println("  " + broken.describe());
        }
      }
      out.println("Chain head: " + report.head());
      return report.clean() ? 0 : 1;
    } catch (DatabaseRefusedException e) {
      String words = e.getMessage();
      if (e.reason() == DatabaseRefusedException.Reason.IN_USE) {
        words += " Use Tools > Verify Records in that MyoMap window.";
      }
      err.println("myomap: " + words);
      return 2;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not verify " + database, e);
      err.println("myomap: the records could not be checked (" + e.getMessage() + ").");
      return 2;
    }
  }
}
