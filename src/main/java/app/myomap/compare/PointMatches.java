package app.myomap.compare;

import app.myomap.model.TriggerPoint;
import java.util.List;

/**
 * The trigger points of two visits sorted into new, resolved and matched ones. A matched point is
 * either persisting (unchanged) or changed; {@link #matched()} holds both.
 *
 * @param matched points found at both visits, known pairs first, then in the order they were paired
 * @param resolved earlier points with no later match, in chart order
 * @param added later points with no earlier match ("new"), in chart order
 */
public record PointMatches(
    List<PointMatch> matched, List<TriggerPoint> resolved, List<TriggerPoint> added) {

  public PointMatches {
    matched = List.copyOf(matched);
    resolved = List.copyOf(resolved);
    added = List.copyOf(added);
  }

  /** Matched points with nothing changed. */
  public List<PointMatch> persisting() {
    return matched.stream().filter(m -> !m.changed()).toList();
  }

  /** Matched points whose status or twitch response changed. */
  public List<PointMatch> changed() {
    return matched.stream().filter(PointMatch::changed).toList();
  }

  /** How many points met {@code fate}. */
  public int count(PointFate fate) {
    return switch (fate) {
      case NEW -> added.size();
      case RESOLVED -> resolved.size();
      case PERSISTING -> persisting().size();
      case CHANGED -> changed().size();
    };
  }
}
