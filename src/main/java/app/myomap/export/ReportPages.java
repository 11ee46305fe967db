package app.myomap.export;

import java.awt.Graphics2D;

/**
 * Numbered pages of a report, laid out in points, that the PDF writer and print paint one by one: a
 * visit report, or a patient's whole record made of several.
 */
public interface ReportPages {

  /** The title, as the PDF's properties name it. */
  String title();

  /** Whom the report is about, for the PDF's properties. */
  String patientName();

  /** Who charted what the report shows, for the PDF's properties. */
  String author();

  /** The paper, time zone and generator the report was made with. */
  ReportSettings settings();

  /** The page width in points. */
  double pageWidthPt();

  /** The page height in points. */
  double pageHeightPt();

  /** The number of pages, at least one. */
  int pageCount();

  /**
   * Paints page {@code pageIndex} (from 0) into {@code g}, whose user space is the page in points
   * with its origin at the top left corner.
   */
  void paintPage(Graphics2D g, int pageIndex);
}
