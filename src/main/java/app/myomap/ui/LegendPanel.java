package app.myomap.ui;

import app.myomap.atlas.Muscle;
import app.myomap.atlas.MuscleCatalogue;
import app.myomap.chart.ChartLegend;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.MuscleWords;
import com.formdev.flatlaf.ui.FlatUIUtils;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The chart legend, always visible: each symbol of {@link ChartLegend} (active and latent trigger
 * point, twitch badge, selection, note pin, zones) painted by the chart's own {@link ChartRenderer}
 * at its real size beside its meaning, wrapped to the panel's width, and the reminder that R and L
 * are the patient's sides.
 */
public final class LegendPanel extends JComponent {
  private static final long serialVersionUID = 1L;
  private static final int PREFERRED_MAX_WIDTH = 220;
  private static final int PAD = 8;
  private static final int GAP = 8;
  private static final int ROW_GAP = 6;

  private final transient ChartRenderer renderer;
  private final transient List<Row> rows = new ArrayList<>();

  /** One legend entry: its text, its symbol, and the pixels the symbol covers around its anchor. */
  private record Row(String text, ChartLegend.Row symbol, Rectangle ink) {}

  /** Where a row and its symbol lie at a given width, and its text broken into lines. */
  private record Placed(Rectangle row, Rectangle symbol, List<String> lines) {}

  /**
   * A legend drawn with {@code renderer}, the same one the chart canvas uses; the sample muscle
   * label under the selected mark comes from {@code muscles}.
   */
  public LegendPanel(ChartRenderer renderer, MuscleCatalogue muscles) {
    this.renderer = renderer;
    setName("legend");
    String sampleId =
        muscles
            .byId("upper-trapezius")
            .or(() -> muscles.all().stream().findFirst())
            .map(Muscle::id)
            .orElse("upper-trapezius");
    Function<String, String> abbreviation = MuscleWords.abbreviations(muscles);
    for (ChartLegend.Row row :
        ChartLegend.rows(sampleId, abbreviation, Messages.get("Legend.notePin.sample"), true)) {
      rows.add(new Row(Messages.get(row.key()), row, ChartLegend.ink(renderer, row)));
    }
    updateUI();
  }

  @Override
  public void updateUI() {
    super.updateUI();
    setFont(UIManager.getFont("Label.font"));
    setForeground(UIManager.getColor("Label.foreground"));
  }

  /** The number of symbol rows, the sides reminder not counted. */
  int rowCount() {
    return rows.size();
  }

  /** Where the symbol of a row is painted at the current size. */
  Rectangle symbolArea(int row) {
    return placeRows(getWidth()).get(row).symbol();
  }

  /** Where a row, symbol and text, is painted at the current size. */
  Rectangle rowArea(int row) {
    return placeRows(getWidth()).get(row).row();
  }

  @Override
  public Dimension getPreferredSize() {
    if (isPreferredSizeSet()) {
      return super.getPreferredSize();
    }
    int width = Math.min(naturalWidth(), UIScale.scale(PREFERRED_MAX_WIDTH));
    int laidOut = getWidth() > 0 ? getWidth() : width;
    return new Dimension(width, heightFor(laidOut));
  }

  @Override
  public Dimension getMinimumSize() {
    return getPreferredSize();
  }

  @Override
  public void setBounds(int x, int y, int width, int height) {
    boolean widthChanged = width != getWidth();
    super.setBounds(x, y, width, height);
    // Text rows wrap to the width, so the height follows it: lay out again.
    if (widthChanged && heightFor(width) != height) {
      revalidate();
    }
  }

  @Override
  protected void paintComponent(Graphics g) {
    if (isOpaque()) {
      g.setColor(getBackground());
      g.fillRect(0, 0, getWidth(), getHeight());
    }
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      FontMetrics fm = g2.getFontMetrics(titleFont());
      g2.setFont(titleFont());
      g2.setColor(getForeground());
      FlatUIUtils.drawString(this, g2, Messages.get("Legend.title"), PAD, PAD + fm.getAscent());
      List<Placed> placed = placeRows(getWidth());
      for (int i = 0; i < rows.size(); i++) {
        paintRow(g2, rows.get(i), placed.get(i));
      }
      paintSides(
          g2, placed.get(placed.size() - 1).row().y + placed.get(placed.size() - 1).row().height);
    } finally {
      g2.dispose();
    }
  }

  private void paintRow(Graphics2D g, Row row, Placed placed) {
    Rectangle symbol = placed.symbol();
    double anchorX = symbol.x - row.ink().x;
    double anchorY = symbol.y - row.ink().y;
    ChartLegend.paintSymbol(g, renderer, row.symbol(), anchorX, anchorY);
    FontMetrics fm = g.getFontMetrics(getFont());
    g.setFont(getFont());
    g.setColor(getForeground());
    int textX = textLeft();
    int lineHeight = fm.getHeight();
    int textTop = placed.row().y + (placed.row().height - placed.lines().size() * lineHeight) / 2;
    for (String line : placed.lines()) {
      FlatUIUtils.drawString(this, g, line, textX, textTop + fm.getAscent());
      textTop += lineHeight;
    }
  }

  private void paintSides(Graphics2D g, int top) {
    FontMetrics fm = g.getFontMetrics(getFont());
    g.setFont(getFont());
    g.setColor(UIManager.getColor("Label.disabledForeground"));
    int y = top + ROW_GAP + fm.getAscent();
    for (String line : sideLines(getWidth(), fm)) {
      FlatUIUtils.drawString(this, g, line, PAD, y);
      y += fm.getHeight();
    }
  }

  private List<Placed> placeRows(int width) {
    FontMetrics fm = getFontMetrics(getFont());
    int symbolColumn = symbolColumnWidth();
    int textWidth = Math.max(1, width - textLeft() - PAD);
    int y = PAD + getFontMetrics(titleFont()).getHeight() + ROW_GAP;
    List<Placed> placed = new ArrayList<>();
    for (Row row : rows) {
      List<String> lines = WrappingLabel.wrap(row.text(), fm, textWidth);
      int height = Math.max(row.ink().height, lines.size() * fm.getHeight());
      Rectangle symbol =
          new Rectangle(
              PAD + (symbolColumn - row.ink().width) / 2,
              y + (height - row.ink().height) / 2,
              row.ink().width,
              row.ink().height);
      placed.add(new Placed(new Rectangle(PAD, y, width - 2 * PAD, height), symbol, lines));
      y += height + ROW_GAP;
    }
    return placed;
  }

  private List<String> sideLines(int width, FontMetrics fm) {
    return WrappingLabel.wrap(Messages.get("Legend.sides"), fm, Math.max(1, width - 2 * PAD));
  }

  private int heightFor(int width) {
    List<Placed> placed = placeRows(width);
    Rectangle last = placed.get(placed.size() - 1).row();
    FontMetrics fm = getFontMetrics(getFont());
    return last.y + last.height + ROW_GAP + sideLines(width, fm).size() * fm.getHeight() + PAD;
  }

  /** The width that shows every text on one line. */
  private int naturalWidth() {
    FontMetrics fm = getFontMetrics(getFont());
    int widest =
        getFontMetrics(titleFont()).stringWidth(Messages.get("Legend.title")) - textLeft() + PAD;
    for (Row row : rows) {
      widest = Math.max(widest, fm.stringWidth(row.text()));
    }
    int rowsWidth = textLeft() + widest + PAD;
    int sidesWidth = 2 * PAD + fm.stringWidth(Messages.get("Legend.sides"));
    return Math.max(rowsWidth, sidesWidth);
  }

  private int symbolColumnWidth() {
    return rows.stream().mapToInt(r -> r.ink().width).max().orElse(0);
  }

  private int textLeft() {
    return PAD + symbolColumnWidth() + GAP;
  }

  private Font titleFont() {
    return getFont().deriveFont(Font.BOLD);
  }
}
