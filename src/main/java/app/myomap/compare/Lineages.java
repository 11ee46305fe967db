package app.myomap.compare;

import app.myomap.model.Carry;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What lineage says about the trigger points of two visits of a patient: which later point is which
 * earlier one (their lines start at the same mark, however many follow-ups lie between), and which
 * earlier points a later visit found resolved. Lineage is certain where distance is a guess, so the
 * matcher takes these first.
 */
public record Lineages(Map<MarkId, MarkId> pairs, Set<MarkId> resolved) {

  public Lineages {
    pairs = Map.copyOf(pairs);
    resolved = Set.copyOf(resolved);
  }

  /** Nothing known: visits charted from blank. */
  public static Lineages none() {
    return new Lineages(Map.of(), Set.of());
  }

  /** What lineage says about the points of {@code earlier} and {@code later}. */
  public static Lineages between(
      String earlierVisitId, Chart earlier, String laterVisitId, Chart later) {
    Map<String, MarkId> earlierByLine = new HashMap<>();
    for (TriggerPoint point : earlier.triggerPoints()) {
      earlierByLine.put(Carry.lineOf(earlierVisitId, point), point.id());
    }
    Map<MarkId, MarkId> pairs = new HashMap<>();
    for (TriggerPoint point : later.triggerPoints()) {
      MarkId source = earlierByLine.get(Carry.lineOf(laterVisitId, point));
      if (source != null) {
        pairs.put(point.id(), source);
      }
    }
    Set<MarkId> resolved = new HashSet<>();
    for (Mark mark : later.resolved()) {
      MarkId source = earlierByLine.get(Carry.lineOf(laterVisitId, mark));
      if (source != null && mark instanceof TriggerPoint) {
        resolved.add(source);
      }
    }
    return new Lineages(pairs, resolved);
  }
}
