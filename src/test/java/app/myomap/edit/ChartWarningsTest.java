package app.myomap.edit;

import static app.myomap.edit.TestAtlas.PECTORALIS;
import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.RegionLookup;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import org.junit.jupiter.api.Test;

class ChartWarningsTest {
  private final RegionLookup lookup = TestAtlas.lookup();

  @Test
  void warnsWhenTheRegionUnderThePointIsOnTheOtherSide() {
    TriggerPoint chartedLeft = tp(BodyView.POSTERIOR, 260, 160, TRAPEZIUS, Side.LEFT);
    assertThat(ChartWarnings.sideMismatch(chartedLeft, lookup))
        .contains(new SideMismatch(chartedLeft.id(), Side.LEFT, Side.RIGHT));
  }

  @Test
  void staysQuietWhenASideMatchesOrNoRegionIsUnderThePoint() {
    assertThat(
            ChartWarnings.sideMismatch(
                tp(BodyView.POSTERIOR, 260, 160, TRAPEZIUS, Side.RIGHT), lookup))
        .isEmpty();
    assertThat(
            ChartWarnings.sideMismatch(
                tp(BodyView.POSTERIOR, 20, 800, TRAPEZIUS, Side.LEFT), lookup))
        .isEmpty();
    assertThat(
            ChartWarnings.sideMismatch(
                tp(BodyView.ANTERIOR, 150, 220, PECTORALIS, Side.RIGHT), lookup))
        .isEmpty();
  }

  @Test
  void listsTheMismatchesOfAWholeChartInOrder() {
    TriggerPoint wrongLeft = tp(BodyView.POSTERIOR, 140, 160, TRAPEZIUS, Side.RIGHT);
    TriggerPoint fine = tp(BodyView.POSTERIOR, 260, 160, TRAPEZIUS, Side.RIGHT);
    TriggerPoint wrongAnterior = tp(BodyView.ANTERIOR, 150, 220, PECTORALIS, Side.LEFT);
    Chart chart = Chart.of(wrongLeft, fine, wrongAnterior);
    assertThat(ChartWarnings.sideMismatches(chart, lookup))
        .containsExactly(
            new SideMismatch(wrongLeft.id(), Side.RIGHT, Side.LEFT),
            new SideMismatch(wrongAnterior.id(), Side.LEFT, Side.RIGHT));
  }
}
