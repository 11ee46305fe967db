package app.myomap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.myomap.atlas.Atlas;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.MarkLayerCache;
import app.myomap.chart.MarkStyle;
import app.myomap.chart.OutlineImageCache;
import app.myomap.model.BodyView;
import app.myomap.session.OpenedVisit;
import app.myomap.session.SampleDatabase;
import app.myomap.session.VisitRecords;
import app.myomap.store.Database;
import app.myomap.testing.GoldenImages;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A PNG of one view is the size its paper and density say, records that density, draws each mark
 * where it was placed in its colour on white or on nothing, keeps the body clear of the legend and
 * caption, looks like the window's canvas at the same scale, and is written whole or not at all.
 */
class PictureExportTest {
  @TempDir static Path folder;
  private static ExportFixtures fixtures;
  private final PictureExport export = new PictureExport();

  @BeforeAll
  static void chartAVisit() {
    fixtures = new ExportFixtures(folder);
  }

  @Test
  void anA4PictureAt300DpiIs2480By3508AndRecordsItsDensity() throws IOException {
    PictureSettings a4 = PictureSettings.onPaper(Paper.A4, 300);
    assertThat(a4.widthPx()).isEqualTo(2480);
    assertThat(a4.heightPx()).isEqualTo(3508);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    export.writePng(fixtures.visit, BodyView.POSTERIOR, a4, png);

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    assertThat(read.getWidth()).isEqualTo(2480);
    assertThat(read.getHeight()).isEqualTo(3508);
    assertThat(dpiOf(png.toByteArray())).isCloseTo(300, within(0.05));
    assertThat(PictureSettings.onPaper(Paper.LETTER, 150))
        .extracting(PictureSettings::widthPx, PictureSettings::heightPx)
        .containsExactly(1275, 1650);
  }

  @Test
  void aPixelSizeIsKeptWhateverTheDensity() throws IOException {
    PictureSettings settings = PictureSettings.ofPixels(640, 480, 150);
    BufferedImage image = export.image(fixtures.visit, BodyView.POSTERIOR, settings);
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(480);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    export.writePng(fixtures.visit, BodyView.POSTERIOR, settings, png);
    assertThat(dpiOf(png.toByteArray())).isCloseTo(150, within(0.05));
  }

  @Test
  void thePixelAtAPlacedTriggerPointHasItsColourAndTheXIsCentredThere() {
    for (double dpi : new double[] {150, 300}) {
      PictureSettings settings = PictureSettings.onPaper(Paper.A4, dpi);
      BufferedImage image = export.image(fixtures.visit, BodyView.POSTERIOR, settings);
      Point2D at = fixtures.activeAt(settings);
      assertThat(ExportFixtures.isActiveRed(image.getRGB((int) at.getX(), (int) at.getY())))
          .as("the active red at the placed point at %s DPI", dpi)
          .isTrue();
      double halfPx = MarkStyle.screen().crossHalfPx * settings.markScale();
      Point2D centre = ExportFixtures.redCentre(image, at, halfPx);
      assertThat(centre.distance(at)).as("the X's centre at %s DPI", dpi).isLessThan(1);
    }
  }

  @Test
  void aTransparentPictureIsTransparentAroundTheBodyAndOpaqueOnTheMarks() throws IOException {
    PictureSettings settings =
        PictureSettings.ofPixels(600, 800, 96).withTransparentBackground(true);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    export.writePng(fixtures.visit, BodyView.POSTERIOR, settings, png);
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));

    assertThat(read.getColorModel().hasAlpha()).isTrue();
    assertThat(read.getRGB(300, 2) >>> 24).as("alpha above the body").isZero();
    assertThat(read.getRGB(2, 400) >>> 24).as("alpha beside the body").isZero();
    Point2D at = fixtures.activeAt(settings);
    assertThat(read.getRGB((int) at.getX(), (int) at.getY()) >>> 24)
        .as("alpha at the active trigger point")
        .isEqualTo(255);
    BufferedImage white =
        export.image(fixtures.visit, BodyView.POSTERIOR, PictureSettings.ofPixels(600, 800, 96));
    assertThat(white.getRGB(300, 2)).as("a white picture's background").isEqualTo(0xFFFFFFFF);
  }

  @Test
  void theLegendAndCaptionLeaveTheBodyClear() {
    for (PictureSettings settings :
        List.of(
            PictureSettings.onPaper(Paper.A4, 150),
            PictureSettings.onPaper(Paper.LETTER, 300),
            PictureSettings.ofPixels(1600, 900, 150),
            PictureSettings.ofPixels(700, 700, 96))) {
      BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scratch.createGraphics();
      ChartPicture picture = ChartPicture.vectors();
      PictureLayout layout =
          PictureLayout.of(picture, g, fixtures.visit, BodyView.POSTERIOR, settings);
      Rectangle legend = picture.legendBounds(g, layout.options()).orElseThrow();
      Rectangle caption = picture.captionBounds(g, layout.options()).orElseThrow();
      g.dispose();
      Rectangle2D body =
          layout
              .transform()
              .toScreenTransform()
              .createTransformedShape(fixtures.atlas.view(BodyView.POSTERIOR).viewBox())
              .getBounds2D();
      String size = settings.widthPx() + "x" + settings.heightPx();
      assertThat(body.intersects(legend)).as("body and legend of %s", size).isFalse();
      assertThat(body.intersects(caption)).as("body and caption of %s", size).isFalse();
      assertThat(new Rectangle(0, 0, settings.widthPx(), settings.heightPx()).contains(body))
          .as("the whole body inside %s", size)
          .isTrue();
      assertThat(body.getHeight())
          .as("the body in %s is not squeezed by the legend", size)
          .isGreaterThan(settings.heightPx() * 0.5);
    }
  }

  @Test
  void theCaptionSaysWhoseChartOfWhichVisitByWhom() {
    var caption = VisitCaption.of(fixtures.visit, ZoneId.of("Australia/Sydney"));
    assertThat(caption.lines())
        .containsExactly(
            ExportFixtures.PATIENT,
            "Record " + ExportFixtures.RECORD_NUMBER,
            "Visit 4 Dec 2026, 20:30",
            "Practitioner: " + ExportFixtures.PRACTITIONER);
  }

  /**
   * The window's canvas copies its outline and glyphs from images; the export draws vectors. At the
   * same scale (96 DPI) the two may differ only at the edges of glyphs.
   */
  @Test
  void theExportMatchesTheCanvasPictureAtTheSameScale() throws IOException {
    PictureSettings settings =
        PictureSettings.ofPixels(520, 640, 96).withCaption(false).withLegend(false);
    BufferedImage exported = export.image(fixtures.visit, BodyView.POSTERIOR, settings);
    PictureLayout layout = fixtures.layout(BodyView.POSTERIOR, settings);
    BufferedImage canvas = new BufferedImage(520, 640, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      ChartPicture.cached(
              new ChartRenderer(MarkStyle.screen()), new OutlineImageCache(), new MarkLayerCache())
          .paint(
              g,
              fixtures.atlas.view(BodyView.POSTERIOR),
              fixtures.visit.chart(),
              layout.transform(),
              layout.options());
    } finally {
      g.dispose();
    }
    assertThat(ExportFixtures.redCentre(exported, fixtures.activeAt(settings), 7)).isNotNull();
    GoldenImages.assertAlike(canvas, exported, "canvas-vs-png-export", 0.001);
  }

  @Test
  void aPngIsWrittenWholeReplacingTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = Files.createDirectories(folder.resolve("whole"));
    Path target = out.resolve("chart.png");
    Files.writeString(target, "an older export");
    export.writePng(
        fixtures.visit, BodyView.POSTERIOR, PictureSettings.ofPixels(400, 500, 96), target);

    assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(400);
    assertThat(names(out)).containsExactly("chart.png");
  }

  @Test
  void aFailingWriteLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
    Path out = Files.createDirectories(folder.resolve("failing"));
    Path target = out.resolve("chart.png");
    Files.writeString(target, "an older export");
    BufferedImage image =
        export.image(fixtures.visit, BodyView.POSTERIOR, PictureSettings.ofPixels(400, 500, 96));

    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    stream -> {
                      PngFile.write(image, 96, stream);
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("an older export");
    assertThat(names(out)).containsExactly("chart.png");

    // A target the export cannot replace: a folder of that name holding a file.
    Path folderTarget = Files.createDirectories(out.resolve("taken.png"));
    Files.writeString(folderTarget.resolve("keep.txt"), "kept");
    assertThatThrownBy(
            () ->
                export.writePng(
                    fixtures.visit,
                    BodyView.POSTERIOR,
                    PictureSettings.ofPixels(400, 500, 96),
                    folderTarget))
        .isInstanceOf(IOException.class);
    assertThat(names(out)).containsExactlyInAnyOrder("chart.png", "taken.png");
    assertThat(Files.readString(folderTarget.resolve("keep.txt"))).isEqualTo("kept");
  }

  @Test
  void settingsRefuseWhatCannotBeDrawnInPlainWords() {
    assertThatThrownBy(() -> PictureSettings.onPaper(Paper.A4, 0))
        .hasMessage("the density must be between 10 and 2400 DPI, got 0.0");
    assertThatThrownBy(() -> PictureSettings.ofPixels(0, 100, 150))
        .hasMessageContaining("at least 1 pixel");
    assertThatThrownBy(() -> PictureSettings.ofPixels(20_000, 100, 150))
        .hasMessageContaining("at most 16384 pixels");
    assertThatThrownBy(() -> PictureSettings.ofPixels(16_000, 16_000, 150))
        .hasMessageContaining("at most 67108864 pixels");
    assertThatThrownBy(
            () ->
                new PictureSettings(
                    300,
                    java.util.Optional.of(Paper.A4),
                    100,
                    100,
                    false,
                    true,
                    true,
                    ZoneId.of("UTC")))
        .hasMessage("A4 at 300.0 DPI is 2480x3508 pixels, not 100x100");
    assertThat(PictureSettings.onPaper(Paper.A4, 600).markScale()).isEqualTo(6.25f);
  }

  @Test
  void theSampleDatabasesChartedViewsExport() throws Exception {
    Path file = folder.resolve("sample.db");
    try (Database database = Database.open(file)) {
      Atlas atlas = fixtures.atlas;
      var patient = new SampleDatabase(database, atlas, Instant.now()).write();
      VisitRecords records = new VisitRecords(database);
      records.remember(atlas);
      var visits = records.visits(patient);
      OpenedVisit first = records.open(patient, visits.get(visits.size() - 1));
      for (BodyView view : first.markedViews()) {
        BufferedImage image = export.image(first, view, PictureSettings.onPaper(Paper.A4, 150));
        assertThat(image.getWidth()).isEqualTo(1240);
      }
      assertThat(first.markedViews()).contains(BodyView.POSTERIOR);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** The density a PNG records in its pHYs chunk, in dots per inch. */
  private static double dpiOf(byte[] png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadata metadata = reader.getImageMetadata(0);
      Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
      Element physical = (Element) root.getElementsByTagName("pHYs").item(0);
      assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
      return Double.parseDouble(physical.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
    }
  }
}
