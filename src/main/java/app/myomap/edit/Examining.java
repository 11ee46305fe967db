package app.myomap.edit;

import app.myomap.model.CarryState;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A command whose edits of carried-forward marks not yet re-examined also confirm them: changing a
 * finding carried from the last visit (moving it, changing its status, recording a twitch) is
 * re-examining it, so it stops looking faded. Undo takes the confirmation back with the edit.
 */
final class Examining implements Command {
  private final Command inner;
  private Set<MarkId> confirmed;

  private Examining(Command inner, Set<MarkId> confirmed) {
    this.inner = inner;
    this.confirmed = confirmed;
  }

  /** {@code command}, confirming what it edits. */
  static Examining wrap(Command command) {
    return command instanceof Examining examining ? examining : new Examining(command, Set.of());
  }

  /**
   * {@code merged}, the step that replaces {@code top} and {@code step} in the history (a run of
   * nudges, say), confirming what either of them confirmed.
   */
  static Examining merged(Command merged, Examining top, Examining step) {
    Set<MarkId> both = new LinkedHashSet<>(top.confirmed);
    both.addAll(step.confirmed);
    return new Examining(merged, both);
  }

  @Override
  public Chart apply(Chart chart) {
    Chart after = inner.apply(chart);
    List<Mark> confirm = new ArrayList<>();
    for (Mark before : chart.awaitingReexamination()) {
      after
          .find(before.id())
          .filter(mark -> mark.awaitsReexamination() && !mark.equals(before))
          .ifPresent(mark -> confirm.add(mark.withCarryState(CarryState.CONFIRMED)));
    }
    Set<MarkId> ids = new LinkedHashSet<>();
    confirm.forEach(mark -> ids.add(mark.id()));
    confirmed = ids;
    return confirm.isEmpty() ? after : after.replaceAll(confirm);
  }

  @Override
  public Chart revert(Chart chart) {
    List<Mark> unconfirm = new ArrayList<>();
    for (MarkId id : confirmed) {
      chart
          .find(id)
          .filter(mark -> mark.carry().filter(c -> c.state() == CarryState.CONFIRMED).isPresent())
          .ifPresent(mark -> unconfirm.add(mark.withCarryState(CarryState.NOT_REEXAMINED)));
    }
    return inner.revert(unconfirm.isEmpty() ? chart : chart.replaceAll(unconfirm));
  }

  @Override
  public CommandLabel label() {
    return inner.label();
  }

  /** The command it wraps. */
  Command inner() {
    return inner;
  }
}
