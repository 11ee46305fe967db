package app.myomap.compare;

/**
 * The change of one extent percentage between two visits.
 *
 * @param earlierPercent the earlier visit's extent, percent of the silhouette
 * @param laterPercent the later visit's extent, percent of the silhouette
 * @param label whether the change reaches the smallest detectable change
 */
public record ExtentChange(double earlierPercent, double laterPercent, ChangeLabel label) {

  /** The change labelled against a smallest detectable change in percentage points. */
  public static ExtentChange of(
      double earlierPercent, double laterPercent, double smallestDetectablePoints) {
    double delta = Math.abs(laterPercent - earlierPercent);
    return new ExtentChange(
        earlierPercent,
        laterPercent,
        delta >= smallestDetectablePoints ? ChangeLabel.LIKELY_REAL : ChangeLabel.WITHIN_ERROR);
  }

  /** Later minus earlier, in percentage points. */
  public double deltaPoints() {
    return laterPercent - earlierPercent;
  }
}
