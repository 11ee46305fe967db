package app.myomap.export;

import app.myomap.model.AuditAction;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.AuditTrail;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exports visits of a patient into a folder, as the command line and the window's "Export all
 * visits" do: first a plan (every visit opened, every file named, so existing files can be asked
 * about), then the files written one by one, each whole or not at all, with progress after each. A
 * cancelled export removes the files it created, so the folder is left as it was, but for files the
 * user agreed to replace.
 */
public final class BatchExport {
  private static final Logger LOG = Logger.getLogger(BatchExport.class.getName());

  /** Told after each file: how many of the plan's files are written, and the last one. */
  @FunctionalInterface
  public interface Progress {
    void written(int done, int total, Path file);
  }

  private final VisitRecords records;
  private final VisitFiles maker;
  private final AuditTrail audit;

  /** An export whose every file written is noted in {@code audit}. */
  public BatchExport(VisitRecords records, VisitFiles maker, AuditTrail audit) {
    this.records = records;
    this.maker = maker;
    this.audit = audit;
  }

  /**
   * The files of {@code visits} of {@code patient} in {@code folder}. Two files of the same name
   * (two visits started in the same minute) are told apart by a number.
   *
   * @throws app.myomap.store.DatabaseException if a chart cannot be read
   * @throws app.myomap.atlas.AtlasException if this build lacks a visit's atlas version
   */
  public ExportPlan plan(Patient patient, List<Visit> visits, Path folder) {
    List<ExportPlan.File> files = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Visit visit : visits) {
      OpenedVisit opened = records.open(patient, visit);
      for (VisitFiles.Named file : maker.of(opened)) {
        String name = distinct(file.name(), taken);
        files.add(
            new ExportPlan.File(folder.resolve(name), file.content(), patient.id(), visit.id()));
      }
    }
    return new ExportPlan(files, visits.size());
  }

  private static String distinct(String name, Set<String> taken) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    String extension = dot < 0 ? "" : name.substring(dot);
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = stem + "-" + n + extension;
    }
    return candidate;
  }

  /**
   * Writes the plan's files in order, telling {@code progress} after each and noting each in the
   * audit log.
   *
   * @return the files written
   * @throws CancellationException when {@code cancelled} says so (asked before each file) or the
   *     thread is interrupted; the files this export created are removed first
   * @throws IOException if a file cannot be written; the files written before it stay
   */
  public List<Path> write(ExportPlan plan, Progress progress, BooleanSupplier cancelled)
      throws IOException {
    List<Path> written = new ArrayList<>();
    List<Path> created = new ArrayList<>();
    int total = plan.files().size();
    try {
      for (ExportPlan.File file : plan.files()) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
          throw new CancellationException("export cancelled");
        }
        boolean existed = Files.exists(file.target());
        AtomicFile.write(file.target(), file.content());
        written.add(file.target());
        audit.note(
            AuditAction.VISIT_EXPORTED,
            file.patientId(),
            file.visitId(),
            file.target().getFileName().toString());
        if (!existed) {
          created.add(file.target());
        }
        progress.written(written.size(), total, file.target());
      }
      return written;
    } catch (CancellationException | InterruptedIOException e) {
      removeQuietly(created);
      CancellationException cancelledNow = new CancellationException("export cancelled");
      cancelledNow.initCause(e);
      throw cancelledNow;
    }
  }

  private static void removeQuietly(List<Path> files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not remove " + file + " of a cancelled export", e);
      }
    }
  }
}
