package app.myomap.edit;

import app.myomap.atlas.MuscleRegion;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import java.util.Objects;

/** A muscle and side a trigger point can be charted on. */
public record MuscleChoice(MuscleRef muscle, Side side) {

  public MuscleChoice {
    Objects.requireNonNull(muscle, "muscle");
    Objects.requireNonNull(side, "side");
  }

  /** The muscle and side of an atlas region. */
  public static MuscleChoice of(MuscleRegion region) {
    return new MuscleChoice(new MuscleRef(region.muscleId()), region.side());
  }
}
