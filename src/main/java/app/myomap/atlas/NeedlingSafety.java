package app.myomap.atlas;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the safety table says about needling one muscle: the structures at risk and a plain note for
 * the practitioner.
 */
public record NeedlingSafety(String muscleId, Set<NeedlingHazard> hazards, String note) {

  public NeedlingSafety {
    Objects.requireNonNull(muscleId, "muscleId");
    Objects.requireNonNull(note, "note");
    EnumSet<NeedlingHazard> set = EnumSet.noneOf(NeedlingHazard.class);
    set.addAll(hazards);
    hazards = Collections.unmodifiableSet(set);
  }

  public boolean has(NeedlingHazard hazard) {
    return hazards.contains(hazard);
  }
}
