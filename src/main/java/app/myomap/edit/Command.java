package app.myomap.edit;

import app.myomap.model.Chart;

/**
 * One undoable edit of a chart: pure functions from chart to chart, {@link #revert} undoing exactly
 * what {@link #apply} did when given the chart {@code apply} returned.
 */
public interface Command {

  Chart apply(Chart chart);

  Chart revert(Chart chart);

  CommandLabel label();
}
