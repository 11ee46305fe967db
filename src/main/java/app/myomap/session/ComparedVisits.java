package app.myomap.session;

import app.myomap.compare.FatedPoint;
import app.myomap.compare.Lineages;
import app.myomap.compare.VisitComparer;
import app.myomap.compare.VisitComparison;
import app.myomap.compare.ZoneDifference;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two visits of a patient compared, the earlier first, with their comparison, the earlier chart
 * drawn on the later visit's atlas version and, when it could be laid over whole, the difference
 * map of every view either visit drew on. The compare window, the PDF report and the PNG picture
 * all show the comparison from it.
 *
 * @param earlierOnLater the earlier visit's chart on the later visit's atlas version: the chart
 *     itself on one version, else carried through the landmark warp between the versions
 * @param differences the zones' difference per view drawn on; empty when the earlier chart could
 *     not be laid over the later version whole
 * @param points every trigger point of either visit once, with what became of it
 */
public record ComparedVisits(
    OpenedVisit earlier,
    OpenedVisit later,
    VisitComparison comparison,
    Chart earlierOnLater,
    Map<BodyView, ZoneDifference> differences,
    List<FatedPoint> points) {

  public ComparedVisits {
    differences = Map.copyOf(differences);
    points = List.copyOf(points);
  }

  /**
   * Compares two opened visits of one patient, the earlier one first (off the event thread: it
   * measures both charts); {@code comparer} is used by one thread at a time.
   *
   * @throws IllegalArgumentException if the visits are of different patients
   */
  public static ComparedVisits of(OpenedVisit earlier, OpenedVisit later, VisitComparer comparer) {
    if (!earlier.patient().id().equals(later.patient().id())) {
      throw new IllegalArgumentException("visits of two patients cannot be compared");
    }
    VisitComparison comparison;
    Chart earlierOnLater;
    synchronized (comparer) {
      earlierOnLater = comparer.onto(earlier.chart(), earlier.atlas(), later.atlas());
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
    if (whole(earlier.chart(), earlierOnLater)) {
      for (BodyView view : later.atlas().views()) {
        if (!earlierOnLater.marks(view).isEmpty() || !later.chart().marks(view).isEmpty()) {
          differences.put(
              view,
              ZoneDifference.between(
                  earlierOnLater, later.chart(), view, later.atlas().view(view).silhouette()));
        }
      }
    }
    return new ComparedVisits(
        earlier,
        later,
        comparison,
        earlierOnLater,
        differences,
        FatedPoint.of(comparison.points()));
  }

  /** Whether both visits were charted on one atlas version. */
  public boolean sameAtlas() {
    return sameAtlas(earlier, later);
  }

  /**
   * Whether the earlier chart lies over the later visit's drawing whole (on one version, or every
   * mark carried through the warp), so the overlay and the difference map can be shown.
   */
  public boolean laidOver() {
    return whole(earlier.chart(), earlierOnLater);
  }

  /** The difference of the zones on {@code view}; empty when nothing was drawn there. */
  public Optional<ZoneDifference> difference(BodyView view) {
    return Optional.ofNullable(differences.get(view));
  }

  /** The views either visit carries a mark on, in the atlas's order (front before back). */
  public List<BodyView> markedViews() {
    List<BodyView> views = new ArrayList<>(later.atlas().views());
    earlier.atlas().views().stream().filter(v -> !views.contains(v)).forEach(views::add);
    return views.stream()
        .filter(v -> !earlier.chart().marks(v).isEmpty() || !later.chart().marks(v).isEmpty())
        .toList();
  }

  /** Whether the record check found either visit's record changed outside MyoMap. */
  public boolean altered() {
    return earlier.altered() || later.altered();
  }

  private static boolean whole(Chart chart, Chart carried) {
    return carried.marks().size() == chart.marks().size();
  }

  private static boolean sameAtlas(OpenedVisit a, OpenedVisit b) {
    return a.atlas().version().equals(b.atlas().version());
  }
}
