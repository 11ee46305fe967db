package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Builds the undoable step of changing the properties of one mark or of several. */
final class MarkUpdates {
  private MarkUpdates() {}

  /**
   * The change of one mark of a given type, or empty when the update returns an equal mark.
   *
   * @throws IllegalArgumentException if the chart has no such mark or it is of another type
   */
  static <T extends Mark> Optional<Command> one(
      Chart chart, MarkId id, Class<T> type, UnaryOperator<T> update) {
    Mark mark = chart.get(id);
    if (!type.isInstance(mark)) {
      throw new IllegalArgumentException(
          "Mark " + id + " is a " + mark.kind().key() + ", not a " + type.getSimpleName());
    }
    T before = type.cast(mark);
    T after = update.apply(before);
    return after.equals(before) ? Optional.empty() : Optional.of(new ReplaceMark(before, after));
  }

  /**
   * The same change of every mark of a given type among {@code ids} as one step (marks of other
   * types are left alone), or empty when it changes none.
   */
  static <T extends Mark> Optional<Command> each(
      Chart chart, Collection<MarkId> ids, Class<T> type, UnaryOperator<T> update) {
    List<Command> steps = new ArrayList<>();
    List<Mark> changed = new ArrayList<>();
    for (MarkId id : ids) {
      Mark mark = chart.get(id);
      if (type.isInstance(mark)) {
        T before = type.cast(mark);
        T after = update.apply(before);
        if (!after.equals(before)) {
          steps.add(new ReplaceMark(before, after));
          changed.add(after);
        }
      }
    }
    if (steps.size() <= 1) {
      return steps.stream().findFirst();
    }
    return Optional.of(new CompositeCommand(steps, CommandLabel.forMarks("edit", changed)));
  }
}
