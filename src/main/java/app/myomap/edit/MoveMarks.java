package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Moves marks by an offset in outline units from the positions they had when the move began; undo
 * puts back those exact positions. A drag keeps replacing this command with a new offset.
 *
 * @param originals the marks as they were before the move (only their ids and positions are used)
 */
public record MoveMarks(List<Mark> originals, double dx, double dy) implements Command {

  public MoveMarks {
    originals = List.copyOf(originals);
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("MoveMarks needs at least one mark");
    }
    if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
      throw new IllegalArgumentException("Move offset must be finite: " + dx + ", " + dy);
    }
  }

  /** Moves the given marks of the chart, which must all be present, by the offset. */
  public static MoveMarks of(Chart chart, Collection<MarkId> ids, double dx, double dy) {
    return new MoveMarks(ids.stream().map(chart::get).toList(), dx, dy);
  }

  /** The same move with another offset from the same original positions. */
  public MoveMarks withOffset(double newDx, double newDy) {
    return new MoveMarks(originals, newDx, newDy);
  }

  @Override
  public Chart apply(Chart chart) {
    List<Mark> moved = new ArrayList<>(originals.size());
    for (Mark original : originals) {
      moved.add(chart.get(original.id()).withPosition(original.x() + dx, original.y() + dy));
    }
    return chart.replaceAll(moved);
  }

  @Override
  public Chart revert(Chart chart) {
    List<Mark> restored = new ArrayList<>(originals.size());
    for (Mark original : originals) {
      restored.add(chart.get(original.id()).withPosition(original.x(), original.y()));
    }
    return chart.replaceAll(restored);
  }

  @Override
  public CommandLabel label() {
    return CommandLabel.forMarks("move", originals);
  }
}
