package app.myomap.export;

import app.myomap.model.BodyView;
import app.myomap.session.ComparedVisits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Exports the comparison of two visits, as the compare window and {@code myomap export --compare}
 * both write it: a PDF comparison report (a head naming the patient and both visits, then every
 * view either visit charted, the difference map, its legend, the measures and every trigger point's
 * fate), or a PNG picture of one view's comparison laid out like a report page (head, the two
 * visits and the difference map, legend, measures) on the picture settings' paper or pixels.
 *
 * <p>Not thread-safe: each thread uses its own.
 */
public final class ComparisonExport {
  /** The room around a picture's content, in points. */
  private static final double PICTURE_MARGIN_PT = 24;

  /** The views a comparison draws when neither visit has marks: the whole body, front and back. */
  private static final List<BodyView> UNCHARTED = List.of(BodyView.ANTERIOR, BodyView.POSTERIOR);

  /** The report of {@code compared} as a PDF to {@code out}, which the caller closes. */
  public void writePdf(ComparedVisits compared, ReportSettings settings, OutputStream out)
      throws IOException {
    PdfReport.write(VisitReport.comparison(compared, settings), out);
  }

  /**
   * The picture of the comparison of {@code view}: opaque RGB on white, or ARGB on nothing when the
   * settings ask for a transparent background. With the settings' caption it is headed by the
   * patient and both visits; with their legend it explains the difference map. Text and marks grow
   * with the density as a printed page's would.
   */
  public BufferedImage image(ComparedVisits compared, BodyView view, PictureSettings settings) {
    BufferedImage image =
        new BufferedImage(
            settings.widthPx(),
            settings.heightPx(),
            settings.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      if (!settings.transparent()) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
      }
      paintPicture(g, compared, view, settings);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Writes the picture of the comparison of {@code view} as PNG to {@code out}, with its DPI. */
  public void writePng(
      ComparedVisits compared, BodyView view, PictureSettings settings, OutputStream out)
      throws IOException {
    PngFile.write(image(compared, view, settings), settings.dpi(), out);
  }

  /**
   * Lays the picture out in points, as a page {@code settings} wide and high at their density, and
   * paints it scaled to the pixels; content taller than the page is laid out whole and drawn
   * smaller, never cut off.
   */
  private static void paintPicture(
      Graphics2D g, ComparedVisits compared, BodyView view, PictureSettings settings) {
    double pointsPerPixel = 72 / settings.dpi();
    double widthPt = settings.widthPx() * pointsPerPixel - 2 * PICTURE_MARGIN_PT;
    double heightPt = settings.heightPx() * pointsPerPixel - 2 * PICTURE_MARGIN_PT;
    ReportSettings report =
        new ReportSettings(
            settings.paper().orElse(Paper.A4),
            settings.zone(),
            "MyoMap",
            compared.later().visit().startedAt(),
            Locale.ENGLISH);
    ReportStyle style = new ReportStyle(ReportFonts.bundled());
    ReportDates dates = new ReportDates(report);
    List<ReportSection> sections =
        settings.caption()
            ? List.of(
                HeaderSection.comparison(style, dates, compared),
                ComparisonSection.alone(
                    style, dates, compared, List.of(view), settings.legend(), false))
            : List.of(
                ComparisonSection.alone(
                    style, dates, compared, List.of(view), settings.legend(), false));
    ReportFlow flow = layOut(compared, report, sections, widthPt, heightPt);
    double scale = 1 / pointsPerPixel;
    if (flow.pages().size() > 1) {
      flow = layOut(compared, report, sections, widthPt, Double.MAX_VALUE / 4);
      scale = Math.min(scale, settings.heightPx() / (flow.usedPt() + 2 * PICTURE_MARGIN_PT));
    }
    Graphics2D page = (Graphics2D) g.create();
    try {
      page.scale(scale, scale);
      page.translate(PICTURE_MARGIN_PT, PICTURE_MARGIN_PT);
      ReportStyle.prepare(page);
      for (ReportFlow.Placed placed : flow.pages().get(0)) {
        Graphics2D block = (Graphics2D) page.create();
        try {
          block.translate(0, placed.topPt());
          ReportStyle.prepare(block);
          placed.block().paint(block, widthPt);
        } finally {
          block.dispose();
        }
      }
    } finally {
      page.dispose();
    }
  }

  private static ReportFlow layOut(
      ComparedVisits compared,
      ReportSettings report,
      List<ReportSection> sections,
      double widthPt,
      double heightPt) {
    ReportFlow flow = new ReportFlow(compared.later(), report, widthPt, heightPt);
    sections.forEach(section -> section.layOut(flow));
    return flow;
  }

  /** The views a picture export of {@code compared} draws: those chosen, else those charted. */
  public static List<BodyView> views(List<BodyView> chosen, ComparedVisits compared) {
    if (!chosen.isEmpty()) {
      return List.copyOf(chosen);
    }
    List<BodyView> charted = compared.markedViews();
    return charted.isEmpty() ? UNCHARTED : charted;
  }

  /**
   * The files {@code choice} makes of {@code compared}: one PDF report, or a PNG picture per view
   * (those chosen, else every view either visit charted); a report's footer names {@code generator}
   * and the time {@code clock} tells; dates in {@code zone}.
   *
   * @throws IllegalArgumentException for SVG (a comparison is written as PDF or PNG), or a size or
   *     density out of range
   */
  public static List<VisitFiles.Named> files(
      ComparedVisits compared, ExportChoice choice, String generator, Clock clock, ZoneId zone) {
    return switch (choice.format()) {
      case PDF -> {
        ReportSettings settings =
            new ReportSettings(choice.paper(), zone, generator, clock.instant(), Locale.ENGLISH);
        yield List.of(
            new VisitFiles.Named(
                ExportNames.comparison(compared, null, ExportFormat.PDF, zone),
                out -> new ComparisonExport().writePdf(compared, settings, out)));
      }
      case PNG -> {
        PictureSettings settings = ExportFiles.pictureSettings(choice, zone);
        ComparisonExport pictures = new ComparisonExport();
        yield views(choice.views(), compared).stream()
            .map(
                view ->
                    new VisitFiles.Named(
                        ExportNames.comparison(compared, view, ExportFormat.PNG, zone),
                        out -> pictures.writePng(compared, view, settings, out)))
            .toList();
      }
      case SVG -> throw new IllegalArgumentException("a comparison is written as pdf or png");
    };
  }
}
