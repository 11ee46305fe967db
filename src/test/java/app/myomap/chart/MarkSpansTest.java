package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.model.BodyView;
import app.myomap.model.Mark;
import app.myomap.testing.SampleCharts;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vector export learns where each of the chart's marks is drawn, once each, begun and ended in
 * turn; the legend's sample marks are not reported.
 */
class MarkSpansTest {

  @Test
  void eachMarkOfTheChartIsBegunAndEndedOnceInDrawingOrderAndNotTheLegendsSamples() {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    AtlasView posterior = atlas.view(BodyView.POSTERIOR);
    SampleCharts sample = new SampleCharts(atlas);
    List<String> events = new ArrayList<>();
    MarkSpans spans =
        new MarkSpans() {
          @Override
          public void begin(Graphics2D g, Mark mark) {
            events.add("begin " + mark.id());
          }

          @Override
          public void end(Graphics2D g, Mark mark) {
            events.add("end " + mark.id());
          }
        };
    BufferedImage image = new BufferedImage(400, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      ChartPicture.vectors()
          .paint(
              g,
              posterior,
              sample.chart,
              ViewTransform.fitInto(posterior.viewBox(), new java.awt.Rectangle(0, 0, 400, 500)),
              PictureOptions.of(400, 500, MarkAppearance.plain(id -> id))
                  .withLegend(key -> key)
                  .withMarkSpans(spans));
    } finally {
      g.dispose();
    }
    List<String> expected = new ArrayList<>();
    for (Mark mark : sample.chart.inDrawingOrder(BodyView.POSTERIOR)) {
      expected.add("begin " + mark.id());
      expected.add("end " + mark.id());
    }
    assertThat(events).isEqualTo(expected).hasSize(2 * 6);
  }
}
