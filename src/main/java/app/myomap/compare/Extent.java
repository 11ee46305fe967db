package app.myomap.compare;

/**
 * Painted areas inside the body silhouette of one view, or of several views together, in square
 * outline units: referral zones, symptom areas, and both together (overlaps counted once).
 *
 * @param silhouetteArea the area of the silhouette(s) measured against
 * @param referralArea referral zones inside the silhouette
 * @param symptomArea symptom areas inside the silhouette
 * @param paintedArea referral zones and symptom areas together inside the silhouette
 */
public record Extent(
    double silhouetteArea, double referralArea, double symptomArea, double paintedArea) {

  /** Nothing measured: no silhouette, nothing painted. */
  public static final Extent NONE = new Extent(0, 0, 0, 0);

  public double referralPercent() {
    return percent(referralArea);
  }

  public double symptomPercent() {
    return percent(symptomArea);
  }

  public double paintedPercent() {
    return percent(paintedArea);
  }

  /** This extent and another taken together, as over the anterior and posterior views. */
  public Extent plus(Extent other) {
    return new Extent(
        silhouetteArea + other.silhouetteArea,
        referralArea + other.referralArea,
        symptomArea + other.symptomArea,
        paintedArea + other.paintedArea);
  }

  private double percent(double area) {
    return silhouetteArea == 0 ? 0 : 100 * area / silhouetteArea;
  }
}
