package app.myomap.session;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Patient;
import app.myomap.model.Practitioner;
import app.myomap.model.Visit;
import app.myomap.model.VisitDetails;
import app.myomap.model.record.SigningState;
import app.myomap.model.record.VisitRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A visit as read from the database: whose it is, its chart as last committed, the atlas version it
 * was charted on (so every mark is drawn where it was placed), its clinical record and signatures.
 *
 * @param altered whether the record check found this visit's record changed outside MyoMap (it no
 *     longer matches its record chain); every export says so
 * @param details when the session took place, its kind and reason; empty when never recorded
 * @param practitioner the profile of the practitioner who started the visit (its credentials go on
 *     what the patient sees), or null when none is known
 */
public record OpenedVisit(
    Patient patient,
    Visit visit,
    Chart chart,
    Atlas atlas,
    boolean altered,
    VisitRecord record,
    SigningState signing,
    Optional<VisitDetails> details,
    Practitioner practitioner) {

  /** A visit whose record matches its chain (or was not checked), with no clinical record. */
  public OpenedVisit(Patient patient, Visit visit, Chart chart, Atlas atlas) {
    this(patient, visit, chart, atlas, false);
  }

  /** A visit with its chart only: no clinical record entries, never signed. */
  public OpenedVisit(Patient patient, Visit visit, Chart chart, Atlas atlas, boolean altered) {
    this(patient, visit, chart, atlas, altered, VisitRecord.empty(), SigningState.unsigned());
  }

  /** A visit whose details were never recorded, no practitioner profile known. */
  public OpenedVisit(
      Patient patient,
      Visit visit,
      Chart chart,
      Atlas atlas,
      boolean altered,
      VisitRecord record,
      SigningState signing) {
    this(patient, visit, chart, atlas, altered, record, signing, Optional.empty(), null);
  }

  public OpenedVisit {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(signing, "signing");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(atlas, "atlas");
    if (!visit.patientId().equals(patient.id())) {
      throw new IllegalArgumentException("visit " + visit.id() + " is not of " + patient.id());
    }
    if (!visit.atlasVersion().equals(atlas.version())) {
      throw new IllegalArgumentException(
          "visit charted on atlas " + visit.atlasVersion() + ", given " + atlas.version());
    }
  }

  /** The name of the practitioner who started the visit, as their profile names them now. */
  public String practitionerName() {
    return practitioner == null ? visit.practitioner() : practitioner.name();
  }

  /** The views that carry at least one mark, in the atlas's order (front before back). */
  public List<BodyView> markedViews() {
    return atlas.views().stream().filter(view -> !chart.marks(view).isEmpty()).toList();
  }
}
