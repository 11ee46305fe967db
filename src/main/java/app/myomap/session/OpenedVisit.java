package app.myomap.session;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A visit as read from the database: whose it is, its chart as last committed, and the atlas
 * version it was charted on, so every mark is drawn where it was placed.
 *
 * @param altered whether the record check found this visit's record changed outside MyoMap (it no
 *     longer matches its record chain); every export says so
 */
public record OpenedVisit(Patient patient, Visit visit, Chart chart, Atlas atlas, boolean altered) {

  /** A visit whose record matches its chain (or was not checked). */
  public OpenedVisit(Patient patient, Visit visit, Chart chart, Atlas atlas) {
    this(patient, visit, chart, atlas, false);
  }

  public OpenedVisit {
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

  /** The views that carry at least one mark, in the atlas's order (front before back). */
  public List<BodyView> markedViews() {
    return Arrays.stream(BodyView.values()).filter(view -> !chart.marks(view).isEmpty()).toList();
  }
}
