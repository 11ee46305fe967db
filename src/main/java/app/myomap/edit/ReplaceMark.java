package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import java.util.List;
import java.util.Objects;

/** Replaces one version of a mark by another: a change of its properties. */
public record ReplaceMark(Mark before, Mark after) implements Command {

  public ReplaceMark {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException(
          "ReplaceMark needs two versions of one mark, got " + before.id() + " and " + after.id());
    }
    if (before.kind() != after.kind()) {
      throw new IllegalArgumentException(
          "ReplaceMark cannot change the kind of mark " + before.id());
    }
  }

  @Override
  public Chart apply(Chart chart) {
    return chart.replace(after);
  }

  @Override
  public Chart revert(Chart chart) {
    return chart.replace(before);
  }

  @Override
  public CommandLabel label() {
    return CommandLabel.forMarks("edit", List.of(after));
  }
}
