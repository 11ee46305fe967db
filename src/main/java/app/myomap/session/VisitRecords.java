package app.myomap.session;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.CorrectionStore;
import app.myomap.store.Database;
import app.myomap.store.PatientMergeStore;
import app.myomap.store.PatientStore;
import app.myomap.store.PractitionerStore;
import app.myomap.store.RecordStore;
import app.myomap.store.SignatureStore;
import app.myomap.store.VisitStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Reads the clinical record without a window: patients, their visits, and a visit's chart with the
 * atlas version it was charted on. The window, the exporter and the command line open visits
 * through it. Every method reads the database, so the window calls them off the event thread.
 * Thread-safe; atlas versions are loaded once and kept.
 */
public final class VisitRecords {
  private final PatientStore patients;
  private final PatientMergeStore mergedRecords;
  private final VisitStore visits;
  private final ChartStore charts;
  private final RecordStore records;
  private final SignatureStore signatures;
  private final PractitionerStore practitioners;
  private final CorrectionStore corrections;
  private final Map<String, Atlas> atlases = new ConcurrentHashMap<>();
  private final Predicate<String> altered;

  /** Reads {@code database}, taking every visit's record as unaltered. */
  public VisitRecords(Database database) {
    this(database, visitId -> false);
  }

  /**
   * Reads {@code database}; {@code altered} says which visits the record check found changed
   * outside MyoMap (by visit id), so that an export of one says so.
   */
  public VisitRecords(Database database, Predicate<String> altered) {
    this.patients = new PatientStore(database);
    this.mergedRecords = new PatientMergeStore(database);
    this.visits = new VisitStore(database);
    this.charts = new ChartStore(database);
    this.records = new RecordStore(database);
    this.signatures = new SignatureStore(database);
    this.practitioners = new PractitionerStore(database);
    this.corrections = new CorrectionStore(database);
    this.altered = altered;
  }

  /** Keeps {@code atlas} for the visits charted on its version (the window loads one early). */
  public void remember(Atlas atlas) {
    atlases.put(atlas.version(), atlas);
  }

  /**
   * The patients that {@code idOrRecordNumber} names: the one with that id, else those with that
   * record number (ignoring case and accents); empty when none.
   */
  public List<Patient> findPatients(String idOrRecordNumber) {
    String wanted = idOrRecordNumber.strip();
    Optional<Patient> byId = patients.get(wanted);
    if (byId.isPresent()) {
      return List.of(byId.get());
    }
    return patients.withRecordNumber(wanted);
  }

  /** The visits of {@code patient}, the latest first. */
  public List<Visit> visits(Patient patient) {
    return visits.listByPatient(patient.id());
  }

  /** The visit of {@code patient} that started last before {@code visit}, if any. */
  public Optional<Visit> before(Patient patient, Visit visit) {
    return visits(patient).stream()
        .filter(v -> v.startedAt().isBefore(visit.startedAt()))
        .findFirst();
  }

  /**
   * The visit with its chart as last committed and its atlas version.
   *
   * @throws app.myomap.store.DatabaseException if the chart cannot be read
   * @throws app.myomap.atlas.AtlasException if this build lacks the visit's atlas version
   */
  public OpenedVisit open(Patient patient, Visit visit) {
    if (!visit.patientId().equals(patient.id())
        && mergedRecords
            .mergeOf(visit.patientId())
            .filter(m -> m.intoId().equals(patient.id()))
            .isEmpty()) {
      throw new IllegalArgumentException("visit " + visit.id() + " is not of " + patient.id());
    }
    Atlas atlas = atlas(visit.atlasVersion());
    OpenedVisit opened =
        new OpenedVisit(
            patient,
            visit,
            charts.load(visit.id()),
            atlas,
            altered.test(visit.id()),
            records.load(visit.id()),
            signatures.state(visit.id()),
            visits.details(visit.id()),
            practitioners.named(visit.practitioner()).orElse(null),
            corrections.of(visit.id()));
    // An atlas that loads views on demand loads the ones this visit is drawn on, side by side.
    atlas.prefetch(opened.markedViews());
    return opened;
  }

  /**
   * Every visit of {@code patient}, oldest first, each with its chart, record and signatures: the
   * patient's whole record.
   */
  public List<OpenedVisit> openAll(Patient patient) {
    List<Visit> latestFirst = visits(patient);
    List<OpenedVisit> opened = new java.util.ArrayList<>();
    for (int i = latestFirst.size() - 1; i >= 0; i--) {
      opened.add(open(patient, latestFirst.get(i)));
    }
    return opened;
  }

  /**
   * The bundled atlas of {@code version}, loaded the first time it is asked for.
   *
   * @throws app.myomap.atlas.AtlasException if this build lacks it
   */
  public Atlas atlas(String version) {
    return atlases.computeIfAbsent(version, Atlas::load);
  }
}
