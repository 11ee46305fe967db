package app.myomap.compare;

import app.myomap.model.TriggerPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A trigger point as a difference map draws it: the mark to draw (the later one, or the earlier one
 * of a resolved point) and what became of it.
 */
public record FatedPoint(TriggerPoint point, PointFate fate) {

  /**
   * Every point of {@code matches} once: resolved points at their earlier place, the rest at their
   * later place.
   */
  public static List<FatedPoint> of(PointMatches matches) {
    List<FatedPoint> points = new ArrayList<>();
    for (PointMatch match : matches.matched()) {
      points.add(
          new FatedPoint(
              match.later(), match.changed() ? PointFate.CHANGED : PointFate.PERSISTING));
    }
    matches.resolved().forEach(p -> points.add(new FatedPoint(p, PointFate.RESOLVED)));
    matches.added().forEach(p -> points.add(new FatedPoint(p, PointFate.NEW)));
    return List.copyOf(points);
  }
}
