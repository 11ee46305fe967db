package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Deletes marks, remembering where each stood in chart order so undo puts it back there. */
public record RemoveMarks(List<Removal> removals) implements Command {

  /** A deleted mark and its position in the chart before the deletion. */
  public record Removal(int index, Mark mark) {
    public Removal {
      Objects.requireNonNull(mark, "mark");
      if (index < 0) {
        throw new IllegalArgumentException("Removal index must not be negative: " + index);
      }
    }
  }

  public RemoveMarks {
    removals = List.copyOf(removals);
    if (removals.isEmpty()) {
      throw new IllegalArgumentException("RemoveMarks needs at least one mark");
    }
    for (int i = 1; i < removals.size(); i++) {
      if (removals.get(i).index() <= removals.get(i - 1).index()) {
        throw new IllegalArgumentException("Removals must be in increasing index order");
      }
    }
  }

  /** The deletion of the given marks of the chart, which must all be present. */
  public static RemoveMarks of(Chart chart, Collection<MarkId> ids) {
    List<Removal> removals = new ArrayList<>();
    for (MarkId id : ids) {
      removals.add(new Removal(chart.indexOf(id), chart.get(id)));
    }
    removals.sort(Comparator.comparingInt(Removal::index));
    return new RemoveMarks(removals);
  }

  @Override
  public Chart apply(Chart chart) {
    return chart.without(removals.stream().map(r -> r.mark().id()).toList());
  }

  @Override
  public Chart revert(Chart chart) {
    Chart result = chart;
    for (Removal removal : removals) {
      result = result.withAt(removal.index(), removal.mark());
    }
    return result;
  }

  @Override
  public CommandLabel label() {
    return CommandLabel.forMarks("delete", removals.stream().map(Removal::mark).toList());
  }
}
