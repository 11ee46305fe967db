package app.myomap.export;

import app.myomap.model.BodyView;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns what a practitioner chose ({@link ExportChoice}) into the files of each visit, as the
 * window and {@code myomap export} both write them: a PDF report per visit, or a PNG or SVG picture
 * per visit and view. Also draws the small preview the export dialog shows.
 */
public final class ExportFiles {
  /** The views a picture export draws of a visit with no marks: the whole body, front and back. */
  private static final List<BodyView> UNCHARTED = List.of(BodyView.ANTERIOR, BodyView.POSTERIOR);

  /** The longest side of the dialog's preview, in pixels. */
  private static final int PREVIEW_PX = 340;

  private ExportFiles() {}

  /**
   * The files {@code choice} makes of a visit; a report's footer names {@code generator} and the
   * time {@code clock} tells when it is written; dates are told in {@code zone}.
   *
   * @throws IllegalArgumentException if the size or density is out of range
   */
  public static VisitFiles of(ExportChoice choice, String generator, Clock clock, ZoneId zone) {
    return of(choice, generator, clock, zone, visit -> Optional.empty());
  }

  /**
   * The files {@code choice} makes of a visit, as {@link #of(ExportChoice, String, Clock, ZoneId)};
   * a PDF report ends with the comparison {@code comparison} gives for its visit, if any (for
   * example with the visit before it).
   *
   * @throws IllegalArgumentException if the size or density is out of range
   */
  public static VisitFiles of(
      ExportChoice choice,
      String generator,
      Clock clock,
      ZoneId zone,
      Function<OpenedVisit, Optional<ComparedVisits>> comparison) {
    if (choice.format() == ExportFormat.PDF) {
      return visit -> {
        Optional<ComparedVisits> compared = comparison.apply(visit);
        return List.of(
            new VisitFiles.Named(
                ExportNames.report(visit, zone),
                out -> {
                  ReportSettings settings =
                      new ReportSettings(
                          choice.paper(), zone, generator, clock.instant(), Locale.ENGLISH);
                  PdfReport.write(
                      compared.isPresent()
                          ? VisitReport.withComparison(compared.get(), settings)
                          : VisitReport.of(visit, settings),
                      out);
                }));
      };
    }
    PictureSettings settings = pictureSettings(choice, zone);
    boolean png = choice.format() == ExportFormat.PNG;
    return visit -> {
      PictureExport pictures = new PictureExport();
      return views(choice, visit).stream()
          .map(
              view ->
                  new VisitFiles.Named(
                      ExportNames.of(visit, view, choice.format(), zone),
                      out -> {
                        if (png) {
                          pictures.writePng(visit, view, settings, out);
                        } else {
                          pictures.writeSvg(visit, view, settings, out);
                        }
                      }))
          .toList();
    };
  }

  /** The report of {@code visit} on {@code paper}, made now. */
  public static VisitReport report(
      OpenedVisit visit, Paper paper, String generator, Clock clock, ZoneId zone) {
    return VisitReport.of(
        visit, new ReportSettings(paper, zone, generator, clock.instant(), Locale.ENGLISH));
  }

  /**
   * The picture settings of {@code choice}.
   *
   * @throws IllegalArgumentException if the size or density is out of range
   */
  static PictureSettings pictureSettings(ExportChoice choice, ZoneId zone) {
    PictureSettings size =
        choice.pixels().isPresent()
            ? PictureSettings.ofPixels(
                choice.pixels().get().width, choice.pixels().get().height, choice.dpi())
            : PictureSettings.onPaper(choice.paper(), choice.dpi());
    return size.withTransparentBackground(choice.transparent())
        .withCaption(choice.caption())
        .withLegend(choice.legend())
        .withZone(zone);
  }

  /**
   * The views a picture export draws: those chosen that the visit's atlas version has (a hand
   * chosen for all visits skips a visit charted on v1), else those charted, else front and back.
   */
  static List<BodyView> views(ExportChoice choice, OpenedVisit visit) {
    if (!choice.views().isEmpty()) {
      return choice.views().stream().filter(visit.atlas()::hasView).toList();
    }
    List<BodyView> charted = visit.markedViews();
    return charted.isEmpty() ? UNCHARTED : charted;
  }

  /**
   * The first file {@code choice} makes of {@code visit}, drawn small (at most {@value #PREVIEW_PX}
   * pixels a side) but laid out as it will be written: a picture's first view, or the report's
   * first page.
   */
  public static BufferedImage preview(
      OpenedVisit visit, ExportChoice choice, ZoneId zone, String generator, Clock clock) {
    if (choice.format() == ExportFormat.PDF) {
      VisitReport report = report(visit, choice.paper(), generator, clock, zone);
      double scale = PREVIEW_PX / Math.max(report.pageWidthPt(), report.pageHeightPt());
      BufferedImage page =
          new BufferedImage(
              (int) Math.round(report.pageWidthPt() * scale),
              (int) Math.round(report.pageHeightPt() * scale),
              BufferedImage.TYPE_INT_RGB);
      Graphics2D g = page.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.scale(scale, scale);
        report.paintPage(g, 0);
      } finally {
        g.dispose();
      }
      return page;
    }
    PictureSettings full = pictureSettings(choice, zone);
    double factor = (double) PREVIEW_PX / Math.max(full.widthPx(), full.heightPx());
    Dimension small =
        new Dimension(
            Math.max(1, (int) Math.round(full.widthPx() * factor)),
            Math.max(1, (int) Math.round(full.heightPx() * factor)));
    PictureSettings reduced =
        PictureSettings.ofPixels(
                small.width, small.height, Math.max(PictureSettings.MIN_DPI, full.dpi() * factor))
            .withTransparentBackground(false)
            .withCaption(full.caption())
            .withLegend(full.legend())
            .withZone(zone);
    return new PictureExport().image(visit, views(choice, visit).get(0), reduced);
  }
}
