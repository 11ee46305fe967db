package app.myomap.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link VisitReport} as a PDF: one page per report page, drawn in vectors through
 * pdfbox-graphics2d, with every text as real, selectable text in the bundled DejaVu Sans, embedded
 * as a subset of the glyphs used.
 */
public final class PdfReport {
  private PdfReport() {}

  /**
   * Writes {@code report} to {@code target} whole or not at all (see {@link AtomicFile}).
   *
   * @throws IOException if the file cannot be written; the target is then as it was
   */
  public static void write(ReportPages report, Path target) throws IOException {
    AtomicFile.write(target, out -> write(report, out));
  }

  /** Writes {@code report} as a PDF to {@code out}, which it leaves open. */
  public static void write(ReportPages report, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument();
        EmbeddedFonts fonts = new EmbeddedFonts(ReportFonts.bundled())) {
      PDRectangle size =
          new PDRectangle((float) report.pageWidthPt(), (float) report.pageHeightPt());
      for (int i = 0; i < report.pageCount(); i++) {
        int index = i;
        addPage(document, fonts, size, g -> report.paintPage(g, index));
      }
      describe(document.getDocumentInformation(), report);
      document.save(out);
    }
  }

  /**
   * Loads what writing a report takes (PDFBox, its font subsetter, the bundled fonts) by writing a
   * line in each face to nowhere. A cold {@code myomap export} is mostly class loading, so the
   * command line runs this while the database opens; a failure here is left for the real report to
   * meet and report.
   */
  public static void prepare() {
    try (PDDocument document = new PDDocument();
        EmbeddedFonts fonts = new EmbeddedFonts(ReportFonts.bundled())) {
      addPage(
          document,
          fonts,
          PDRectangle.A6,
          g -> {
            g.setFont(ReportFonts.bundled().regular(10));
            g.drawString("MyoMap", 10, 20);
            g.setFont(ReportFonts.bundled().bold(10));
            g.drawString("MyoMap", 10, 40);
          });
      document.save(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      java.util.logging.Logger.getLogger(PdfReport.class.getName())
          .log(java.util.logging.Level.FINE, "Preparing the report writer failed", e);
    }
  }

  /** Adds a page of {@code size} to {@code document}, drawn by {@code paint} in vectors. */
  private static void addPage(
      PDDocument document,
      EmbeddedFonts fonts,
      PDRectangle size,
      java.util.function.Consumer<java.awt.Graphics2D> paint)
      throws IOException {
    PDPage page = new PDPage(size);
    document.addPage(page);
    PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, size);
    g.setFontTextDrawer(fonts);
    try {
      paint.accept(g);
    } finally {
      g.dispose();
    }
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.drawForm(g.getXFormObject());
    }
  }

  private static void describe(PDDocumentInformation information, ReportPages report) {
    information.setTitle(report.title() + " \u2013 " + report.patientName());
    information.setAuthor(report.author());
    information.setCreator(report.settings().generator());
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone(report.settings().zone()));
    created.setTimeInMillis(report.settings().generatedAt().toEpochMilli());
    information.setCreationDate(created);
  }

  /**
   * The text drawer of one document: every font the report or the picture routine asks for (the
   * picture draws in the logical SansSerif) is set in the embedded DejaVu Sans, bold or regular by
   * its style, so no text falls back to vector outlines. Each face is loaded into the document the
   * first time it is used, as a subset.
   */
  private static final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
    private final ReportFonts source;
    private PDFont regular;
    private PDFont bold;

    EmbeddedFonts(ReportFonts source) {
      this.source = source;
    }

    @Override
    protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env)
        throws IOException {
      if (ReportFonts.isBold(font)) {
        if (bold == null) {
          bold = PDType0Font.load(env.getDocument(), source.boldFile());
        }
        return bold;
      }
      if (regular == null) {
        regular = PDType0Font.load(env.getDocument(), source.regularFile());
      }
      return regular;
    }
  }
}
