package app.myomap.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.Patient;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.SampleCharts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visit charted on atlas v1 still opens on v1 and exports pixel for pixel as it did before the
 * atlas learnt to map between versions: the references were written by the code of that time
 * (commit 24d7421) with {@code -Dv1export.write=<folder>}.
 */
class V1VisitExportUnchangedTest {
  private static final String REFERENCES = "/app/myomap/export/v1-unchanged/";

  @TempDir Path folder;

  @Test
  void aV1VisitOpensOnV1AndItsPngIsTheSameAsBefore() throws Exception {
    OpenedVisit visit = chartedOnV1();
    assertThat(visit.visit().atlasVersion()).isEqualTo("v1");
    assertThat(visit.atlas().version()).isEqualTo("v1");
    PictureSettings settings = PictureSettings.ofPixels(900, 1300, 96);
    for (BodyView view : new BodyView[] {BodyView.POSTERIOR, BodyView.ANTERIOR}) {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      new PictureExport().writePng(visit, view, settings, png);
      String name = "v1-visit-" + view.id() + ".png";
      String write = System.getProperty("v1export.write");
      if (write != null) {
        Files.createDirectories(Path.of(write));
        Files.write(Path.of(write, name), png.toByteArray());
        continue;
      }
      BufferedImage now = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
      BufferedImage before;
      try (InputStream in = getClass().getResourceAsStream(REFERENCES + name)) {
        assertThat(in).as("reference %s", name).isNotNull();
        before = ImageIO.read(in);
      }
      assertThat(now.getWidth()).isEqualTo(before.getWidth());
      assertThat(now.getHeight()).isEqualTo(before.getHeight());
      int differing = 0;
      for (int y = 0; y < now.getHeight(); y++) {
        for (int x = 0; x < now.getWidth(); x++) {
          differing += now.getRGB(x, y) == before.getRGB(x, y) ? 0 : 1;
        }
      }
      assertThat(differing).as("pixels of %s that changed", name).isZero();
    }
  }

  /**
   * The sample chart on the back and a zone on the front, charted on v1 through the real stores in
   * chart order (so the drawing order is the same on every run) and opened as an export opens it.
   */
  private OpenedVisit chartedOnV1() throws Exception {
    Atlas v1 = Atlas.load("v1");
    SampleCharts sample = new SampleCharts(v1);
    List<Mark> marks = new ArrayList<>(sample.chart.marks(BodyView.POSTERIOR));
    marks.add(
        new SymptomArea(
            MarkId.random(),
            BodyView.ANTERIOR,
            ZoneShape.fromText("M150,250L190,250L190,300L150,300Z"),
            SymptomSensation.ACHING,
            Optional.empty(),
            SymptomConstancy.CONSTANT));
    try (Database database = Database.open(folder.resolve("v1.db"))) {
      Patient patient = Patient.create("Jane Citizen", LocalDate.of(1971, 5, 14), "MRN-0042");
      new PatientStore(database).create(patient, "Dr Robin Lee");
      Visit started =
          new Visit(
              UUID.randomUUID().toString(),
              patient.id(),
              Instant.parse("2026-12-04T09:30:00Z"),
              "v1",
              "Dr Robin Lee");
      new VisitStore(database).create(started);
      new ChartStore(database)
          .commit(
              started.id(),
              ChartChange.between(Chart.empty(), new Chart(marks), "edit.addMarks"),
              "Dr Robin Lee");
      VisitRecords records = new VisitRecords(database);
      return records.open(patient, started);
    }
  }
}
