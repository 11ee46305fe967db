package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the muscle catalogue: its stable id, names, the views it is charted on, its depth
 * and the needling risk as the frozen catalogue file states it. What the practitioner is shown
 * about needling safety comes from the versioned {@link SafetyTable}, which can be corrected.
 */
public record Muscle(
    String id,
    String name,
    String latinName,
    String abbreviation,
    Set<BodyView> views,
    Depth depth,
    Optional<String> risk) {

  public Muscle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(latinName, "latinName");
    Objects.requireNonNull(abbreviation, "abbreviation");
    Objects.requireNonNull(depth, "depth");
    Objects.requireNonNull(risk, "risk");
    EnumSet<BodyView> viewSet = EnumSet.noneOf(BodyView.class);
    viewSet.addAll(views);
    views = Collections.unmodifiableSet(viewSet);
  }

  /** Whether this muscle has a region on the given view. */
  public boolean isOn(BodyView view) {
    return views.contains(view);
  }
}
