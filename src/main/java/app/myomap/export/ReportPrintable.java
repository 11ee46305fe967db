package app.myomap.export;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;

/**
 * Prints a {@link VisitReport}: its pages, the same as the PDF's, each scaled to fit the imageable
 * area of the printer's page format and centred there. Give it to {@link
 * java.awt.print.PrinterJob#setPageable}, or as a {@link Printable} with a page format of the
 * user's choice.
 */
public final class ReportPrintable implements Pageable, Printable {
  private final VisitReport report;
  private final PageFormat format;

  /** Prints {@code report} on pages of {@code format}. */
  public ReportPrintable(VisitReport report, PageFormat format) {
    this.report = report;
    this.format = format;
  }

  @Override
  public int getNumberOfPages() {
    return report.pageCount();
  }

  @Override
  public PageFormat getPageFormat(int pageIndex) {
    check(pageIndex);
    return format;
  }

  @Override
  public Printable getPrintable(int pageIndex) {
    check(pageIndex);
    return this;
  }

  /**
   * Paints page {@code pageIndex} of the report into {@code graphics}, scaled to the imageable area
   * of {@code pageFormat}.
   */
  @Override
  public int print(Graphics graphics, PageFormat pageFormat, int pageIndex) {
    if (pageIndex < 0 || pageIndex >= report.pageCount()) {
      return NO_SUCH_PAGE;
    }
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      double scale =
          Math.min(
              pageFormat.getImageableWidth() / report.pageWidthPt(),
              pageFormat.getImageableHeight() / report.pageHeightPt());
      double left =
          pageFormat.getImageableX()
              + (pageFormat.getImageableWidth() - report.pageWidthPt() * scale) / 2;
      double top =
          pageFormat.getImageableY()
              + (pageFormat.getImageableHeight() - report.pageHeightPt() * scale) / 2;
      g.translate(left, top);
      g.scale(scale, scale);
      g.setColor(Color.WHITE);
      g.fill(new Rectangle2D.Double(0, 0, report.pageWidthPt(), report.pageHeightPt()));
      report.paintPage(g, pageIndex);
    } finally {
      g.dispose();
    }
    return PAGE_EXISTS;
  }

  private void check(int pageIndex) {
    if (pageIndex < 0 || pageIndex >= report.pageCount()) {
      throw new IndexOutOfBoundsException(
          "page " + pageIndex + " of a report of " + report.pageCount());
    }
  }
}
