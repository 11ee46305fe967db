package app.myomap.ui.compare;

import app.myomap.chart.ChartWords;
import app.myomap.chart.DifferencePicture;
import app.myomap.compare.ChangeLabel;
import app.myomap.compare.ChartCounts;
import app.myomap.compare.ExtentChange;
import app.myomap.compare.PointFate;
import app.myomap.compare.PointMatches;
import app.myomap.compare.VisitComparison;
import app.myomap.compare.WpiResult;
import app.myomap.session.ComparedVisits;
import app.myomap.ui.Messages;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * Beside the difference map: its legend with the number of trigger points of each kind, and the two
 * visits' metrics side by side (extent, location agreement, Widespread Pain Index, counts) with
 * each change of extent labelled against the smallest detectable change. Every number is a label
 * named {@code compare.count.*} or {@code compare.metric.*}, so a test can read it.
 */
final class MetricsPanel extends JPanel {
  private final transient DifferencePicture painter;
  private int row;

  MetricsPanel(DifferencePicture painter) {
    super(new GridBagLayout());
    this.painter = painter;
    setName("compare.metrics");
    setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
  }

  /** Shows the legend and the metrics of {@code compared}, headed by the visits' dates. */
  void show(ComparedVisits compared, String earlierDate, String laterDate) {
    removeAll();
    row = 0;
    VisitComparison c = compared.comparison();
    heading(ChartWords.get("Difference.zones"));
    for (DifferencePicture.AreaKind kind : DifferencePicture.AreaKind.values()) {
      legendRow(
          new Sample(g -> painter.paintAreaSample(g, kind, 0, 0)),
          DifferencePicture.wordsKey(kind),
          null,
          null);
    }
    heading(ChartWords.get("Difference.points"));
    PointMatches points = c.points();
    for (PointFate fate : PointFate.values()) {
      legendRow(
          new Sample(g -> painter.paintPointSample(g, fate, 0, 0)),
          DifferencePicture.wordsKey(fate),
          fate.name().toLowerCase(java.util.Locale.ROOT),
          points.count(fate));
    }

    heading(Messages.get("Compare.metrics.title"));
    columns(earlierDate, laterDate);
    extentRow("painted", "Compare.metrics.painted", c.paintedChange());
    extentRow("referral", "Compare.metrics.referral", c.referralChange());
    extentRow("symptom", "Compare.metrics.symptom", c.symptomChange());
    fullRow(
        "compare.metric.sdc",
        Messages.format("Compare.metrics.sdc", percent(c.smallestDetectableChange())),
        true);
    fullRow(
        "compare.metric.jaccard",
        c.locationAgreement()
            .map(
                a -> Messages.format("Compare.metrics.jaccard", String.format("%.2f", a.overall())))
            .orElse(Messages.get("Compare.metrics.jaccardOtherAtlas")),
        false);
    countRow("wpi", "Compare.metrics.wpi", score(c.earlierWpi()), score(c.laterWpi()));
    countRow("active", "Compare.metrics.active", c, ChartCounts::active);
    countRow("latent", "Compare.metrics.latent", c, ChartCounts::latent);
    countRow("twitch", "Compare.metrics.twitch", c, ChartCounts::withTwitch);
    countRow("twitchTotal", "Compare.metrics.twitchTotal", c, ChartCounts::twitchTotal);
    countRow("muscles", "Compare.metrics.muscles", c, ChartCounts::muscleSides);
    GridBagConstraints filler = at(0, row, 4);
    filler.weighty = 1;
    add(new JLabel(), filler);
    revalidate();
    repaint();
  }

  private void heading(String text) {
    JLabel label = new JLabel(text);
    label.setFont(label.getFont().deriveFont(Font.BOLD));
    GridBagConstraints at = at(0, row++, 4);
    at.insets = new Insets(row == 1 ? 0 : 10, 0, 4, 0);
    add(label, at);
  }

  private void legendRow(javax.swing.Icon icon, String wordsKey, String name, Integer count) {
    JLabel text = new JLabel(ChartWords.get(wordsKey), icon, SwingConstants.LEADING);
    text.setIconTextGap(8);
    add(text, at(0, row, count == null ? 4 : 3));
    if (count != null) {
      JLabel number = new JLabel(Integer.toString(count), SwingConstants.TRAILING);
      number.setName("compare.count." + name);
      add(number, at(3, row, 1));
    }
    row++;
  }

  /** A legend's sample, drawn by the difference map's own routine on a screen-sized square. */
  private record Sample(java.util.function.Consumer<java.awt.Graphics2D> drawing)
      implements javax.swing.Icon {
    private static final int SIZE = (int) DifferencePicture.screen().sampleSize();

    @Override
    public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
      java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
      try {
        g2.translate(x, y);
        drawing.accept(g2);
      } finally {
        g2.dispose();
      }
    }

    @Override
    public int getIconWidth() {
      return SIZE;
    }

    @Override
    public int getIconHeight() {
      return SIZE;
    }
  }

  private void columns(String earlierDate, String laterDate) {
    add(new JLabel(), at(0, row, 1));
    add(small(earlierDate), at(1, row, 1));
    add(small(laterDate), at(2, row, 1));
    add(small(Messages.get("Compare.metrics.change")), at(3, row, 1));
    row++;
  }

  private void extentRow(String name, String key, ExtentChange change) {
    add(new JLabel(Messages.get(key)), at(0, row, 1));
    add(
        value("compare.metric." + name + ".earlier", percent(change.earlierPercent())),
        at(1, row, 1));
    add(value("compare.metric." + name + ".later", percent(change.laterPercent())), at(2, row, 1));
    JLabel delta =
        value(
            "compare.metric." + name + ".change",
            Messages.format(
                "Compare.metrics.delta",
                String.format("%+.1f", change.deltaPoints()),
                Messages.get(
                    change.label() == ChangeLabel.LIKELY_REAL
                        ? "Compare.metrics.likelyReal"
                        : "Compare.metrics.withinError")));
    if (change.label() == ChangeLabel.LIKELY_REAL) {
      delta.setFont(delta.getFont().deriveFont(Font.BOLD));
    }
    add(delta, at(3, row, 1));
    row++;
  }

  private void countRow(String name, String key, VisitComparison c, ToIntFunction<ChartCounts> of) {
    countRow(
        name,
        key,
        Integer.toString(of.applyAsInt(c.earlierCounts())),
        Integer.toString(of.applyAsInt(c.laterCounts())));
  }

  private void countRow(String name, String key, String earlier, String later) {
    add(new JLabel(Messages.get(key)), at(0, row, 1));
    add(value("compare.metric." + name + ".earlier", earlier), at(1, row, 1));
    add(value("compare.metric." + name + ".later", later), at(2, row, 1));
    String change = "";
    try {
      change = String.format("%+d", Integer.parseInt(later) - Integer.parseInt(earlier));
    } catch (NumberFormatException notANumber) {
      // A score that could not be given (no region set for an atlas version) has no change.
    }
    add(value("compare.metric." + name + ".change", change), at(3, row, 1));
    row++;
  }

  private void fullRow(String name, String text, boolean small) {
    JLabel label = small ? small(text) : new JLabel(text);
    label.setName(name);
    add(label, at(0, row++, 4));
  }

  private static String score(Optional<WpiResult> wpi) {
    return wpi.map(r -> Integer.toString(r.score())).orElse(Messages.get("Compare.metrics.none"));
  }

  private static String percent(double value) {
    return String.format("%.1f %%", value);
  }

  private static JLabel value(String name, String text) {
    JLabel label = new JLabel(text, SwingConstants.TRAILING);
    label.setName(name);
    return label;
  }

  private static JLabel small(String text) {
    JLabel label = new JLabel(text, SwingConstants.TRAILING);
    label.putClientProperty("FlatLaf.styleClass", "small");
    return label;
  }

  private static GridBagConstraints at(int x, int y, int width) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = y;
    c.gridwidth = width;
    c.anchor = width > 1 || x == 0 ? GridBagConstraints.LINE_START : GridBagConstraints.LINE_END;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = x == 0 ? 1 : 0;
    c.insets = new Insets(2, x == 0 ? 0 : 12, 2, 0);
    return c;
  }
}
