package app.myomap.edit;

import app.myomap.model.MarkId;
import java.util.Objects;

/**
 * A doubt about a painted zone, shown to the practitioner without blocking anything.
 *
 * @param share the part of the zone's area the doubt is about: the smaller side of the midline, or
 *     the part outside the silhouette, from 0 to 1
 */
public record ZoneWarning(MarkId zone, Reason reason, double share) {

  /** What is doubtful; {@link #key()} names its message. */
  public enum Reason {
    /** A referral zone lies on both sides of the midline of a front or back view. */
    CROSSES_MIDLINE("zoneWarning.crossesMidline"),
    /** More than half of a zone lies outside the body's silhouette. */
    OUTSIDE_SILHOUETTE("zoneWarning.outsideSilhouette");

    private final String key;

    Reason(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public ZoneWarning {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(reason, "reason");
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("Share must be between 0 and 1: " + share);
    }
  }
}
