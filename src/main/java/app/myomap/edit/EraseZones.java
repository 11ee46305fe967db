package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.Zone;
import app.myomap.model.ZoneShape;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the one undoable step of erasing an area: every zone of the view that it touches loses the
 * erased part, and a zone erased to nothing is deleted. A zone cut in two stays one zone whose
 * shape has two rings, so it keeps its owner and settings in one record.
 */
final class EraseZones {
  private EraseZones() {}

  /**
   * The step that carves {@code area} out of the zones of {@code view} whose kind is not hidden, or
   * empty when it changes no zone.
   */
  static Optional<Command> command(Chart chart, BodyView view, Area area, Set<MarkKind> hidden) {
    List<Command> steps = new ArrayList<>();
    List<MarkId> emptied = new ArrayList<>();
    List<Mark> touched = new ArrayList<>();
    for (Mark mark : chart.marks(view)) {
      if (!(mark instanceof Zone zone)
          || hidden.contains(zone.kind())
          || !zone.shape().overlaps(area)) {
        continue;
      }
      Optional<ZoneShape> rest = zone.shape().minus(area);
      if (rest.isEmpty()) {
        emptied.add(zone.id());
        touched.add(zone);
      } else if (!rest.get().equals(zone.shape())) {
        steps.add(new ReplaceMark(zone, zone.withShape(rest.get())));
        touched.add(zone);
      }
    }
    if (!emptied.isEmpty()) {
      steps.add(RemoveMarks.of(chart, emptied));
    }
    return steps.isEmpty()
        ? Optional.empty()
        : Optional.of(new CompositeCommand(steps, CommandLabel.forMarks("erase", touched)));
  }
}
