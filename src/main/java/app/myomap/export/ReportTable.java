package app.myomap.export;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A titled table of a report: a header row, then one row per finding with each cell wrapped to its
 * column and an optional note set across the whole width beneath it. It breaks across pages between
 * rows, never inside one, and repeats its title (marked continued) and header row on each new page.
 */
final class ReportTable implements ReportSection {
  private static final double PAD_X = 4;
  private static final double PAD_Y = 3;
  private static final double TITLE_GAP = 5;

  /**
   * A column: its title and its share of the table's width.
   *
   * @param weight the column's width relative to the others'
   */
  record Column(String title, double weight) {}

  /**
   * A row: one text per column, and a note set beneath them, empty for none.
   *
   * @param note free text set across the whole row, labelled with the table's note word
   */
  record Row(List<String> cells, String note) {
    Row {
      cells = List.copyOf(cells);
      Objects.requireNonNull(note, "note");
    }
  }

  private final ReportStyle style;
  private final String title;
  private final List<Column> columns;
  private final List<Row> rows;
  private final String emptyText;

  /** A table headed {@code title}; {@code emptyText} stands in for the rows when there are none. */
  ReportTable(
      ReportStyle style, String title, List<Column> columns, List<Row> rows, String emptyText) {
    this.style = style;
    this.title = title;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.emptyText = emptyText;
    for (Row row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of " + row.cells().size() + " cells in a table of " + columns.size());
      }
    }
  }

  @Override
  public void layOut(ReportFlow flow) {
    double[] widths = widths(flow.widthPt());
    double titleHeight = ReportStyle.lineHeight(style.heading) + TITLE_GAP;
    if (rows.isEmpty()) {
      double emptyHeight = ReportStyle.lineHeight(style.body);
      flow.keep(titleHeight + emptyHeight);
      flow.place(titleHeight, (g, w) -> paintTitle(g, title));
      flow.place(
          emptyHeight,
          (g, w) -> ReportStyle.text(g, style.body, ReportStyle.MUTED, emptyText, 0, 0));
      return;
    }
    List<String[]> headerLines = new ArrayList<>();
    double headerHeight = cellsHeight(headerCells(), widths, style.tableBold, headerLines);
    List<Laid> laid = new ArrayList<>();
    for (Row row : rows) {
      laid.add(lay(row, widths, flow.widthPt()));
    }
    flow.keep(titleHeight + headerHeight + laid.get(0).height);
    flow.place(titleHeight, (g, w) -> paintTitle(g, title));
    flow.place(headerHeight, (g, w) -> paintHeader(g, w, widths, headerLines, headerHeight));
    String continued = ExportWords.format("Report.continued", title);
    for (int i = 0; i < laid.size(); i++) {
      Laid row = laid.get(i);
      if (row.height > flow.remainingPt() && !flow.atPageTop()) {
        flow.newPage();
        flow.place(titleHeight, (g, w) -> paintTitle(g, continued));
        flow.place(headerHeight, (g, w) -> paintHeader(g, w, widths, headerLines, headerHeight));
      }
      boolean striped = i % 2 == 1;
      flow.place(row.height, (g, w) -> paintRow(g, w, widths, row, striped));
    }
  }

  /** A row with its cells and note broken into lines, and the height they take. */
  private record Laid(List<String[]> cellLines, List<String> noteLines, double height) {}

  private Laid lay(Row row, double[] widths, double tableWidth) {
    List<String[]> cellLines = new ArrayList<>();
    double height = cellsHeight(row.cells(), widths, style.table, cellLines);
    List<String> noteLines = List.of();
    if (!row.note().isBlank()) {
      String note = ExportWords.format("Report.note", row.note().strip());
      noteLines = ReportStyle.wrap(style.table, note, tableWidth - 2 * PAD_X);
      height += noteLines.size() * ReportStyle.lineHeight(style.table);
    }
    return new Laid(cellLines, noteLines, height);
  }

  private List<String> headerCells() {
    return columns.stream().map(Column::title).toList();
  }

  /** Wraps each cell into {@code out}; returns the height of the tallest, padding included. */
  private static double cellsHeight(
      List<String> cells, double[] widths, java.awt.Font font, List<String[]> out) {
    int most = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> lines = ReportStyle.wrap(font, cells.get(c), widths[c] - 2 * PAD_X);
      out.add(lines.toArray(String[]::new));
      most = Math.max(most, lines.size());
    }
    return most * ReportStyle.lineHeight(font) + 2 * PAD_Y;
  }

  private double[] widths(double tableWidth) {
    double total = columns.stream().mapToDouble(Column::weight).sum();
    double[] widths = new double[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = tableWidth * columns.get(c).weight() / total;
    }
    return widths;
  }

  private void paintTitle(Graphics2D g, String text) {
    ReportStyle.text(g, style.heading, ReportStyle.ACCENT, text, 0, 0);
  }

  private void paintHeader(
      Graphics2D g, double width, double[] widths, List<String[]> lines, double height) {
    g.setColor(ReportStyle.HEADER_FILL);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    g.setColor(ReportStyle.ACCENT);
    g.setStroke(ReportStyle.RULE_STROKE);
    g.draw(new Line2D.Double(0, height, width, height));
    paintCells(g, widths, lines, style.tableBold, ReportStyle.INK);
  }

  private void paintRow(Graphics2D g, double width, double[] widths, Laid row, boolean striped) {
    if (striped) {
      g.setColor(ReportStyle.STRIPE);
      g.fill(new Rectangle2D.Double(0, 0, width, row.height));
    }
    paintCells(g, widths, row.cellLines, style.table, ReportStyle.INK);
    if (!row.noteLines.isEmpty()) {
      double top = row.height - PAD_Y - row.noteLines.size() * ReportStyle.lineHeight(style.table);
      ReportStyle.lines(g, style.table, ReportStyle.MUTED, row.noteLines, PAD_X, top);
    }
    g.setColor(ReportStyle.RULE);
    g.setStroke(ReportStyle.HAIRLINE);
    g.draw(new Line2D.Double(0, row.height, width, row.height));
  }

  private static void paintCells(
      Graphics2D g, double[] widths, List<String[]> lines, java.awt.Font font, java.awt.Color ink) {
    double x = 0;
    for (int c = 0; c < widths.length; c++) {
      ReportStyle.lines(g, font, ink, List.of(lines.get(c)), x + PAD_X, PAD_Y);
      x += widths[c];
    }
  }
}
