package app.myomap.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.model.Practitioner;
import app.myomap.model.Visit;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.store.Database;
import app.myomap.store.PractitionerStore;
import app.myomap.store.SignatureStore;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed visit's report carries the handwritten signature of the practitioner who signed it when
 * their profile holds one; a draft carries none.
 */
class SignatureImageReportTest {
  @TempDir Path folder;
  private Database database;
  private Atlas atlas;
  private VisitRecords records;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    atlas = Atlas.load("v1");
    records = new VisitRecords(database);
    records.remember(atlas);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void theSignersHandwrittenSignatureIsDrawnUnderTheSignatures() throws Exception {
    Practitioner named = Practitioner.named("draft", ChartedVisits.PRACTITIONER);
    new PractitionerStore(database)
        .add(
            new Practitioner(
                named.id(),
                1,
                named.name(),
                "Physiotherapist",
                "BPhty",
                "PHY0001234567",
                "",
                signaturePng(),
                null,
                false));
    Patient patient = ChartedVisits.patient(database, "Jordan Lee", "MRN-1");
    Visit visit =
        ChartedVisits.fourViewVisit(
            database, atlas, patient, Instant.now().truncatedTo(ChronoUnit.MINUTES), 1);

    Path draft = folder.resolve("draft.pdf");
    PdfReport.write(VisitReport.of(records.open(patient, visit), settings()), draft);
    assertThat(images(draft)).isZero();

    new SignatureStore(database).sign(visit.id(), ChartedVisits.PRACTITIONER);
    OpenedVisit signed = records.open(patient, visit);
    Path file = folder.resolve("signed.pdf");
    PdfReport.write(VisitReport.of(signed, settings()), file);

    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains(ChartedVisits.PRACTITIONER + ", signed");
    }
    assertThat(images(file)).isEqualTo(1);
  }

  private static ReportSettings settings() {
    return new ReportSettings(
        Paper.A4, java.time.ZoneId.of("Australia/Sydney"), "MyoMap", Instant.now(), Locale.ENGLISH);
  }

  /** The image objects the document's pages draw, directly or inside forms. */
  private static int images(Path file) throws Exception {
    int count = 0;
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      for (PDPage page : pdf.getPages()) {
        count += images(page.getResources());
      }
    }
    return count;
  }

  private static int images(PDResources resources) throws Exception {
    int count = 0;
    if (resources == null) {
      return 0;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        count++;
      } else if (object instanceof PDFormXObject form) {
        count += images(form.getResources());
      }
    }
    return count;
  }

  /** A scrawl on white, as a signature pad gives. */
  private static byte[] signaturePng() throws Exception {
    BufferedImage image = new BufferedImage(300, 90, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 300, 90);
    g.setColor(new Color(0x10, 0x20, 0x60));
    g.setStroke(new BasicStroke(3));
    g.drawPolyline(new int[] {10, 60, 90, 140, 180, 260}, new int[] {70, 20, 75, 15, 70, 30}, 6);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
