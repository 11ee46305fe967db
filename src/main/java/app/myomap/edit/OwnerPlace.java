package app.myomap.edit;

import app.myomap.atlas.Landmarks;
import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/**
 * Where a trigger point lies, in the words a practitioner uses to tell two points of one muscle
 * apart: which third of the muscle's region (upper, middle or lower fibres) and the nearest
 * landmark of its view on its side ("upper fibres, near C7").
 *
 * @param part the third of the muscle's region, empty when the view has no region of its muscle
 * @param landmark the atlas name of the nearest landmark (for example {@code c7} or {@code
 *     acromion.R}), empty when the view has none
 */
public record OwnerPlace(Optional<Part> part, Optional<String> landmark) {

  /** A third of a muscle's region, from top to bottom of the view. */
  public enum Part {
    UPPER,
    MIDDLE,
    LOWER
  }

  /** The place of {@code point} among the regions and landmarks of its view. */
  public static OwnerPlace of(TriggerPoint point, RegionLookup regions, Landmarks landmarks) {
    Optional<Part> part =
        regions
            .find(point.view(), point.muscle().id(), point.side())
            .map(region -> partOf(region, point.position()));
    return new OwnerPlace(part, nearestLandmark(point, landmarks));
  }

  private static Part partOf(MuscleRegion region, Point2D position) {
    Rectangle2D bounds = region.shape().getBounds2D();
    double fraction = (position.getY() - bounds.getMinY()) / bounds.getHeight();
    if (fraction < 1.0 / 3) {
      return Part.UPPER;
    }
    return fraction < 2.0 / 3 ? Part.MIDDLE : Part.LOWER;
  }

  private static Optional<String> nearestLandmark(TriggerPoint point, Landmarks landmarks) {
    String otherSide = "." + point.side().opposite().code();
    String nearest = null;
    double best = Double.POSITIVE_INFINITY;
    for (String name : landmarks.names(point.view())) {
      if (name.endsWith(otherSide)) {
        continue;
      }
      double distance = landmarks.point(point.view(), name).distance(point.position());
      if (distance < best) {
        best = distance;
        nearest = name;
      }
    }
    return Optional.ofNullable(nearest);
  }
}
