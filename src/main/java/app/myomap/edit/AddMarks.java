package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.util.List;

/** Adds new marks on top of the chart, in the given order. */
public record AddMarks(List<Mark> marks) implements Command {

  public AddMarks {
    marks = List.copyOf(marks);
    if (marks.isEmpty()) {
      throw new IllegalArgumentException("AddMarks needs at least one mark");
    }
  }

  @Override
  public Chart apply(Chart chart) {
    Chart result = chart;
    for (Mark mark : marks) {
      result = result.with(mark);
    }
    return result;
  }

  @Override
  public Chart revert(Chart chart) {
    List<MarkId> ids = marks.stream().map(Mark::id).toList();
    return chart.without(ids);
  }

  @Override
  public CommandLabel label() {
    return CommandLabel.forMarks("add", marks);
  }
}
