package app.myomap.edit;

import app.myomap.model.Chart;
import java.util.List;
import java.util.Objects;

/** Several commands undone and redone as one step: applied in order, reverted in reverse. */
public record CompositeCommand(List<Command> steps, CommandLabel label) implements Command {

  public CompositeCommand {
    steps = List.copyOf(steps);
    Objects.requireNonNull(label, "label");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("CompositeCommand needs at least one step");
    }
  }

  @Override
  public Chart apply(Chart chart) {
    Chart result = chart;
    for (Command step : steps) {
      result = step.apply(result);
    }
    return result;
  }

  @Override
  public Chart revert(Chart chart) {
    Chart result = chart;
    for (int i = steps.size() - 1; i >= 0; i--) {
      result = steps.get(i).revert(result);
    }
    return result;
  }
}
