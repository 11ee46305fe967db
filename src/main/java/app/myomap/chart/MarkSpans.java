package app.myomap.chart;

import app.myomap.model.Mark;
import java.awt.Graphics2D;

/**
 * Told where each mark's drawing begins and ends while a picture is painted, so that a vector
 * export can gather what one mark drew into one element (an SVG group with a title). Only the marks
 * of the chart are reported, not the samples of the legend; connectors, labels and intensities are
 * drawn outside any span.
 */
public interface MarkSpans {
  /** Reports nothing: the screen, print and raster exports. */
  MarkSpans NONE =
      new MarkSpans() {
        @Override
        public void begin(Graphics2D g, Mark mark) {}

        @Override
        public void end(Graphics2D g, Mark mark) {}
      };

  /** Called on {@code g} just before {@code mark} is drawn into it. */
  void begin(Graphics2D g, Mark mark);

  /** Called on {@code g} just after {@code mark} was drawn, before anything else is. */
  void end(Graphics2D g, Mark mark);
}
