package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.MuscleRegion;
import app.myomap.compare.VisitComparer;
import app.myomap.export.ComparisonExport;
import app.myomap.export.Paper;
import app.myomap.export.PdfReport;
import app.myomap.export.PictureSettings;
import app.myomap.export.PngFile;
import app.myomap.export.ReportSettings;
import app.myomap.export.VisitReport;
import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.PainIntensity;
import app.myomap.model.Patient;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Exporting the comparison of two visits, warm, to memory: two visits a week apart charted on four
 * views (three trigger points and a referral zone per view; at the later one a point per view is
 * resolved, one turns latent, one is new and each zone has moved), compared; the comparison report
 * as a PDF; the same for visits charted on the back alone (one comparison page and the fates); the
 * later visit's report with and without the comparison appended; and the PNG of one view's
 * comparison on A4 at 300 DPI, drawing and encoding.
 */
final class CompareExportBench {
  private static final String AUTHOR = "Bench Practitioner";
  private static final List<BodyView> FOUR =
      List.of(BodyView.ANTERIOR, BodyView.POSTERIOR, BodyView.LATERAL_LEFT, BodyView.HEAD_RIGHT);

  private CompareExportBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-compare-export-bench");
    try (Database database = Database.open(folder.resolve("bench.db"))) {
      Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
      VisitRecords records = new VisitRecords(database);
      records.remember(atlas);
      ComparedVisits four = compared(database, records, atlas, "C-4", FOUR);
      ComparedVisits back = compared(database, records, atlas, "C-1", List.of(BodyView.POSTERIOR));
      ReportSettings settings =
          new ReportSettings(
              Paper.A4, ZoneId.systemDefault(), "MyoMap bench", Instant.now(), Locale.ENGLISH);
      ComparisonExport export = new ComparisonExport();
      VisitComparer comparer = new VisitComparer();

      Stats comparing =
          Stats.timeMicros(10, 40, () -> ComparedVisits.of(four.earlier(), four.later(), comparer));
      print("comparison of the two 4-view visits (metrics, matching, zone differences)", comparing);

      // Every measurement below writes its file whole first, so the JIT has compiled what all
      // of them share before any is timed.
      for (int i = 0; i < 20; i++) {
        write(() -> export.writePdf(four, settings, new ByteArrayOutputStream(1 << 16)));
        write(
            () ->
                PdfReport.write(
                    VisitReport.withComparison(four, settings), OutputStream.nullOutputStream()));
      }
      int[] pages = new int[1];
      long[] bytes = new long[1];
      Stats fourPdf =
          Stats.timeMicros(
              20,
              40,
              () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                write(() -> export.writePdf(four, settings, out));
                bytes[0] = out.size();
              });
      pages[0] = VisitReport.comparison(four, settings).pageCount();
      print(
          "comparison report of two 4-view visits, "
              + pages[0]
              + " pages, "
              + bytes[0] / 1024
              + " KB, warm, to memory",
          fourPdf);

      Stats backPdf =
          Stats.timeMicros(
              20,
              40,
              () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                write(() -> export.writePdf(back, settings, out));
                bytes[0] = out.size();
              });
      pages[0] = VisitReport.comparison(back, settings).pageCount();
      print(
          "comparison report of two visits of the back, "
              + pages[0]
              + " pages, "
              + bytes[0] / 1024
              + " KB, warm, to memory",
          backPdf);

      Stats plain =
          Stats.timeMicros(
              20,
              40,
              () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                write(() -> PdfReport.write(VisitReport.of(four.later(), settings), out));
              });
      Stats appended =
          Stats.timeMicros(
              20,
              40,
              () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                write(() -> PdfReport.write(VisitReport.withComparison(four, settings), out));
              });
      print("later 4-view visit's report alone", plain);
      print("the same report ending with the comparison", appended);

      PictureSettings a4 = PictureSettings.onPaper(Paper.A4, 300);
      BufferedImage[] image = new BufferedImage[1];
      Stats drawing =
          Stats.timeMicros(5, 20, () -> image[0] = export.image(four, BodyView.POSTERIOR, a4));
      Stats encoding =
          Stats.timeMicros(
              5,
              20,
              () ->
                  write(
                      () -> PngFile.write(image[0], a4.dpi(), new ByteArrayOutputStream(1 << 20))));
      print("PNG of the posterior view's comparison, A4 at 300 DPI (2480x3508): drawing", drawing);
      print("the same: PNG encoding", encoding);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private interface Writing {
    void run() throws IOException;
  }

  private static void write(Writing writing) {
    try {
      writing.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void print(String what, Stats micros) {
    System.out.printf(
        Locale.ROOT,
        "compare-export: %s: median %.1f ms, p90 %.1f ms (n=%d)%n",
        what,
        micros.median() / 1000,
        micros.percentile(90) / 1000,
        micros.count());
  }

  private static ComparedVisits compared(
      Database database,
      VisitRecords records,
      Atlas atlas,
      String recordNumber,
      List<BodyView> views) {
    Patient patient =
        Patient.create("Bench " + recordNumber, LocalDate.of(1970, 1, 2), recordNumber);
    new PatientStore(database).create(patient, AUTHOR);
    Instant first = Instant.now().minus(Duration.ofDays(8));
    Visit earlier = visit(database, patient, atlas, first);
    Visit later = visit(database, patient, atlas, first.plus(Duration.ofDays(7)));
    Set<Mark> before = new LinkedHashSet<>();
    Set<Mark> after = new LinkedHashSet<>();
    for (BodyView view : views) {
      List<MuscleRegion> regions = atlas.view(view).regions();
      for (int i = 0; i < 4; i++) {
        Rectangle2D b = regions.get(i * 5 % regions.size()).shape().getBounds2D();
        MuscleRegion region = regions.get(i * 5 % regions.size());
        TriggerPoint point =
            TriggerPoint.place(
                    MarkId.random(),
                    view,
                    b.getCenterX(),
                    b.getCenterY(),
                    new MuscleRef(region.muscleId()),
                    region.side(),
                    AUTHOR)
                .withTwitch(TwitchResponse.present(2));
        // Points 0-2 at the earlier visit; 0 persists, 1 resolves, 2 turns latent, 3 is new.
        if (i < 3) {
          before.add(point);
        }
        if (i == 0 || i == 3) {
          after.add(copy(point));
        } else if (i == 2) {
          after.add(copy(point).withStatus(TriggerPointStatus.LATENT));
        }
        if (i == 0) {
          before.add(zone(view, b.getCenterX() + 8, b.getCenterY() + 12));
          after.add(zone(view, b.getCenterX() + 20, b.getCenterY() + 24));
        }
      }
    }
    commit(database, earlier, before);
    commit(database, later, after);
    OpenedVisit a = records.open(patient, earlier);
    OpenedVisit b = records.open(patient, later);
    return ComparedVisits.of(a, b, new VisitComparer());
  }

  private static TriggerPoint copy(TriggerPoint p) {
    return TriggerPoint.place(MarkId.random(), p.view(), p.x(), p.y(), p.muscle(), p.side(), AUTHOR)
        .withTwitch(p.twitch());
  }

  private static Mark zone(BodyView view, double x, double y) {
    return new ReferralZone(
        MarkId.random(),
        view,
        ZoneShape.of(new Ellipse2D.Double(x, y, 30, 40)).orElseThrow(),
        Optional.empty(),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.of(PainIntensity.of(5)));
  }

  private static Visit visit(Database database, Patient patient, Atlas atlas, Instant at) {
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), at, atlas.version(), AUTHOR);
    new VisitStore(database).create(visit);
    return visit;
  }

  private static void commit(Database database, Visit visit, Set<Mark> marks) {
    new ChartStore(database)
        .commit(visit.id(), new ChartChange(marks, Set.of(), "edit.addMarks"), AUTHOR);
  }
}
