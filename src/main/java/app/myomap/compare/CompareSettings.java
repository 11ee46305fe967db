package app.myomap.compare;

/**
 * The thresholds a comparison of two visits uses.
 *
 * @param smallestDetectableChange the smallest change of extent, in percentage points of the body
 *     chart's area, labelled likely real (0.4 by default, the upper end of the minimum detectable
 *     change reported for pain drawings)
 * @param matchTolerance the largest distance, in outline units, at which two trigger points of the
 *     same muscle and side are the same point
 * @param wpiMinOverlap the fraction of a Widespread Pain Index area whose painting always counts it
 * @param wpiMinOverlapArea the painted square outline units that always count an area
 * @param pxPerUnit mask pixels per outline unit for extent and agreement
 */
public record CompareSettings(
    double smallestDetectableChange,
    double matchTolerance,
    double wpiMinOverlap,
    double wpiMinOverlapArea,
    int pxPerUnit) {

  /** 0.4 percentage points, 15 outline units, 1 % of an area or 25 square units, 4 px per unit. */
  public static final CompareSettings DEFAULTS =
      new CompareSettings(
          0.4,
          TriggerPointMatcher.DEFAULT_TOLERANCE,
          WidespreadPainIndex.DEFAULT_MIN_OVERLAP,
          WidespreadPainIndex.DEFAULT_MIN_OVERLAP_AREA,
          PainExtent.DEFAULT_PX_PER_UNIT);

  public CompareSettings {
    if (!(smallestDetectableChange >= 0) || Double.isInfinite(smallestDetectableChange)) {
      throw new IllegalArgumentException("Smallest detectable change must be finite, not negative");
    }
  }

  public CompareSettings withSmallestDetectableChange(double points) {
    return new CompareSettings(points, matchTolerance, wpiMinOverlap, wpiMinOverlapArea, pxPerUnit);
  }

  public CompareSettings withMatchTolerance(double units) {
    return new CompareSettings(
        smallestDetectableChange, units, wpiMinOverlap, wpiMinOverlapArea, pxPerUnit);
  }
}
