package app.myomap.edit;

import app.myomap.model.CarryState;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The steps that record what re-examining carried-forward marks found. */
final class Reexamination {
  private Reexamination() {}

  /**
   * Confirms the marks among {@code ids} still awaiting re-examination ("still present", their data
   * kept) as one step; empty when none awaits it.
   */
  static Optional<Command> confirm(Chart chart, Collection<MarkId> ids) {
    List<Mark> awaiting = new ArrayList<>();
    for (MarkId id : ids) {
      chart.find(id).filter(Mark::awaitsReexamination).ifPresent(awaiting::add);
    }
    return step(awaiting, CarryState.CONFIRMED, "confirm");
  }

  /**
   * Records the carried marks among {@code ids} as resolved at this visit, as one step: they stay
   * in the visit's record but are no longer findings. Marks charted at this visit are left alone.
   */
  static Optional<Command> resolve(Chart chart, Collection<MarkId> ids) {
    List<Mark> carried = new ArrayList<>();
    for (MarkId id : ids) {
      chart.find(id).filter(m -> m.carry().isPresent() && !m.isResolved()).ifPresent(carried::add);
    }
    return step(carried, CarryState.RESOLVED, "resolve");
  }

  private static Optional<Command> step(List<Mark> marks, CarryState state, String action) {
    if (marks.isEmpty()) {
      return Optional.empty();
    }
    List<Command> steps = new ArrayList<>();
    for (Mark mark : marks) {
      steps.add(new ReplaceMark(mark, mark.withCarryState(state)));
    }
    return Optional.of(new CompositeCommand(steps, CommandLabel.forMarks(action, marks)));
  }
}
