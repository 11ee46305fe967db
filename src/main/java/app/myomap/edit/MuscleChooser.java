package app.myomap.edit;

import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.util.Optional;

/**
 * Asks the practitioner which muscle and side a trigger point placed outside every atlas region
 * belongs to; the UI implements it with a muscle picker.
 */
@FunctionalInterface
public interface MuscleChooser {

  /**
   * The practitioner's choice for a point of the view, or empty if they cancelled, in which case
   * nothing is placed.
   */
  Optional<MuscleChoice> choose(BodyView view, Point2D outlinePoint);
}
