package app.myomap.session;

import app.myomap.compare.ChartCounts;
import app.myomap.compare.Extent;
import app.myomap.model.Visit;
import app.myomap.model.record.PainRatings;
import java.util.Objects;

/**
 * One visit of a patient's history with the figures the trend plots show.
 *
 * @param counts the visit's trigger points counted
 * @param painExtent pain extent over the anterior and posterior views together, on the visit's own
 *     atlas version (referral, symptom and both, each as a percentage of both silhouettes)
 * @param pain the pain ratings the visit's record holds
 */
public record HistoryVisit(Visit visit, ChartCounts counts, Extent painExtent, PainRatings pain) {

  public HistoryVisit {
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(painExtent, "painExtent");
    Objects.requireNonNull(pain, "pain");
  }
}
