package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Applies commands to the chart being edited, records them in the undo history (a gesture in
 * progress as one step kept on top) and publishes each completed change to the commit listeners.
 */
final class CommandRunner {
  private final UndoHistory history = new UndoHistory();
  private final List<Consumer<ChartChange>> commitListeners = new CopyOnWriteArrayList<>();
  private Chart chart;
  private Chart liveBase;
  private long steps;

  CommandRunner(Chart chart) {
    this.chart = Objects.requireNonNull(chart, "chart");
  }

  Chart chart() {
    return chart;
  }

  /** Applies and records a complete command and publishes its change. */
  void execute(Command command) {
    command = Examining.wrap(command);
    Chart after = command.apply(chart);
    history.push(command);
    publish(after, command.label());
  }

  /**
   * Applies and publishes {@code step}, recording it not as a step of its own but as part of the
   * step on top of the history, which {@code merged} (the top's change and this one's) replaces.
   */
  void executeMerged(Command step, Command merged) {
    Examining examined = Examining.wrap(step);
    Chart after = examined.apply(chart);
    Examining top = Examining.wrap(history.nextUndo().orElseThrow());
    history.replaceTop(Examining.merged(merged, top, examined));
    publish(after, step.label());
  }

  /** How many times the history changed so far; tells whether anything happened in between. */
  long steps() {
    return steps;
  }

  /**
   * Shows a command of a gesture still in progress: the first call records it, later calls replace
   * it on top of the history, so the whole gesture is one step. Nothing is published yet.
   */
  void performLive(Command command) {
    command = Examining.wrap(command);
    steps++;
    if (liveBase == null) {
      Chart after = command.apply(chart);
      liveBase = chart;
      history.push(command);
      chart = after;
    } else {
      chart = command.apply(liveBase);
      history.replaceTop(command);
    }
  }

  /**
   * Completes the gesture's command and publishes its whole change; a gesture that ended where it
   * began leaves no step.
   */
  void finishLive() {
    Chart after = chart;
    chart = liveBase;
    liveBase = null;
    Command command = history.nextUndo().orElseThrow();
    if (after.equals(chart)) {
      history.dropTop();
    } else {
      publish(after, command.label());
    }
  }

  /** Abandons the gesture's command, putting the chart back as it was before the gesture. */
  void abandonLive() {
    steps++;
    chart = liveBase;
    liveBase = null;
    history.dropTop();
  }

  /** Reverts the last step, if any, and publishes the change; returns whether there was one. */
  boolean undo() {
    if (!history.canUndo()) {
      return false;
    }
    Command command = history.undo();
    publish(command.revert(chart), command.label());
    return true;
  }

  /** Applies the last undone step again, if any, and publishes the change. */
  boolean redo() {
    if (!history.canRedo()) {
      return false;
    }
    Command command = history.redo();
    publish(command.apply(chart), command.label());
    return true;
  }

  /** Forgets every undo and redo step; the chart stays as it is. */
  void forgetHistory() {
    history.clear();
  }

  boolean canUndo() {
    return history.canUndo();
  }

  boolean canRedo() {
    return history.canRedo();
  }

  Optional<CommandLabel> undoLabel() {
    return history.nextUndo().map(Command::label);
  }

  Optional<CommandLabel> redoLabel() {
    return history.nextRedo().map(Command::label);
  }

  void addCommitListener(Consumer<ChartChange> listener) {
    commitListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  void removeCommitListener(Consumer<ChartChange> listener) {
    commitListeners.remove(listener);
  }

  private void publish(Chart after, CommandLabel label) {
    steps++;
    ChartChange change = ChartChange.between(chart, after, label.key());
    chart = after;
    if (!change.isEmpty()) {
      for (Consumer<ChartChange> listener : commitListeners) {
        listener.accept(change);
      }
    }
  }
}
