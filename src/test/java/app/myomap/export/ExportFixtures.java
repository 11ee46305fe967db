package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.MarkStyle;
import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.SampleCharts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A visit charted through the real stores in a temporary database and opened through {@link
 * VisitRecords}, as an export opens it: the sample chart of the picture tests on the posterior view
 * (an active and a latent trigger point, an essential and a spillover zone, a burning symptom area
 * and a note pin).
 */
final class ExportFixtures {
  static final String PATIENT = "Jane Citizen";
  static final String RECORD_NUMBER = "MRN-0042";
  static final String PRACTITIONER = "Dr Robin Lee";

  final Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
  final SampleCharts sample = new SampleCharts(atlas);
  final OpenedVisit visit;

  ExportFixtures(Path folder) {
    try (Database database = Database.open(folder.resolve("export.db"))) {
      Patient patient = Patient.create(PATIENT, LocalDate.of(1971, 5, 14), RECORD_NUMBER);
      new PatientStore(database).create(patient, PRACTITIONER);
      Visit started =
          new Visit(
              UUID.randomUUID().toString(),
              patient.id(),
              Instant.parse("2026-12-04T09:30:00Z"),
              atlas.version(),
              PRACTITIONER);
      new VisitStore(database).create(started);
      Set<Mark> marks = new HashSet<>(sample.chart.marks(BodyView.POSTERIOR));
      new ChartStore(database)
          .commit(started.id(), new ChartChange(marks, Set.of(), "edit.addMarks"), PRACTITIONER);
      VisitRecords records = new VisitRecords(database);
      Patient stored = records.findPatients(RECORD_NUMBER).get(0);
      visit = records.open(stored, records.visits(stored).get(0));
    } catch (Exception e) {
      throw new IllegalStateException("cannot chart the test visit", e);
    }
  }

  /** The layout an export of {@code view} with {@code settings} draws through. */
  PictureLayout layout(BodyView view, PictureSettings settings) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = scratch.createGraphics();
    try {
      return PictureLayout.of(ChartPicture.vectors(), g, visit, view, settings);
    } finally {
      g.dispose();
    }
  }

  /** Where the active trigger point lies in the picture, in pixels. */
  Point2D activeAt(PictureSettings settings) {
    return layout(BodyView.POSTERIOR, settings).transform().toScreen(sample.activeAt);
  }

  /** Whether {@code argb} is the active trigger point's red (opaque, as drawn over anything). */
  static boolean isActiveRed(int argb) {
    Color active = MarkStyle.screen().activeColor;
    Color c = new Color(argb, true);
    return c.getAlpha() > 200
        && Math.abs(c.getRed() - active.getRed()) < 40
        && Math.abs(c.getGreen() - active.getGreen()) < 40
        && Math.abs(c.getBlue() - active.getBlue()) < 40;
  }

  /**
   * The centre of the active red pixels within {@code radius} of {@code around}, or null when there
   * are none.
   */
  static Point2D redCentre(BufferedImage image, Point2D around, double radius) {
    double sumX = 0;
    double sumY = 0;
    int count = 0;
    int x0 = (int) Math.floor(around.getX() - radius);
    int y0 = (int) Math.floor(around.getY() - radius);
    for (int y = y0; y <= around.getY() + radius; y++) {
      for (int x = x0; x <= around.getX() + radius; x++) {
        if (x >= 0
            && y >= 0
            && x < image.getWidth()
            && y < image.getHeight()
            && isActiveRed(image.getRGB(x, y))) {
          // Pixel centres lie half a pixel in.
          sumX += x + 0.5;
          sumY += y + 0.5;
          count++;
        }
      }
    }
    return count == 0 ? null : new Point2D.Double(sumX / count, sumY / count);
  }
}
