package app.myomap.export;

import app.myomap.chart.ChartLegend;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.ChartWords;
import app.myomap.chart.MarkStyle;
import app.myomap.chart.PictureOptions;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend of the charted views, set apart from them so it covers no part of the body: every
 * symbol the picture routine draws, painted by the chart's own renderer at the views' mark size,
 * beside its meaning, in two columns; then the reminder that sides are the patient's own.
 */
final class LegendSection implements ReportSection {
  private static final float MARK_SCALE = PictureOptions.markScaleForDpi(72);
  private static final int COLUMNS = 2;
  private static final double GAP = 14;
  private static final double SYMBOL_GAP = 8;
  private static final double ROW_GAP = 4;

  /**
   * The legend's rows with the pixels each symbol covers, measured once per process: measuring
   * paints every symbol into an image, which a report should not pay for again.
   */
  private static final class Measured {
    static final List<ChartLegend.Row> ROWS =
        ChartLegend.rows(
            "upper-trapezius", id -> id, ChartWords.get("Legend.notePin.sample"), false);
    static final List<Rectangle> INKS;

    static {
      ChartRenderer measuring = ChartRenderer.vectors(new MarkStyle(MARK_SCALE));
      INKS = ROWS.stream().map(r -> ChartLegend.ink(measuring, r)).toList();
    }
  }

  private final ReportStyle style;
  private final ChartRenderer renderer = ChartRenderer.vectors(new MarkStyle(MARK_SCALE));

  LegendSection(ReportStyle style) {
    this.style = style;
  }

  /** The height of the taller column. */
  private static double rowsHeight(List<Double> heights, int perColumn) {
    double tallest = 0;
    for (int c = 0; c < COLUMNS; c++) {
      double column = 0;
      for (int i = c * perColumn; i < Math.min(heights.size(), (c + 1) * perColumn); i++) {
        column += heights.get(i);
      }
      tallest = Math.max(tallest, column);
    }
    return tallest;
  }

  @Override
  public void layOut(ReportFlow flow) {
    List<ChartLegend.Row> rows = Measured.ROWS;
    List<Rectangle> inks = Measured.INKS;
    double symbolWidth = inks.stream().mapToInt(r -> r.width).max().orElse(0);
    double columnWidth = (flow.widthPt() - GAP * (COLUMNS - 1)) / COLUMNS;
    double textWidth = columnWidth - symbolWidth - SYMBOL_GAP;
    double line = ReportStyle.lineHeight(style.table);
    int perColumn = (rows.size() + COLUMNS - 1) / COLUMNS;
    List<List<String>> texts = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> lines =
          ReportStyle.wrap(style.table, ChartWords.get(rows.get(i).key()), textWidth);
      texts.add(lines);
      heights.add(Math.max(inks.get(i).height, lines.size() * line) + ROW_GAP);
    }
    double headingHeight = ReportStyle.lineHeight(style.heading) + 5;
    String sides = ChartWords.get("Legend.sides");
    List<String> sidesLines = ReportStyle.wrap(style.table, sides, flow.widthPt());
    double rowsHeight = rowsHeight(heights, perColumn);
    double height = headingHeight + rowsHeight + sidesLines.size() * line + 4;
    flow.place(
        height,
        (g, w) -> {
          ReportStyle.text(
              g, style.heading, ReportStyle.ACCENT, ChartWords.get("Legend.title"), 0, 0);
          for (int c = 0; c < COLUMNS; c++) {
            double x = c * (columnWidth + GAP);
            double y = headingHeight;
            for (int i = c * perColumn; i < Math.min(rows.size(), (c + 1) * perColumn); i++) {
              Rectangle ink = inks.get(i);
              double rowHeight = heights.get(i) - ROW_GAP;
              double symbolLeft = x + (symbolWidth - ink.width) / 2.0;
              double symbolTop = y + (rowHeight - ink.height) / 2.0;
              ChartLegend.paintSymbol(
                  g, renderer, rows.get(i), symbolLeft - ink.x, symbolTop - ink.y);
              ReportStyle.prepare(g);
              List<String> lines = texts.get(i);
              double textTop = y + (rowHeight - lines.size() * line) / 2;
              ReportStyle.lines(
                  g, style.table, ReportStyle.INK, lines, x + symbolWidth + SYMBOL_GAP, textTop);
              y += heights.get(i);
            }
          }
          ReportStyle.lines(
              g, style.table, ReportStyle.MUTED, sidesLines, 0, headingHeight + rowsHeight + 2);
        });
    flow.space(12);
  }
}
