package app.myomap.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.session.ComparedVisits;
import app.myomap.store.Database;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison of two visits exported: a PDF report whose page shows both visits, the difference
 * map and the measures as real text in the embedded font and vectors only; the same appended to a
 * visit's report; a PNG of one view's comparison; and visits on different atlas versions, whose
 * difference map and agreement are left out with the reason.
 */
class ComparisonExportTest {
  private static final ZoneId ZONE = ZoneOffset.UTC;

  @TempDir Path folder;
  private Database database;
  private ComparedFixtures fixtures;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(folder.resolve("compare.db"));
    fixtures = new ComparedFixtures(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static ReportSettings settings() {
    return new ReportSettings(
        Paper.A4, ZONE, "MyoMap 0.1.0", PdfReportTest.GENERATED, Locale.ENGLISH);
  }

  @Test
  void theComparisonReportShowsBothVisitsTheFatesAndTheMeasuresAsText() throws Exception {
    ComparedVisits compared = fixtures.compare(1, 2);
    byte[] bytes = pdf(compared, "comparison.pdf");

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("Visit comparison", ComparedFixtures.PATIENT, ComparedFixtures.RECORD_NUMBER)
          .contains("Earlier · 26 Nov 2026", "Later · 6 Dec 2026", "Difference")
          .contains("26 Nov 2026, 09:30", "6 Dec 2026, 09:30", "by Alex Morgan", "10 days apart")
          .contains("Painted areas New (later visit only) Resolved (earlier visit only)");
      // The legend counts one trigger point of each fate.
      assertThat(text).contains("Trigger points New 1 Resolved 1 Persisting 1 Changed 1");
      assertThat(text)
          .contains("Active trigger points 3 2 -1")
          .contains("Latent trigger points 0 1 +1")
          .contains("Twitch responses in total 2 2 +0")
          .contains("Points needled 0 1 +1")
          .containsPattern(
              "Pain extent \\(front and back\\) \\d+\\.\\d % \\d+\\.\\d % [+-]\\d+\\.\\d pp,")
          .contains("within measurement error")
          .containsPattern(
              "Location agreement of the painted areas \\(Jaccard index\\): 0\\.\\d\\d");
      assertThat(text)
          .contains("Trigger points between the visits")
          .contains("Rhomboids Left Posterior New — Active")
          .contains("Infraspinatus Right Posterior Resolved Active —")
          .contains("Levator scapulae Left Posterior Changed Active Latent")
          .contains(
              "Upper trapezius Right Posterior Persisting Active, 2 twitches Active, 2 twitches,");
      assertThat(text.replaceAll("\\s+", " ")).contains("2 twitches, needled");
      assertVectorWithEmbeddedFonts(pdf);
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Visit comparison – Casey Compare");
    }
  }

  @Test
  void aVisitReportCanEndWithTheComparisonOnPagesOfItsOwn() throws Exception {
    ComparedVisits compared = fixtures.compare(1, 2);
    VisitReport plain = VisitReport.of(compared.later(), settings());
    VisitReport report = VisitReport.withComparison(compared, settings());
    assertThat(report.pageCount()).isGreaterThan(plain.pageCount());

    try (PDDocument pdf = Loader.loadPDF(PdfReportTest.pdf(report))) {
      String before = text(pdf, 1, plain.pageCount());
      String after = text(pdf, plain.pageCount() + 1, pdf.getNumberOfPages());
      assertThat(before).doesNotContain("Comparison with an earlier visit");
      assertThat(after)
          .startsWith(ComparedFixtures.PATIENT)
          .contains("Comparison with an earlier visit")
          .contains("Earlier visit 26 Nov 2026, 09:30; later visit 6 Dec 2026, 09:30")
          .contains("Active trigger points 3 2 -1");
      assertThat(text(pdf, 1, 1)).contains("Visit report");
      assertVectorWithEmbeddedFonts(pdf);
    }
  }

  @Test
  void aReportExportCanEndEachVisitWithItsComparison() throws Exception {
    ComparedVisits compared = fixtures.compare(1, 2);
    ExportChoice pdf =
        new ExportChoice(
            ExportFormat.PDF,
            List.of(),
            Paper.A4,
            300,
            java.util.Optional.empty(),
            true,
            true,
            false);
    VisitFiles files =
        ExportFiles.of(
            pdf,
            "MyoMap",
            Clock.fixed(PdfReportTest.GENERATED, ZONE),
            ZONE,
            visit -> java.util.Optional.of(compared));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.of(compared.later()).get(0).content().writeTo(out);
    try (PDDocument report = Loader.loadPDF(out.toByteArray())) {
      assertThat(text(report, 1, report.getNumberOfPages()))
          .contains("Visit report", "Comparison with an earlier visit");
    }
  }

  @Test
  void twoEmptyVisitsStillMakeAComparisonSayingSo() throws Exception {
    var patient = ChartedVisits.patient(database, "Nora None", "");
    java.util.List<app.myomap.model.Visit> visits = new java.util.ArrayList<>();
    for (int day = 0; day < 2; day++) {
      app.myomap.model.Visit visit =
          new app.myomap.model.Visit(
              java.util.UUID.randomUUID().toString(),
              patient.id(),
              ComparedFixtures.FIRST.plus(java.time.Duration.ofDays(day)),
              "v1",
              ChartedVisits.PRACTITIONER);
      new app.myomap.store.VisitStore(database).create(visit);
      visits.add(visit);
    }
    ComparedVisits compared =
        ComparedVisits.of(
            fixtures.records.open(patient, visits.get(0)),
            fixtures.records.open(patient, visits.get(1)),
            new app.myomap.compare.VisitComparer());

    try (PDDocument pdf = Loader.loadPDF(pdf(compared, "empty.pdf"))) {
      assertThat(text(pdf, 1, pdf.getNumberOfPages()))
          .contains("Nora None", "1 day apart")
          .contains("Neither visit has anything charted.")
          .contains("Neither visit has trigger points.")
          .contains("Active trigger points 0 0 +0");
    }
  }

  @Test
  void acrossAtlasVersionsTheEarlierMarksAreCarriedOverAndCompareAsOnOneVersion() throws Exception {
    // v9 has v1's drawings and landmarks, so the warp between them moves nothing.
    ComparedVisits across = fixtures.compareAcrossVersions(1, 2);
    ComparedVisits same = fixtures.compare(1, 2);

    assertThat(across.sameAtlas()).isFalse();
    assertThat(across.laidOver()).isTrue();
    assertThat(across.comparison().locationAgreement())
        .isEqualTo(same.comparison().locationAgreement());
    assertThat(across.points())
        .extracting(p -> p.fate())
        .containsExactlyInAnyOrderElementsOf(same.points().stream().map(p -> p.fate()).toList());
    try (PDDocument pdf = Loader.loadPDF(pdf(across, "across-versions.pdf"))) {
      String text = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(text)
          .contains("charted on different atlas versions (v9 and v1)")
          .contains("v9 and v1 (different versions)")
          .contains("New (later visit only)")
          .contains("Levator scapulae Left Posterior Changed Active Latent")
          .containsPattern(
              "Location agreement of the painted areas \\(Jaccard index\\): 0\\.\\d\\d");
      assertThat(text.replaceAll("\\s+", " "))
          .contains("the earlier visit's marks are carried onto v1 through the map between the")
          .doesNotContain("No difference map");
    }
  }

  @Test
  void aPngOfOneViewIsAPageAtItsDensityWithTheDifferenceMapInColour() throws Exception {
    ComparedVisits compared = fixtures.compare(1, 2);
    PictureSettings settings = PictureSettings.onPaper(Paper.A4, 100).withZone(ZONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ComparisonExport().writePng(compared, BodyView.POSTERIOR, settings, out);
    keep("comparison-posterior.png", out.toByteArray());

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(image.getWidth()).isEqualTo(827);
    assertThat(image.getHeight()).isEqualTo(1169);
    assertThat(dpi(out.toByteArray())).isCloseTo(100, org.assertj.core.data.Offset.offset(0.5));
    assertThat(image.getRGB(2, 2)).isEqualTo(Color.WHITE.getRGB());
    // The new zone's orange lies in the right third, the difference map (and in the legend, below
    // the pictures); the two visits' pictures in the left and middle thirds have none.
    int pictureBottom = image.getHeight() * 3 / 5;
    int[] orange = new int[3];
    for (int y = 0; y < pictureBottom; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() > 230 && c.getGreen() > 150 && c.getGreen() < 190 && c.getBlue() < 120) {
          orange[x * 3 / image.getWidth()]++;
        }
      }
    }
    assertThat(orange[2]).as("new zone pixels in the difference map").isGreaterThan(100);
    assertThat(orange[0] + orange[1]).as("orange in the visits' pictures").isZero();
  }

  @Test
  void aTransparentPngWithoutCaptionHasNoBackground() {
    ComparedVisits compared = fixtures.compare(0, 2);
    PictureSettings settings =
        PictureSettings.ofPixels(900, 700, 96)
            .withTransparentBackground(true)
            .withCaption(false)
            .withZone(ZONE);
    BufferedImage image = new ComparisonExport().image(compared, BodyView.POSTERIOR, settings);
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(new Color(image.getRGB(1, 1), true).getAlpha()).isZero();
  }

  @Test
  void filesAreNamedByRecordNumberAndBothVisitsAndSvgIsRefused() {
    ComparedVisits compared = fixtures.compare(1, 2);
    Clock clock = Clock.fixed(PdfReportTest.GENERATED, ZONE);
    ExportChoice pdf =
        new ExportChoice(
            ExportFormat.PDF,
            List.of(),
            Paper.A4,
            300,
            java.util.Optional.empty(),
            true,
            true,
            false);
    assertThat(ComparisonExport.files(compared, pdf, "MyoMap", clock, ZONE))
        .extracting(VisitFiles.Named::name)
        .containsExactly("MRN-77_compare_2026-11-26_0930_2026-12-06_0930.pdf");
    ExportChoice png =
        new ExportChoice(
            ExportFormat.PNG,
            List.of(),
            Paper.A4,
            150,
            java.util.Optional.empty(),
            true,
            true,
            false);
    assertThat(ComparisonExport.files(compared, png, "MyoMap", clock, ZONE))
        .extracting(VisitFiles.Named::name)
        .containsExactly("MRN-77_compare_2026-11-26_0930_2026-12-06_0930_posterior.png");
    ExportChoice svg =
        new ExportChoice(
            ExportFormat.SVG,
            List.of(),
            Paper.A4,
            150,
            java.util.Optional.empty(),
            true,
            true,
            false);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ComparisonExport.files(compared, svg, "MyoMap", clock, ZONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private byte[] pdf(ComparedVisits compared, String keepAs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ComparisonExport().writePdf(compared, settings(), out);
    keep(keepAs, out.toByteArray());
    return out.toByteArray();
  }

  /** With {@code -Dmyomap.report.dir=FOLDER} the file is kept there to look at. */
  private static void keep(String name, byte[] bytes) throws IOException {
    String keep = System.getProperty("myomap.report.dir");
    if (keep != null) {
      Files.write(Files.createDirectories(Path.of(keep)).resolve(name), bytes);
    }
  }

  private static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf).replace("\r", "").replaceAll("[ \\t]+", " ");
  }

  private static void assertVectorWithEmbeddedFonts(PDDocument pdf) throws IOException {
    List<String> images = new java.util.ArrayList<>();
    List<PDFont> fonts = new java.util.ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      collect(page.getResources(), images, fonts);
    }
    assertThat(images).as("image XObjects").isEmpty();
    assertThat(fonts).isNotEmpty();
    for (PDFont font : fonts) {
      assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      assertThat(font.getName()).contains("DejaVuSans");
    }
  }

  private static void collect(PDResources resources, List<String> images, List<PDFont> fonts)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        images.add(name.getName());
      } else if (object instanceof PDFormXObject form) {
        collect(form.getResources(), images, fonts);
      }
    }
    for (COSName name : resources.getPatternNames()) {
      if (resources.getPattern(name)
          instanceof org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern tiling) {
        collect(tiling.getResources(), images, fonts);
      }
    }
  }

  /** The density a PNG records in its pHYs chunk, in dots per inch. */
  private static double dpi(byte[] png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
      reader.setInput(in);
      IIOMetadata metadata = reader.getImageMetadata(0);
      org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_png_1.0");
      for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("pHYs")) {
          String perMetre = n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue();
          return Long.parseLong(perMetre) * 0.0254;
        }
      }
      throw new AssertionError("no pHYs chunk");
    }
  }
}
