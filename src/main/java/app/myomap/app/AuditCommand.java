package app.myomap.app;

import app.myomap.model.Patient;
import app.myomap.session.AuditRows;
import app.myomap.session.AuditTrail;
import app.myomap.session.VisitRecords;
import app.myomap.store.AuditEntry;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myomap audit --db FILE}: the audit log, all of it or one patient's, as text or CSV. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = MyoMapCommand.VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Prints the audit log of a MyoMap database, oldest first: when (UTC), who, what (chart"
          + " opened, visit exported, printed, image copied, signed, amended, records verified,"
          + " backup made or restored), which patient and visit, and a detail such as a file name.",
      "The file is opened for reading only where it can be; nothing is written to it.",
      "Exit status: 0 printed, 1 no such patient, 3 the database could not be opened."
    })
final class AuditCommand implements Callable<Integer> {
  static final int NOT_FOUND = 1;
  static final int DATABASE_PROBLEM = 3;

  private static final Logger LOG = Logger.getLogger(AuditCommand.class.getName());

  @Option(
      names = "--db",
      required = true,
      paramLabel = "FILE",
      description = "The database whose audit log to print.")
  Path database;

  @Option(
      names = "--patient",
      paramLabel = "RECORD_NO|ID",
      description = "Only the rows of the patient with this record number or id.")
  String patient;

  @Option(
      names = "--csv",
      description = "Print CSV (a header line, then one line per row) instead of text.")
  boolean csv;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(database)) {
      err.println("myomap: \"" + database + "\" is not a file; nothing was read.");
      return DATABASE_PROBLEM;
    }
    ShareWarning.onStderr(database, err);
    try (Database opened = open(database)) {
      String patientId = null;
      if (patient != null) {
        List<Patient> found = new VisitRecords(opened).findPatients(patient);
        if (found.size() != 1) {
          err.println(
              found.isEmpty()
                  ? "myomap: no patient has the record number or id \"" + patient + "\"."
                  : "myomap: "
                      + found.size()
                      + " patients share the record number \""
                      + patient
                      + "\"; give one of their ids: "
                      + String.join(
                          ", ", found.stream().map(p -> p.id() + " (" + p.name() + ")").toList())
                      + ".");
          return NOT_FOUND;
        }
        patientId = found.get(0).id();
      }
      List<AuditEntry> entries =
          AuditTrail.onCallingThread(opened, Clock.systemUTC(), AuditTrail::commandLineUser)
              .entries(patientId, null);
      List<AuditRows.Row> rows = new AuditRows(opened).of(entries);
      if (csv) {
        AuditRows.writeCsv(rows, out);
      } else {
        for (AuditRows.Row row : rows) {
          out.println(line(row));
        }
        if (rows.isEmpty()) {
          err.println(
              "myomap: the audit log has no rows" + (patientId == null ? "." : " of them."));
        }
      }
      out.flush();
      return 0;
    } catch (DatabaseRefusedException e) {
      String words = e.getMessage();
      if (e.reason() == DatabaseRefusedException.Reason.IN_USE) {
        words += " Use Tools > Audit Log in that MyoMap window.";
      }
      err.println("myomap: " + words);
      return DATABASE_PROBLEM;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not read the audit log of " + database, e);
      err.println("myomap: the audit log could not be read (" + e.getMessage() + ").");
      return DATABASE_PROBLEM;
    }
  }

  /**
   * Opens the file for looking only; a file that would need writing to be read (changes still in
   * its write-ahead log, or an older format) is opened as {@code myomap verify} opens it.
   */
  private static Database open(Path file) throws DatabaseRefusedException {
    try {
      return Database.openForViewing(file);
    } catch (DatabaseRefusedException e) {
      if (e.reason() != DatabaseRefusedException.Reason.READ_ONLY_NEEDS_WRITE) {
        throw e;
      }
      return Database.open(file, false);
    }
  }

  private static String line(AuditRows.Row row) {
    AuditEntry e = row.entry();
    StringBuilder line = new StringBuilder();
    line.append(e.seq()).append("  ").append(e.at()).append("  ").append(e.practitioner());
    line.append("  ").append(e.code());
    if (e.patientId() != null) {
      line.append("  patient ").append(row.patientName());
      row.patient()
          .filter(p -> !p.recordNumber().isEmpty())
          .ifPresent(p -> line.append(" (").append(p.recordNumber()).append(')'));
    }
    if (row.visitStartedAt() != null) {
      line.append("  visit of ").append(row.visitStartedAt());
    }
    if (!e.detail().isEmpty()) {
      line.append("  ").append(e.detail());
    }
    return line.toString();
  }
}
