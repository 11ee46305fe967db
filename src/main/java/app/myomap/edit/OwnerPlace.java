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
 * apart: which third of the muscle's region along its longer extent (upper, middle or lower fibres;
 * medial, middle or lateral for a region wider than tall with its mirror image across the midline)
 * and the nearest landmark of its view on its side ("upper fibres, near C7").
 *
 * @param part the third of the muscle's region, empty when the view has no region of its muscle
 * @param landmark the atlas name of the nearest landmark (for example {@code c7} or {@code
 *     acromion.R}), empty when the view has none
 */
public record OwnerPlace(Optional<Part> part, Optional<String> landmark) {

  /** A third of a muscle's region: from top to bottom, or from the midline outwards. */
  public enum Part {
    UPPER,
    MIDDLE,
    LOWER,
    MEDIAL,
    LATERAL
  }

  /** The place of {@code point} among the regions and landmarks of its view. */
  public static OwnerPlace of(TriggerPoint point, RegionLookup regions, Landmarks landmarks) {
    Optional<Part> part =
        regions
            .find(point.view(), point.muscle().id(), point.side())
            .map(
                region ->
                    partOf(
                        region,
                        regions.find(point.view(), point.muscle().id(), point.side().opposite()),
                        point.position()));
    return new OwnerPlace(part, nearestLandmark(point, landmarks));
  }

  private static Part partOf(MuscleRegion region, Optional<MuscleRegion> mirror, Point2D position) {
    Rectangle2D bounds = region.shape().getBounds2D();
    if (mirror.isPresent() && bounds.getWidth() > bounds.getHeight()) {
      // The mirror image lies across the midline, so the medial end is the one facing it.
      boolean medialOnLeft = mirror.get().shape().getBounds2D().getCenterX() < bounds.getCenterX();
      double fromMedial =
          medialOnLeft ? position.getX() - bounds.getMinX() : bounds.getMaxX() - position.getX();
      return third(fromMedial / bounds.getWidth(), Part.MEDIAL, Part.LATERAL);
    }
    return third((position.getY() - bounds.getMinY()) / bounds.getHeight(), Part.UPPER, Part.LOWER);
  }

  private static Part third(double fraction, Part first, Part last) {
    if (fraction < 1.0 / 3) {
      return first;
    }
    return fraction < 2.0 / 3 ? Part.MIDDLE : last;
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
