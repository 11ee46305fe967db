package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.MuscleRegion;
import app.myomap.export.Paper;
import app.myomap.export.PdfReport;
import app.myomap.export.ReportSettings;
import app.myomap.export.VisitReport;
import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.PainIntensity;
import app.myomap.model.Patient;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TwitchResponse;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The PDF visit report: one visit with marks on four views (two trigger points each, a referral
 * zone per view, a symptom area) laid out and written to memory, warm; then every one of 200 such
 * visits of one patient opened from the database and written to its own file.
 */
final class PdfBench {
  private static final String AUTHOR = "Bench Practitioner";
  private static final List<BodyView> VIEWS =
      List.of(BodyView.ANTERIOR, BodyView.POSTERIOR, BodyView.LATERAL_LEFT, BodyView.HEAD_RIGHT);
  private static final int VISITS = 200;

  private PdfBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-pdf-bench");
    try {
      inProcess(folder);
      coldProcess(folder);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * The whole {@code myomap export} of the latest visit's report as a user runs it: a fresh JVM
   * each time, from spawn to exit, the database written by {@link #inProcess} (closed by now).
   */
  private static void coldProcess(Path folder) throws Exception {
    List<Double> millis = new java.util.ArrayList<>();
    for (int run = 0; run < 7; run++) {
      List<String> command = new java.util.ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("app.myomap.app.Main");
      command.addAll(exportArguments(folder.resolve("bench.db"), folder.resolve("cold.pdf")));
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("myomap export failed:\n" + output);
      }
      millis.add((System.nanoTime() - start) / 1e6);
    }
    java.util.Collections.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "pdf: myomap export of one 4-view visit report, whole process from spawn to exit (7 cold"
            + " JVMs): median %.0f ms (min %.0f, max %.0f)%n",
        millis.get(3),
        millis.get(0),
        millis.get(6));
  }

  /**
   * Writes the bench's patient (record number B-1) with {@link #VISITS} visits, each charted on
   * four views, into a new database; the cold export benchmarks write the latest one's report.
   */
  static Patient writeDatabase(Database database, Atlas atlas) {
    Patient patient = Patient.create("Bench Patient", LocalDate.of(1970, 1, 2), "B-1");
    new PatientStore(database).create(patient, AUTHOR);
    Instant first = Instant.now().minus(Duration.ofDays(VISITS + 1));
    for (int i = 0; i < VISITS; i++) {
      chartVisit(database, atlas, patient, first.plus(Duration.ofDays(i)));
    }
    return patient;
  }

  /** The arguments of {@code myomap} that write the latest visit's PDF report to {@code pdf}. */
  static List<String> exportArguments(Path database, Path pdf) {
    return List.of(
        "export",
        "--db",
        database.toString(),
        "--patient",
        "B-1",
        "--format",
        "pdf",
        "--force",
        "-o",
        pdf.toString());
  }

  private static void inProcess(Path folder) throws Exception {
    try (Database database = Database.open(folder.resolve("bench.db"))) {
      Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
      Patient patient = writeDatabase(database, atlas);
      VisitRecords records = new VisitRecords(database);
      records.remember(atlas);
      List<Visit> visits = records.visits(patient);
      OpenedVisit one = records.open(patient, visits.get(0));
      ReportSettings settings =
          new ReportSettings(
              Paper.A4, ZoneId.systemDefault(), "MyoMap bench", Instant.now(), Locale.ENGLISH);
      int[] pages = new int[1];
      long[] bytes = new long[1];
      Stats warm =
          Stats.timeMicros(
              20,
              40,
              () -> {
                VisitReport report = VisitReport.of(one, settings);
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                write(report, out);
                pages[0] = report.pageCount();
                bytes[0] = out.size();
              });
      System.out.printf(
          Locale.ROOT,
          "pdf: report of one visit, 4 views, %d pages, %d KB, warm: %s%n",
          pages[0],
          bytes[0] / 1024,
          scaled(warm));

      Path out = Files.createDirectories(folder.resolve("out"));
      long start = System.nanoTime();
      for (int i = 0; i < visits.size(); i++) {
        OpenedVisit visit = records.open(patient, visits.get(i));
        PdfReport.write(VisitReport.of(visit, settings), out.resolve("visit-" + i + ".pdf"));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "pdf: %d visits of one patient opened and written to files: %.2f s (%.1f ms a visit)%n",
          visits.size(),
          seconds,
          seconds * 1000 / visits.size());
    }
  }

  private static void write(VisitReport report, ByteArrayOutputStream out) {
    try {
      PdfReport.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String scaled(Stats micros) {
    return String.format(
        Locale.ROOT,
        "median %.1f ms, p90 %.1f ms (n=40)",
        micros.median() / 1000,
        micros.percentile(90) / 1000);
  }

  private static void chartVisit(Database database, Atlas atlas, Patient patient, Instant at) {
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), at, atlas.version(), AUTHOR);
    new VisitStore(database).create(visit);
    Set<Mark> marks = new LinkedHashSet<>();
    for (BodyView view : VIEWS) {
      List<MuscleRegion> regions = atlas.view(view).regions();
      for (int i = 0; i < 2; i++) {
        MuscleRegion region = regions.get(i * 5 % regions.size());
        java.awt.geom.Rectangle2D b = region.shape().getBounds2D();
        TriggerPoint tp =
            TriggerPoint.place(
                    MarkId.random(),
                    view,
                    b.getCenterX(),
                    b.getCenterY(),
                    new MuscleRef(region.muscleId()),
                    region.side(),
                    AUTHOR)
                .withCriteria(
                    EnumSet.of(TriggerPointCriterion.TAUT_BAND, TriggerPointCriterion.TENDER_SPOT))
                .withPressurePainThreshold(
                    Optional.of(new PressurePainThreshold(3.1, PressureUnit.KG_PER_CM2)))
                .withTwitch(TwitchResponse.present(2))
                .withNote(i == 0 ? "Familiar pain reproduced on pressure." : "");
        marks.add(tp);
        if (i == 0) {
          marks.add(
              new ReferralZone(
                  MarkId.random(),
                  view,
                  ZoneShape.of(
                          new java.awt.geom.Ellipse2D.Double(
                              b.getCenterX() + 8, b.getCenterY() + 12, 30, 40))
                      .orElseThrow(),
                  Optional.of(tp.id()),
                  ReferralKind.ESSENTIAL,
                  ReferredSensation.PAIN,
                  Optional.of(PainIntensity.of(5))));
        }
      }
    }
    java.awt.geom.Rectangle2D b =
        atlas.view(BodyView.POSTERIOR).regions().get(0).shape().getBounds2D();
    marks.add(
        new SymptomArea(
            MarkId.random(),
            BodyView.POSTERIOR,
            ZoneShape.of(
                    new java.awt.geom.Ellipse2D.Double(b.getCenterX() - 20, b.getCenterY(), 40, 30))
                .orElseThrow(),
            SymptomSensation.ACHING,
            Optional.of(PainIntensity.of(4)),
            SymptomConstancy.INTERMITTENT));
    new ChartStore(database)
        .commit(visit.id(), new ChartChange(marks, Set.of(), "edit.addMarks"), AUTHOR);
  }
}
