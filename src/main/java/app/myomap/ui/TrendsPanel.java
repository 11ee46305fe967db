package app.myomap.ui;

import app.myomap.session.HistoryVisit;
import app.myomap.session.PatientHistory;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DateFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import javax.swing.JPanel;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Trend plots over all visits of a patient on a date axis: active and latent trigger points and
 * twitch responses above, pain extent (painted area as a percentage of the front and back
 * silhouettes) below. JFreeChart knows nothing of FlatLaf, so the plots take their colours and font
 * from the look and feel's defaults, and take them again whenever the look and feel changes (light
 * or dark); each series also has its own marker shape so that it reads without colour.
 */
public final class TrendsPanel extends JPanel {
  private static final float LINE_WIDTH = 1.8f;

  private final XYSeries active = new XYSeries(Messages.get("Trends.series.active"), false, true);
  private final XYSeries latent = new XYSeries(Messages.get("Trends.series.latent"), false, true);
  private final XYSeries twitches =
      new XYSeries(Messages.get("Trends.series.twitches"), false, true);
  private final XYSeries extent = new XYSeries(Messages.get("Trends.series.extent"), false, true);
  private final XYSeries painNow = new XYSeries(Messages.get("Trends.series.painNow"), false, true);
  private final XYSeries painWorst =
      new XYSeries(Messages.get("Trends.series.painWorst"), false, true);
  private final XYSeries painAfter =
      new XYSeries(Messages.get("Trends.series.painAfter"), false, true);
  private final XYSeriesCollection counts = new XYSeriesCollection();
  private final XYSeriesCollection pains = new XYSeriesCollection();
  private final XYSeriesCollection extents = new XYSeriesCollection();
  private final JFreeChart chart;
  private final ChartPanel chartPanel;
  private final XYPlot countPlot;
  private final XYPlot extentPlot;
  private final XYPlot painPlot;
  private LookAndFeel themedFor;

  /** Empty plots; dates are shown in the system's time zone. */
  public TrendsPanel() {
    this(ZoneId.systemDefault());
  }

  /** Empty plots showing dates in {@code zone}. */
  public TrendsPanel(ZoneId zone) {
    super(new BorderLayout());
    Objects.requireNonNull(zone, "zone");
    setName("trends");
    counts.addSeries(active);
    counts.addSeries(latent);
    counts.addSeries(twitches);
    extents.addSeries(extent);
    pains.addSeries(painNow);
    pains.addSeries(painWorst);
    pains.addSeries(painAfter);

    DateAxis dates = new DateAxis(Messages.get("Trends.axis.date"));
    dates.setTimeZone(TimeZone.getTimeZone(zone));
    DateFormat tipDate = DateFormat.getDateInstance(DateFormat.MEDIUM);
    tipDate.setTimeZone(TimeZone.getTimeZone(zone));

    NumberAxis countAxis = new NumberAxis(Messages.get("Trends.axis.count"));
    countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    countAxis.setAutoRangeIncludesZero(true);
    countPlot = new XYPlot(counts, null, countAxis, renderer(3, tipDate, "{2}"));

    NumberAxis extentAxis = new NumberAxis(Messages.get("Trends.axis.extent"));
    extentAxis.setAutoRangeIncludesZero(true);
    extentPlot = new XYPlot(extents, null, extentAxis, renderer(1, tipDate, "{2} %"));

    NumberAxis painAxis = new NumberAxis(Messages.get("Trends.axis.pain"));
    painAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    painAxis.setRange(0, 10.5);
    painPlot = new XYPlot(pains, null, painAxis, renderer(3, tipDate, "{2}"));

    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
    plot.setGap(12);
    plot.add(countPlot, 3);
    plot.add(painPlot, 2);
    plot.add(extentPlot, 2);
    chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chartPanel = new ChartPanel(chart, false, true, false, false, true);
    chartPanel.setName("trends.chart");
    // Draw at the panel's own size so fonts keep the look and feel's size.
    chartPanel.setMinimumDrawWidth(0);
    chartPanel.setMinimumDrawHeight(0);
    chartPanel.setMaximumDrawWidth(10_000);
    chartPanel.setMaximumDrawHeight(10_000);
    chartPanel.setMouseZoomable(false);
    add(chartPanel, BorderLayout.CENTER);
    applyTheme();
  }

  /** Shows {@code history}: one point per visit in each series. */
  public void setHistory(PatientHistory history) {
    List<HistoryVisit> visits = history.visits();
    List<XYSeries> all = List.of(active, latent, twitches, extent, painNow, painWorst, painAfter);
    for (XYSeries series : all) {
      series.setNotify(false);
      series.clear();
    }
    for (HistoryVisit visit : visits) {
      double x = visit.visit().startedAt().toEpochMilli();
      active.add(x, visit.counts().active(), false);
      latent.add(x, visit.counts().latent(), false);
      twitches.add(x, visit.counts().twitchTotal(), false);
      extent.add(x, visit.painExtent().paintedPercent(), false);
      // A rating not recorded at a visit leaves no point: the line joins the visits that have one.
      visit.pain().now().ifPresent(p -> painNow.add(x, p, false));
      visit.pain().worst24h().ifPresent(p -> painWorst.add(x, p, false));
      visit.pain().afterNeedling().ifPresent(p -> painAfter.add(x, p, false));
    }
    for (XYSeries series : all) {
      series.setNotify(true);
    }
  }

  /** The chart, for a picture of it. */
  public JFreeChart chart() {
    return chart;
  }

  /** Active, latent and twitch responses per visit. */
  XYSeriesCollection countsDataset() {
    return counts;
  }

  /** Pain now, worst in 24 hours and after needling per visit (NRS 0-10). */
  XYSeriesCollection painDataset() {
    return pains;
  }

  /** Pain extent per visit. */
  XYSeriesCollection extentDataset() {
    return extents;
  }

  @Override
  public void updateUI() {
    super.updateUI();
    // Called by the JPanel constructor before the chart exists, and on every theme switch.
    if (chart != null) {
      applyTheme();
    }
  }

  @Override
  public void addNotify() {
    super.addNotify();
    if (themedFor != UIManager.getLookAndFeel()) {
      applyTheme();
    }
  }

  private static XYLineAndShapeRenderer renderer(
      int seriesCount, DateFormat tipDate, String valueFormat) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setDefaultToolTipGenerator(
        new StandardXYToolTipGenerator(
            "{0}, {1}: " + valueFormat, tipDate, java.text.NumberFormat.getNumberInstance()));
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(false);
    for (int i = 0; i < seriesCount; i++) {
      renderer.setSeriesShapesFilled(i, true);
    }
    return renderer;
  }

  /** Takes colours and the font from the current look and feel. */
  private void applyTheme() {
    Color background = colour("Panel.background", Color.WHITE);
    Color plotBackground = colour("Table.background", background);
    Color text = colour("Label.foreground", Color.BLACK);
    Color grid = colour("Component.borderColor", Color.LIGHT_GRAY);
    Font font = UIManager.getFont("Label.font");
    if (font == null) {
      font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
    StandardChartTheme theme = new StandardChartTheme("MyoMap");
    theme.setExtraLargeFont(font.deriveFont(Font.BOLD, font.getSize2D() * 1.3f));
    theme.setLargeFont(font.deriveFont(Font.BOLD));
    theme.setRegularFont(font);
    theme.setSmallFont(font.deriveFont(font.getSize2D() * 0.9f));
    theme.setChartBackgroundPaint(background);
    theme.setPlotBackgroundPaint(plotBackground);
    theme.setPlotOutlinePaint(grid);
    theme.setDomainGridlinePaint(grid);
    theme.setRangeGridlinePaint(grid);
    theme.setAxisLabelPaint(text);
    theme.setTickLabelPaint(text);
    theme.setLegendBackgroundPaint(background);
    theme.setLegendItemPaint(text);
    theme.setTitlePaint(text);
    theme.setSubtitlePaint(text);
    theme.setItemLabelPaint(text);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setShadowVisible(false);
    theme.apply(chart);

    for (XYPlot plot : List.of(countPlot, painPlot, extentPlot)) {
      plot.setDomainGridlineStroke(new BasicStroke(1f));
      plot.setRangeGridlineStroke(new BasicStroke(1f));
      plot.getRangeAxis().setAxisLinePaint(grid);
      plot.getRangeAxis().setTickMarkPaint(grid);
    }
    chart.getXYPlot().getDomainAxis().setAxisLinePaint(grid);
    chart.getXYPlot().getDomainAxis().setTickMarkPaint(grid);
    chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(background));

    double size = Math.max(7, font.getSize2D() * 0.65);
    XYLineAndShapeRenderer countRenderer = (XYLineAndShapeRenderer) countPlot.getRenderer();
    style(countRenderer, 0, "MyoMap.trends.active", circle(size), null);
    style(countRenderer, 1, "MyoMap.trends.latent", square(size), new float[] {6, 4});
    style(
        countRenderer,
        2,
        "MyoMap.trends.twitches",
        ShapeUtils.createUpTriangle((float) (size * 0.6)),
        new float[] {2, 3});
    XYLineAndShapeRenderer painRenderer = (XYLineAndShapeRenderer) painPlot.getRenderer();
    style(painRenderer, 0, "MyoMap.trends.painNow", circle(size), null);
    style(
        painRenderer,
        1,
        "MyoMap.trends.painWorst",
        ShapeUtils.createDownTriangle((float) (size * 0.6)),
        new float[] {6, 4});
    style(
        painRenderer,
        2,
        "MyoMap.trends.painAfter",
        ShapeUtils.createDiagonalCross((float) (size * 0.5), (float) (size * 0.16)),
        new float[] {2, 3});
    style(
        (XYLineAndShapeRenderer) extentPlot.getRenderer(),
        0,
        "MyoMap.trends.extent",
        ShapeUtils.createDiamond((float) (size * 0.62)),
        null);
    chartPanel.setBackground(background);
    setBackground(background);
    themedFor = UIManager.getLookAndFeel();
  }

  private static void style(
      XYLineAndShapeRenderer renderer, int series, String key, Shape shape, float[] dashes) {
    renderer.setSeriesPaint(series, colour(key, Color.GRAY));
    renderer.setSeriesShape(series, shape);
    renderer.setSeriesStroke(
        series,
        dashes == null
            ? new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
            : new BasicStroke(
                LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
  }

  private static Shape circle(double size) {
    return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
  }

  private static Shape square(double size) {
    double side = size * 0.9;
    return new Rectangle2D.Double(-side / 2, -side / 2, side, side);
  }

  private static Color colour(String key, Color fallback) {
    Color colour = UIManager.getColor(key);
    return colour != null ? new Color(colour.getRGB(), true) : fallback;
  }
}
