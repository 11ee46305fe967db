package app.myomap.ui.compare;

import app.myomap.compare.FatedPoint;
import app.myomap.compare.Lineages;
import app.myomap.compare.VisitComparer;
import app.myomap.compare.VisitComparison;
import app.myomap.compare.ZoneDifference;
import app.myomap.model.BodyView;
import app.myomap.session.OpenedVisit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two visits read for the compare window, the earlier first, with their comparison and, when both
 * are on one atlas version, the difference map of every view either visit drew on.
 *
 * @param differences the zones' difference per view drawn on; empty when the atlas versions differ
 */
record ComparedVisits(
    OpenedVisit earlier,
    OpenedVisit later,
    VisitComparison comparison,
    Map<BodyView, ZoneDifference> differences,
    List<FatedPoint> points) {

  ComparedVisits {
    differences = Map.copyOf(differences);
    points = List.copyOf(points);
  }

  /**
   * Compares two opened visits (the earlier one first) off the event thread; {@code comparer} is
   * used by one thread at a time.
   */
  static ComparedVisits of(OpenedVisit earlier, OpenedVisit later, VisitComparer comparer) {
    VisitComparison comparison;
    synchronized (comparer) {
      comparison =
          comparer.compare(
              earlier.chart(),
              earlier.atlas(),
              later.chart(),
              later.atlas(),
              Lineages.between(
                  earlier.visit().id(), earlier.chart(), later.visit().id(), later.chart()));
    }
    Map<BodyView, ZoneDifference> differences = new EnumMap<>(BodyView.class);
    if (sameAtlas(earlier, later)) {
      for (BodyView view : BodyView.values()) {
        if (!earlier.chart().marks(view).isEmpty() || !later.chart().marks(view).isEmpty()) {
          differences.put(
              view,
              ZoneDifference.between(
                  earlier.chart(), later.chart(), view, later.atlas().view(view).silhouette()));
        }
      }
    }
    return new ComparedVisits(
        earlier, later, comparison, differences, FatedPoint.of(comparison.points()));
  }

  /** Whether both visits were charted on one atlas version, so they can be laid over each other. */
  boolean sameAtlas() {
    return sameAtlas(earlier, later);
  }

  /** The difference of the zones on {@code view}; empty when nothing was drawn there. */
  Optional<ZoneDifference> difference(BodyView view) {
    return Optional.ofNullable(differences.get(view));
  }

  private static boolean sameAtlas(OpenedVisit a, OpenedVisit b) {
    return a.atlas().version().equals(b.atlas().version());
  }
}
