package app.myomap.edit;

import app.myomap.model.MarkId;
import java.util.List;
import java.util.Objects;

/**
 * The trigger point just placed, the muscle and side it was given and the other regions under it
 * (deeper or larger, in ranking order) that the UI offers as alternatives.
 */
public record Placement(MarkId markId, MuscleChoice chosen, List<MuscleChoice> alternatives) {

  public Placement {
    Objects.requireNonNull(markId, "markId");
    Objects.requireNonNull(chosen, "chosen");
    alternatives = List.copyOf(alternatives);
  }
}
