package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.Zone;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds the one undoable step of painting an area: a new zone, or, where the area overlaps zones
 * painted the same way (same view, kind and settings, and for referral zones the same owner), the
 * first of them extended by the area and the others merged into it.
 */
final class PaintZones {
  private PaintZones() {}

  /**
   * The step that paints {@code area}, or empty when it would change nothing.
   *
   * @param fresh the zone to add, shaped like the simplified area, if the area overlaps no zone
   *     painted the same way
   * @param sameWay which zones of the chart count as painted the same way as {@code fresh}
   */
  static Optional<Command> command(Chart chart, Zone fresh, Area area, Predicate<Zone> sameWay) {
    List<Zone> overlapping = new ArrayList<>();
    for (Mark mark : chart.marks(fresh.view())) {
      if (mark instanceof Zone zone
          && zone.kind() == fresh.kind()
          && sameWay.test(zone)
          && zone.shape().overlaps(area)) {
        overlapping.add(zone);
      }
    }
    if (overlapping.isEmpty()) {
      return Optional.of(
          new CompositeCommand(
              List.of(new AddMarks(List.of(fresh))),
              CommandLabel.forMarks("paint", List.of(fresh))));
    }
    Area union = new Area(area);
    for (Zone zone : overlapping.subList(1, overlapping.size())) {
      union.add(zone.shape().toArea());
    }
    Zone first = overlapping.get(0);
    Zone extended = first.withShape(first.shape().plus(union));
    List<Command> steps = new ArrayList<>();
    if (!extended.equals(first)) {
      steps.add(new ReplaceMark(first, extended));
    }
    if (overlapping.size() > 1) {
      List<MarkId> merged =
          overlapping.subList(1, overlapping.size()).stream().map(Zone::id).toList();
      steps.add(RemoveMarks.of(chart, merged));
    }
    return steps.isEmpty()
        ? Optional.empty()
        : Optional.of(new CompositeCommand(steps, CommandLabel.forMarks("paint", List.of(first))));
  }
}
