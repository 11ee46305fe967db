package app.myomap.session;

import app.myomap.model.AuditAction;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.record.Amendment;
import app.myomap.model.record.CorrectionStatement;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.Screening;
import app.myomap.model.record.Signature;
import app.myomap.model.record.SigningState;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.store.AuditLog;
import app.myomap.store.ChartStore;
import app.myomap.store.CorrectionStore;
import app.myomap.store.Database;
import app.myomap.store.RecordStore;
import app.myomap.store.SignatureStore;
import app.myomap.store.VisitStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The clinical record of one open visit beside its chart, for the window and the command line:
 * reads it with its signatures, writes entries, signs once every chart edit is stored, and opens
 * addenda. Signing and amending go into the audit log in the same transaction, so the log holds
 * them exactly when the record does. Calls touch the database: make them off the event thread.
 */
public final class ClinicalRecord {
  /** How long signing waits for chart edits still being stored. */
  private static final Duration FLUSH_WAIT = Duration.ofSeconds(10);

  private final RecordStore records;
  private final SignatureStore signatures;
  private final VisitStore visits;
  private final ChartStore charts;
  private final Database database;
  private final AuditLog audit;
  private final CorrectionStore corrections;
  private final String visitId;

  public ClinicalRecord(Database database, Clock clock, String visitId) {
    this.records = new RecordStore(database, clock);
    this.signatures = new SignatureStore(database, clock);
    this.visits = new VisitStore(database, clock);
    this.charts = new ChartStore(database, clock);
    this.database = database;
    this.audit = new AuditLog(database, clock);
    this.corrections = new CorrectionStore(database, clock);
    this.visitId = visitId;
  }

  /**
   * The record and where its signing stands, read together, with the patient's visit before this
   * one when it included needling (then the record asks how the patient fared since).
   */
  public record State(
      VisitRecord record,
      SigningState signing,
      Optional<Visit> needledBefore,
      List<CorrectionStatement> corrections) {
    public State {
      corrections = List.copyOf(corrections);
    }

    /** A state with no visit before it that included needling, and no correction statement. */
    public State(VisitRecord record, SigningState signing) {
      this(record, signing, Optional.empty(), List.of());
    }

    /** What is left unfinished before signing, with {@code chart} the visit's chart. */
    public List<VisitRecord.Gap> unfinished(app.myomap.model.Chart chart) {
      return record.unfinished(chart, needledBefore.isPresent());
    }
  }

  public String visitId() {
    return visitId;
  }

  /** The visit's current record and signatures. */
  public State read() {
    return new State(
        records.load(visitId), signatures.state(visitId), needledBefore(), corrections.of(visitId));
  }

  /** The patient's visit just before this one, if needles went in at it. */
  private Optional<Visit> needledBefore() {
    Optional<Visit> visit = visits.get(visitId);
    if (visit.isEmpty()) {
      return Optional.empty();
    }
    List<Visit> latestFirst = visits.listByPatient(visit.get().patientId());
    int here = latestFirst.indexOf(visit.get());
    if (here < 0 || here + 1 >= latestFirst.size()) {
      return Optional.empty();
    }
    Visit before = latestFirst.get(here + 1);
    boolean needled =
        charts.load(before.id()).triggerPoints().stream().anyMatch(TriggerPoint::needled)
            || !records.load(before.id()).all(RecordSection.NEEDLING).isEmpty();
    return needled ? Optional.of(before) : Optional.empty();
  }

  /**
   * Stores {@code entry}: a new version of {@code previous} when given, else a new entry.
   *
   * @throws app.myomap.store.SignedVisitException if the visit is signed and no addendum is open
   * @throws app.myomap.store.ConflictingEditException if {@code previous} is no longer the newest
   */
  public StoredEntry save(Optional<StoredEntry> previous, RecordEntry entry, String author) {
    return previous.isPresent()
        ? records.revise(visitId, previous.get(), entry, author)
        : records.add(visitId, entry, author);
  }

  /**
   * What keeps a trigger point of this visit from being marked needled: the stored screening's
   * present absolute contraindications that have no override reason.
   */
  public List<Screening.Answer> needlingBlockers() {
    return records.load(visitId).needlingBlockers();
  }

  /**
   * Overrides every blocking item of the stored screening for {@code reason}, as a new version of
   * the screening entry, so needling can be recorded.
   *
   * @return the screening as stored, or empty when nothing blocked needling
   * @throws IllegalArgumentException if the reason is blank
   * @throws app.myomap.store.SignedVisitException if the visit is signed and no addendum is open
   */
  public Optional<StoredEntry> overrideScreening(String reason, String author) {
    VisitRecord now = records.load(visitId);
    if (now.needlingBlockers().isEmpty()) {
      return Optional.empty();
    }
    StoredEntry stored = now.single(RecordSection.SCREENING).orElseThrow();
    Screening overridden = ((Screening) stored.entry()).overriding(reason);
    return Optional.of(records.revise(visitId, stored, overridden, author));
  }

  /** Removes {@code entry} from the current record; its versions stay in the history. */
  public void remove(StoredEntry entry, String author) {
    records.remove(visitId, entry, author);
  }

  /**
   * Signs the visit, or its open addendum, once {@code chart}'s edits are all stored.
   *
   * @throws IllegalStateException if edits of the chart are still unsaved after waiting
   * @throws app.myomap.store.SignedVisitException if it is signed and no addendum is open
   */
  public Signature sign(CommitQueue chart, String author) {
    if (chart != null && !chart.flush(FLUSH_WAIT)) {
      throw new IllegalStateException("Chart edits are not stored yet; the visit was not signed");
    }
    return database.inTransaction(
        c -> {
          Signature signature = signatures.sign(visitId, author);
          audit.record(
              AuditAction.VISIT_SIGNED,
              signature.author(),
              null,
              visitId,
              signature.signsAddendum() ? "addendum " + signature.n() : "visit");
          return signature;
        });
  }

  /** Opens an addendum on the signed visit for {@code reason}. */
  public Amendment amend(String reason, String author) {
    return database.inTransaction(
        c -> {
          Amendment amendment = signatures.amend(visitId, reason, author);
          audit.record(
              AuditAction.VISIT_AMENDED,
              amendment.author(),
              null,
              visitId,
              "addendum " + amendment.n());
          return amendment;
        });
  }

  /**
   * Attaches the patient's correction statement, received on {@code receivedOn}, to the visit, with
   * the clinic's answer if given (blank for none). A signed visit takes one too: it changes nothing
   * that was signed.
   *
   * @throws IllegalArgumentException if the statement is blank or too long, or dated in the future
   */
  public CorrectionStatement attachCorrection(
      String statement, LocalDate receivedOn, String response, String author) {
    return database.inTransaction(
        c -> {
          CorrectionStatement attached =
              corrections.attach(visitId, statement, receivedOn, response, author);
          audit.record(
              AuditAction.CORRECTION_ATTACHED,
              attached.author(),
              null,
              visitId,
              "statement " + attached.n());
          return attached;
        });
  }

  /** The patient's correction statements attached to the visit, oldest first. */
  public List<CorrectionStatement> corrections() {
    return corrections.of(visitId);
  }

  /** The visit's signatures and addenda. */
  public SigningState signing() {
    return signatures.state(visitId);
  }
}
