package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.export.Paper;
import app.myomap.export.PictureExport;
import app.myomap.export.PictureSettings;
import app.myomap.export.PngFile;
import app.myomap.model.BodyView;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.OpenedVisit;
import app.myomap.session.SampleDatabase;
import app.myomap.session.VisitRecords;
import app.myomap.store.Database;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * PNG export of one view (the sample's first, most charted visit, posterior) at 300 DPI on A4 to
 * memory: the whole export, drawing alone and encoding alone; the deflate levels compared; and
 * {@code rsvg-convert} rasterising our SVG of that view to the same size, against our own PNG
 * export of it to a file.
 */
final class PictureExportBench {
  private static final int[] LEVELS = {1, 4, 6, 9};
  private static final int RSVG_RUNS = 5;

  private PictureExportBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-png-bench");
    try (Database database = Database.open(folder.resolve("sample.db"))) {
      Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
      Patient patient = new SampleDatabase(database, atlas, Instant.now()).write();
      VisitRecords records = new VisitRecords(database);
      records.remember(atlas);
      List<Visit> visits = records.visits(patient);
      OpenedVisit visit = records.open(patient, visits.get(visits.size() - 1));
      measure(visit, folder);
    } finally {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void measure(OpenedVisit visit, Path folder) throws Exception {
    PictureSettings a4 = PictureSettings.onPaper(Paper.A4, 300);
    PictureExport export = new PictureExport();
    String what = "posterior view, A4 at 300 DPI (" + a4.widthPx() + "x" + a4.heightPx() + ")";
    Stats whole =
        Stats.timeMicros(
            5, 20, () -> unchecked(() -> export.writePng(visit, BodyView.POSTERIOR, a4, sink())));
    System.out.println(
        "png: whole export to memory, "
            + what
            + ", deflate level "
            + PngFile.DEFLATE_LEVEL
            + ": "
            + millis(whole));
    Stats drawing = Stats.timeMicros(5, 20, () -> export.image(visit, BodyView.POSTERIOR, a4));
    System.out.println("png: drawing alone: " + millis(drawing));
    BufferedImage image = export.image(visit, BodyView.POSTERIOR, a4);
    for (int level : LEVELS) {
      ByteArrayOutputStream probe = new ByteArrayOutputStream();
      PngFile.write(image, 300, probe, level);
      Stats encoding =
          Stats.timeMicros(3, 15, () -> unchecked(() -> PngFile.write(image, 300, sink(), level)));
      System.out.println(
          String.format(
              Locale.ROOT,
              "png: encoding alone at deflate level %d: %s, %,d bytes",
              level,
              millis(encoding),
              probe.size()));
    }
    compareWithRsvg(visit, export, a4, folder);
  }

  private static void compareWithRsvg(
      OpenedVisit visit, PictureExport export, PictureSettings a4, Path folder) throws Exception {
    Path svg = folder.resolve("posterior.svg");
    Path ours = folder.resolve("ours.png");
    Path theirs = folder.resolve("rsvg.png");
    export.writeSvg(visit, BodyView.POSTERIOR, a4, svg);
    List<String> command =
        List.of(
            "rsvg-convert",
            "-w",
            Integer.toString(a4.widthPx()),
            "-h",
            Integer.toString(a4.heightPx()),
            "-o",
            theirs.toString(),
            svg.toString());
    try {
      rasterise(command);
    } catch (IOException e) {
      System.out.println(
          "png: rsvg-convert not found, its comparison skipped (" + e.getMessage() + ")");
      return;
    }
    double[] rsvgMillis = new double[RSVG_RUNS];
    for (int i = 0; i < RSVG_RUNS; i++) {
      long start = System.nanoTime();
      rasterise(command);
      rsvgMillis[i] = (System.nanoTime() - start) / 1e6;
    }
    Stats rsvg = new Stats(rsvgMillis);
    Stats ourFile =
        Stats.timeMicros(
            2,
            RSVG_RUNS,
            () -> unchecked(() -> export.writePng(visit, BodyView.POSTERIOR, a4, ours)));
    System.out.println(
        String.format(
            Locale.ROOT,
            "png: rsvg-convert rasterising our SVG (%,d bytes) to %dx%d, process included: %s;"
                + " our PNG export to a file: %s; rsvg-convert / ours = %.2f",
            Files.size(svg),
            a4.widthPx(),
            a4.heightPx(),
            rsvg.describe("ms"),
            millis(ourFile),
            rsvg.median() / (ourFile.median() / 1000)));
  }

  private static void rasterise(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("rsvg-convert failed: " + new String(output));
    }
  }

  private static String millis(Stats micros) {
    return String.format(
        Locale.ROOT,
        "median %.1f ms, p90 %.1f ms (n=%d)",
        micros.median() / 1000,
        micros.percentile(90) / 1000,
        micros.count());
  }

  private static ByteArrayOutputStream sink() {
    return new ByteArrayOutputStream(1 << 20);
  }

  private interface Work {
    void run() throws IOException;
  }

  private static void unchecked(Work work) {
    try {
      work.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
