package app.myomap.session;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import app.myomap.store.EditRecord;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Edits that could not be saved, written to a file of their own so they survive quitting, and
 * brought back later in the order they were made.
 *
 * <p>The file is a small MyoMap database holding the patient, the visit, the chart as it was last
 * saved (one edit labelled {@link #BASE_LABEL}) and then each unsaved edit as an edit of its own,
 * so it is written and read by the same store as every chart.
 */
public final class UnsavedEdits {
  /** The label of the edit that records the chart as it was last saved. */
  public static final String BASE_LABEL = "UnsavedEdits.base";

  private UnsavedEdits() {}

  /** What a file of unsaved edits holds. */
  public record Contents(
      Patient patient, Visit visit, Chart base, List<ChartChange> edits, List<String> authors) {}

  /** Why an import was refused; nothing was imported. */
  public static final class ImportRefused extends Exception {
    /** What stood in the way. */
    public enum Reason {
      /** The file is not a file of unsaved edits. */
      NOT_UNSAVED_EDITS,
      /** The visit is not in this database. */
      UNKNOWN_VISIT,
      /** The chart changed after the edits were written. */
      CHART_CHANGED
    }

    private final Reason reason;

    ImportRefused(Reason reason, String message) {
      super(message);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  /**
   * Writes {@code edits}, made by {@code author} on top of {@code base}, to a new file.
   *
   * @throws FileAlreadyExistsException if {@code file} exists: nothing is ever overwritten
   */
  public static void write(
      Path file, Patient patient, Visit visit, Chart base, List<ChartChange> edits, String author)
      throws IOException, DatabaseRefusedException {
    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    try (Database database = Database.open(file)) {
      new PatientStore(database).create(patient, author);
      new VisitStore(database).create(visit);
      ChartStore charts = new ChartStore(database);
      charts.acceptLineageFromElsewhere();
      if (!base.isEmpty()) {
        charts.commit(visit.id(), ChartChange.between(Chart.empty(), base, BASE_LABEL), author);
      }
      for (ChartChange edit : edits) {
        charts.commit(visit.id(), edit, author);
      }
    }
  }

  /** Reads a file written by {@link #write}. */
  public static Contents read(Path file)
      throws IOException, DatabaseRefusedException, ImportRefused {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    try (Database database = Database.open(file, false)) {
      List<Patient> patients = new PatientStore(database).search("", 2);
      if (patients.size() != 1) {
        throw notUnsavedEdits(file);
      }
      Patient patient = patients.get(0);
      List<Visit> visits = new VisitStore(database).listByPatient(patient.id());
      if (visits.size() != 1) {
        throw notUnsavedEdits(file);
      }
      Visit visit = visits.get(0);
      ChartStore charts = new ChartStore(database);
      Chart base = Chart.empty();
      Chart before = Chart.empty();
      List<ChartChange> edits = new ArrayList<>();
      List<String> authors = new ArrayList<>();
      for (EditRecord record : charts.history(visit.id())) {
        Chart after = charts.loadAsOf(visit.id(), record.seq());
        if (record.labelKey().equals(BASE_LABEL)) {
          if (record.seq() != 1) {
            throw notUnsavedEdits(file);
          }
          base = after;
        } else {
          edits.add(ChartChange.between(before, after, record.labelKey()));
          authors.add(record.author());
        }
        before = after;
      }
      return new Contents(patient, visit, base, List.copyOf(edits), List.copyOf(authors));
    }
  }

  /**
   * Commits the edits of {@code contents} to the same visit in {@code charts}, in order, each under
   * its author. Refused, with nothing imported, when the visit is unknown there or when any mark
   * the edits touch differs from the chart the edits were made on.
   *
   * @return how many edits were imported
   */
  public static int importInto(Contents contents, VisitStore visits, ChartStore charts)
      throws ImportRefused {
    Objects.requireNonNull(contents, "contents");
    String visitId = contents.visit().id();
    if (visits.get(visitId).isEmpty()) {
      throw new ImportRefused(
          ImportRefused.Reason.UNKNOWN_VISIT, "Visit " + visitId + " is not in this database");
    }
    Chart current = charts.load(visitId);
    Set<MarkId> touched = new HashSet<>();
    for (ChartChange edit : contents.edits()) {
      edit.upserted().forEach(m -> touched.add(m.id()));
      touched.addAll(edit.deleted());
    }
    for (MarkId id : touched) {
      Optional<Mark> now = current.find(id);
      Optional<Mark> then = contents.base().find(id);
      if (!now.equals(then)) {
        throw new ImportRefused(
            ImportRefused.Reason.CHART_CHANGED,
            "Mark " + id + " of visit " + visitId + " changed after the edits were written");
      }
    }
    for (int i = 0; i < contents.edits().size(); i++) {
      charts.commit(visitId, contents.edits().get(i), contents.authors().get(i));
    }
    return contents.edits().size();
  }

  private static ImportRefused notUnsavedEdits(Path file) {
    return new ImportRefused(
        ImportRefused.Reason.NOT_UNSAVED_EDITS, file + " does not hold unsaved edits of one visit");
  }
}
