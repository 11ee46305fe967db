package app.myomap.edit;

import app.myomap.model.MarkId;
import java.util.Objects;
import java.util.Optional;

/**
 * Feedback for the pointer position in outline coordinates: the mark that a press would hit and the
 * top atlas region under the pointer, each if any.
 */
public record Hover(double x, double y, Optional<MarkId> mark, Optional<MuscleChoice> region) {

  public Hover {
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(region, "region");
  }
}
