package app.myomap.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.session.OpenedVisit;
import app.myomap.session.SampleDatabase;
import app.myomap.session.VisitRecords;
import app.myomap.store.Database;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPrintableTest {
  @TempDir Path folder;

  @Test
  void printsTheReportPagesScaledToTheImageableArea() throws Exception {
    try (Database database = Database.open(folder.resolve("myomap.db"))) {
      Atlas atlas = Atlas.load("v1");
      Patient patient = new SampleDatabase(database, atlas, Instant.now()).write();
      VisitRecords records = new VisitRecords(database);
      // The first visit: its trigger points are active and refer pain, drawn in red.
      var visits = records.visits(patient);
      OpenedVisit visit = records.open(patient, visits.get(visits.size() - 1));
      VisitReport report =
          VisitReport.of(visit, PdfReportTest.settings(app.myomap.export.Paper.LETTER));
      PageFormat format = new PageFormat();
      Paper paper = new Paper();
      paper.setSize(612, 792);
      paper.setImageableArea(36, 36, 540, 720);
      format.setPaper(paper);
      ReportPrintable printable = new ReportPrintable(report, format);

      assertThat(printable.getNumberOfPages()).isEqualTo(report.pageCount());
      BufferedImage page = new BufferedImage(612, 792, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = page.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 612, 792);
      int result = printable.getPrintable(0).print(g, printable.getPageFormat(0), 0);
      g.dispose();

      String keep = System.getProperty("myomap.report.dir");
      if (keep != null) {
        javax.imageio.ImageIO.write(
            page,
            "png",
            java.nio.file.Files.createDirectories(Path.of(keep)).resolve("printed.png").toFile());
      }
      assertThat(result).isEqualTo(Printable.PAGE_EXISTS);
      assertThat(printable.print(page.createGraphics(), format, report.pageCount()))
          .isEqualTo(Printable.NO_SUCH_PAGE);
      int ink = 0;
      int outsideImageable = 0;
      int red = 0;
      for (int y = 0; y < 792; y++) {
        for (int x = 0; x < 612; x++) {
          int rgb = page.getRGB(x, y) & 0xFFFFFF;
          if (rgb != 0xFFFFFF) {
            ink++;
            if (x < 36 || x >= 576 || y < 36 || y >= 756) {
              outsideImageable++;
            }
            Color c = new Color(rgb);
            if (c.getRed() > 150 && c.getGreen() < 110 && c.getBlue() < 110) {
              red++;
            }
          }
        }
      }
      assertThat(ink).as("inked pixels").isGreaterThan(10_000);
      assertThat(outsideImageable).as("ink outside the imageable area").isZero();
      assertThat(red).as("pixels of an active trigger point or essential zone").isGreaterThan(20);
    }
  }
}
