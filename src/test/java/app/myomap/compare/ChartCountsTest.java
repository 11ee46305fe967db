package app.myomap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import app.myomap.testing.SampleCharts;
import org.junit.jupiter.api.Test;

class ChartCountsTest {
  @Test
  void countsTheSampleChart() {
    SampleCharts sample = new SampleCharts(CompareFixtures.atlas());

    ChartCounts counts = ChartCounts.of(sample.chart);

    // One active upper trapezius point with 3 twitches (right), one latent (left).
    assertThat(counts).isEqualTo(new ChartCounts(1, 1, 1, 3, 1, 2, 0));
    assertThat(counts.triggerPoints()).isEqualTo(2);
  }

  @Test
  void countsTwitchesNeedlingAndMusclesIrrespectiveOfSide() {
    Chart chart =
        Chart.of(
            CompareFixtures.point("upper-trapezius", Side.RIGHT, 250, 170)
                .withTwitch(TwitchResponse.present(2))
                .withNeedled(true),
            CompareFixtures.point("upper-trapezius", Side.RIGHT, 260, 175)
                .withTwitch(TwitchResponse.present(0)),
            CompareFixtures.point("infraspinatus", Side.LEFT, 160, 220)
                .withStatus(TriggerPointStatus.LATENT)
                .withTwitch(TwitchResponse.absent())
                .withNeedled(true),
            CompareFixtures.point("upper-trapezius", Side.LEFT, 150, 170)
                .withTwitch(TwitchResponse.present(4)));

    ChartCounts counts = ChartCounts.of(chart);

    assertThat(counts.active()).isEqualTo(3);
    assertThat(counts.latent()).isEqualTo(1);
    assertThat(counts.withTwitch()).isEqualTo(3);
    assertThat(counts.twitchTotal()).isEqualTo(6);
    assertThat(counts.muscles()).isEqualTo(2);
    assertThat(counts.muscleSides()).isEqualTo(3);
    assertThat(counts.needled()).isEqualTo(2);
  }

  @Test
  void emptyChartCountsNothing() {
    assertThat(ChartCounts.of(Chart.empty())).isEqualTo(new ChartCounts(0, 0, 0, 0, 0, 0, 0));
  }
}
