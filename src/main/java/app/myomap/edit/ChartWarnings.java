package app.myomap.edit;

import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.model.Chart;
import app.myomap.model.TriggerPoint;
import java.util.List;
import java.util.Optional;

/** Checks that warn the practitioner about a doubtful chart without ever blocking an edit. */
public final class ChartWarnings {
  private ChartWarnings() {}

  /**
   * A warning when regions lie under the trigger point but none of them is on the side it is
   * charted on; the warning names the side of the top-ranked region. No regions, no warning.
   */
  public static Optional<SideMismatch> sideMismatch(TriggerPoint point, RegionLookup lookup) {
    List<MuscleRegion> regions = lookup.at(point.view(), point.position());
    if (regions.isEmpty() || regions.stream().anyMatch(r -> r.side() == point.side())) {
      return Optional.empty();
    }
    return Optional.of(new SideMismatch(point.id(), point.side(), regions.get(0).side()));
  }

  /** The side warnings of every trigger point of the chart, in chart order. */
  public static List<SideMismatch> sideMismatches(Chart chart, RegionLookup lookup) {
    return chart.triggerPoints().stream()
        .map(point -> sideMismatch(point, lookup))
        .flatMap(Optional::stream)
        .toList();
  }
}
