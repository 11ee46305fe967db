package app.myomap.compare;

import app.myomap.model.BodyView;
import java.util.Optional;

/**
 * Two visits compared: each one's counts, extent and Widespread Pain Index areas, the change of
 * extent in percentage points labelled against the smallest detectable change, the agreement of
 * their painted locations, and their trigger points matched.
 */
public final class VisitComparison {
  private final ChartCounts earlierCounts;
  private final ChartCounts laterCounts;
  private final VisitExtent earlierExtent;
  private final VisitExtent laterExtent;
  private final Optional<WpiResult> earlierWpi;
  private final Optional<WpiResult> laterWpi;
  private final Optional<LocationAgreement> agreement;
  private final PointMatches points;
  private final double smallestDetectableChange;

  VisitComparison(
      ChartCounts earlierCounts,
      ChartCounts laterCounts,
      VisitExtent earlierExtent,
      VisitExtent laterExtent,
      Optional<WpiResult> earlierWpi,
      Optional<WpiResult> laterWpi,
      Optional<LocationAgreement> agreement,
      PointMatches points,
      double smallestDetectableChange) {
    this.earlierCounts = earlierCounts;
    this.laterCounts = laterCounts;
    this.earlierExtent = earlierExtent;
    this.laterExtent = laterExtent;
    this.earlierWpi = earlierWpi;
    this.laterWpi = laterWpi;
    this.agreement = agreement;
    this.points = points;
    this.smallestDetectableChange = smallestDetectableChange;
  }

  public ChartCounts earlierCounts() {
    return earlierCounts;
  }

  public ChartCounts laterCounts() {
    return laterCounts;
  }

  public VisitExtent earlierExtent() {
    return earlierExtent;
  }

  public VisitExtent laterExtent() {
    return laterExtent;
  }

  /**
   * The earlier visit's Widespread Pain Index; empty when its atlas version has no region set of
   * its own and none can be carried over from v1 ({@link WpiRegions#forAtlas}).
   */
  public Optional<WpiResult> earlierWpi() {
    return earlierWpi;
  }

  /**
   * The later visit's Widespread Pain Index; empty when its atlas version has no region set of its
   * own and none can be carried over from v1 ({@link WpiRegions#forAtlas}).
   */
  public Optional<WpiResult> laterWpi() {
    return laterWpi;
  }

  /**
   * The Jaccard index of the painted areas, across atlas versions with the earlier areas carried
   * onto the later version; empty when the earlier visit painted on a view the later version does
   * not draw.
   */
  public Optional<LocationAgreement> locationAgreement() {
    return agreement;
  }

  /** The trigger points matched, new and resolved. */
  public PointMatches points() {
    return points;
  }

  /** The smallest detectable change the changes are labelled against, in percentage points. */
  public double smallestDetectableChange() {
    return smallestDetectableChange;
  }

  /** Change of the referral-zone extent over the anterior and posterior views together. */
  public ExtentChange referralChange() {
    return ExtentChange.of(
        earlierExtent.frontAndBack().referralPercent(),
        laterExtent.frontAndBack().referralPercent(),
        smallestDetectableChange);
  }

  /** Change of the symptom-area extent over the anterior and posterior views together. */
  public ExtentChange symptomChange() {
    return ExtentChange.of(
        earlierExtent.frontAndBack().symptomPercent(),
        laterExtent.frontAndBack().symptomPercent(),
        smallestDetectableChange);
  }

  /** Change of all painted extent over the anterior and posterior views together. */
  public ExtentChange paintedChange() {
    return ExtentChange.of(
        earlierExtent.frontAndBack().paintedPercent(),
        laterExtent.frontAndBack().paintedPercent(),
        smallestDetectableChange);
  }

  /** Change of the referral-zone extent on one view. */
  public ExtentChange referralChange(BodyView view) {
    return ExtentChange.of(
        earlierExtent.view(view).referralPercent(),
        laterExtent.view(view).referralPercent(),
        smallestDetectableChange);
  }

  /** Change of the symptom-area extent on one view. */
  public ExtentChange symptomChange(BodyView view) {
    return ExtentChange.of(
        earlierExtent.view(view).symptomPercent(),
        laterExtent.view(view).symptomPercent(),
        smallestDetectableChange);
  }

  /** Change of all painted extent on one view. */
  public ExtentChange paintedChange(BodyView view) {
    return ExtentChange.of(
        earlierExtent.view(view).paintedPercent(),
        laterExtent.view(view).paintedPercent(),
        smallestDetectableChange);
  }
}
