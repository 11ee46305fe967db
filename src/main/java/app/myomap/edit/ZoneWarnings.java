package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.ReferralZone;
import app.myomap.model.Zone;
import app.myomap.model.geometry.ShapeArea;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/**
 * Checks that warn about a doubtful zone without ever blocking an edit: a referral zone crossing
 * the midline (referred pain is nearly always felt on the side of its trigger point; the patient's
 * own symptom areas often cross the midline, so they are not checked), and a zone mostly outside
 * the figure.
 */
public final class ZoneWarnings {
  /** The share of a zone each side of the midline must hold for the zone to cross it. */
  public static final double MIDLINE_SHARE = 0.05;

  /** The share of a zone outside the silhouette above which it is mostly outside. */
  public static final double OUTSIDE_SHARE = 0.5;

  private ZoneWarnings() {}

  /**
   * A warning when a referral zone of the anterior or posterior view has at least {@link
   * #MIDLINE_SHARE} of its area on each side of the vertical line {@code midlineX} (outline units).
   */
  public static Optional<ZoneWarning> midlineCrossing(Zone zone, double midlineX) {
    if (!(zone instanceof ReferralZone)
        || (zone.view() != BodyView.ANTERIOR && zone.view() != BodyView.POSTERIOR)) {
      return Optional.empty();
    }
    Rectangle2D bounds = zone.shape().bounds();
    if (bounds.getMinX() >= midlineX || bounds.getMaxX() <= midlineX) {
      return Optional.empty();
    }
    double total = zone.shape().area();
    double left =
        areaOf(
            zone,
            new Rectangle2D.Double(
                bounds.getMinX() - 1,
                bounds.getMinY() - 1,
                midlineX - bounds.getMinX() + 1,
                bounds.getHeight() + 2));
    double smaller = Math.min(left, total - left) / total;
    return smaller >= MIDLINE_SHARE
        ? Optional.of(new ZoneWarning(zone.id(), ZoneWarning.Reason.CROSSES_MIDLINE, smaller))
        : Optional.empty();
  }

  /**
   * A warning when more than {@link #OUTSIDE_SHARE} of the zone's area lies outside {@code
   * silhouette}, the outline of the figure of the zone's view (outline units).
   */
  public static Optional<ZoneWarning> outsideSilhouette(Zone zone, Shape silhouette) {
    double total = zone.shape().area();
    double outside = Math.max(0, total - areaOf(zone, silhouette)) / total;
    return outside > OUTSIDE_SHARE
        ? Optional.of(
            new ZoneWarning(zone.id(), ZoneWarning.Reason.OUTSIDE_SILHOUETTE, Math.min(1, outside)))
        : Optional.empty();
  }

  private static double areaOf(Zone zone, Shape clip) {
    Area common = zone.shape().toArea();
    common.intersect(new Area(clip));
    return ShapeArea.of(common);
  }
}
