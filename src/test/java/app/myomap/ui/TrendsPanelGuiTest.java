package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.session.PatientHistory;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.Color;
import java.awt.Dimension;
import java.time.ZoneOffset;
import javax.swing.JFrame;
import javax.swing.UIManager;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@GuiTest
class TrendsPanelGuiTest {
  private FrameFixture window;

  @AfterEach
  void close() {
    if (window != null) {
      window.cleanUp();
    }
    execute(() -> Themes.install(false));
  }

  @Test
  void plotsOnePointPerVisitInEachSeries(Robot robot) {
    execute(() -> Themes.install(false));
    PatientHistory history = HistoryFixtures.threeVisits();
    TrendsPanel panel = show(robot, history);

    XYSeriesCollection counts = execute(panel::countsDataset);
    XYSeriesCollection extent = execute(panel::extentDataset);
    assertThat(counts.getSeriesCount()).isEqualTo(3);
    for (int s = 0; s < 3; s++) {
      assertThat(counts.getItemCount(s)).isEqualTo(3);
    }
    assertThat(extent.getItemCount(0)).isEqualTo(3);
    // Active 1, 0, 1; latent 1, 1, 1; twitch responses 3, 1, 0; dated at each visit.
    assertThat(values(counts, 0)).containsExactly(1, 0, 1);
    assertThat(values(counts, 1)).containsExactly(1, 1, 1);
    assertThat(values(counts, 2)).containsExactly(3, 1, 0);
    assertThat(counts.getXValue(0, 2))
        .isEqualTo((double) history.visits().get(2).visit().startedAt().toEpochMilli());
    assertThat(values(extent, 0)).containsOnly(0);
    // Pain ratings where the record holds them: now 7 then 3, worst 9 then 5, after needling 4.
    XYSeriesCollection pain = execute(panel::painDataset);
    assertThat(values(pain, 0)).containsExactly(7, 3);
    assertThat(values(pain, 1)).containsExactly(9, 5);
    assertThat(values(pain, 2)).containsExactly(4);
    assertThat(pain.getXValue(0, 1))
        .isEqualTo((double) history.visits().get(2).visit().startedAt().toEpochMilli());
  }

  @Test
  void takesTheDarkThemesColoursOnASwitch(Robot robot) {
    execute(() -> Themes.install(false));
    TrendsPanel panel = show(robot, HistoryFixtures.threeVisits());
    Color lightBackground = execute(() -> (Color) panel.chart().getBackgroundPaint());
    Color lightActive = execute(() -> seriesColour(panel, 0));
    assertThat(lightBackground)
        .isEqualTo(new Color(UIManager.getColor("Panel.background").getRGB()));

    execute(() -> Themes.switchTo(true));
    Gui.waitUntil(
        "the plot to take the dark background",
        () ->
            panel
                .chart()
                .getBackgroundPaint()
                .equals(new Color(UIManager.getColor("Panel.background").getRGB())));
    Color darkBackground = execute(() -> (Color) panel.chart().getBackgroundPaint());
    assertThat(brightness(darkBackground)).isLessThan(brightness(lightBackground));
    assertThat(execute(() -> (Color) panel.chart().getXYPlot().getDomainAxis().getTickLabelPaint()))
        .isEqualTo(new Color(execute(() -> UIManager.getColor("Label.foreground")).getRGB()));
    Color darkActive = execute(() -> seriesColour(panel, 0));
    assertThat(darkActive).isNotEqualTo(lightActive);
    assertThat(brightness(darkActive)).isGreaterThan(brightness(darkBackground) + 80);
  }

  private static Color seriesColour(TrendsPanel panel, int series) {
    var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) panel.chart().getXYPlot();
    XYItemRenderer renderer = plot.getSubplots().get(0).getRenderer();
    return (Color) renderer.getSeriesPaint(series);
  }

  private static int brightness(Color c) {
    return (c.getRed() * 299 + c.getGreen() * 587 + c.getBlue() * 114) / 1000;
  }

  private static int[] values(XYSeriesCollection data, int series) {
    int[] values = new int[data.getItemCount(series)];
    for (int i = 0; i < values.length; i++) {
      values[i] = (int) Math.round(data.getYValue(series, i));
    }
    return values;
  }

  private TrendsPanel show(Robot robot, PatientHistory history) {
    TrendsPanel panel =
        execute(
            () -> {
              TrendsPanel p = new TrendsPanel(ZoneOffset.UTC);
              p.setHistory(history);
              return p;
            });
    JFrame frame =
        execute(
            () -> {
              JFrame f = new JFrame("Trends");
              f.getContentPane().add(panel);
              return f;
            });
    window = new FrameFixture(robot, frame);
    window.show(new Dimension(700, 450));
    return panel;
  }
}
