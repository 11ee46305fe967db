package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.compare.TriggerPointMatcher;
import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.session.OpenedVisit;
import app.myomap.session.PatientHistory;
import app.myomap.session.VisitRecords;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.ui.Themes;
import app.myomap.ui.TimelinePanel;
import app.myomap.ui.TrendsPanel;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.swing.SwingUtilities;

/**
 * The timeline and trends of a patient with 200 weekly visits of about ten trigger points and three
 * zones each (points persist with a little drift, about one in ten resolves and a new one appears
 * at each visit): the history read from the database and built, then both panels given it, laid out
 * at 1200 × 700 and painted into an image, as when the Compare window opens the two tabs.
 */
final class HistoryBench {
  private static final int VISITS = 200;
  private static final String[] MUSCLES = {
    "upper-trapezius", "levator-scapulae", "infraspinatus", "supraspinatus", "rhomboids",
    "gluteus-medius", "quadratus-lumborum", "latissimus-dorsi", "teres-minor", "triceps-brachii"
  };

  private HistoryBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-history-bench");
    Path file = folder.resolve("bench.db");
    try (Database database = Database.open(file)) {
      Patient patient = write(database);
      Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
      VisitRecords records = new VisitRecords(database);
      records.remember(atlas);
      SwingUtilities.invokeAndWait(() -> Themes.install(false));

      PatientHistory sample = PatientHistory.load(records, patient);
      System.out.println(
          "history: "
              + sample.visits().size()
              + " visits, "
              + sample.rows().size()
              + " timeline rows, "
              + sample.visits().stream().mapToInt(v -> v.counts().triggerPoints()).sum()
              + " trigger points in all");

      Stats read =
          Stats.timeMicros(
              3,
              15,
              () -> {
                for (Visit visit : records.visits(patient)) {
                  records.open(patient, visit);
                }
              });
      System.out.println("history: read 200 visits' charts: " + scaled(read).describe("ms"));
      List<OpenedVisit> opened =
          records.visits(patient).stream().map(v -> records.open(patient, v)).toList();
      Stats build =
          Stats.timeMicros(
              3, 15, () -> PatientHistory.of(patient, opened, new TriggerPointMatcher()));
      System.out.println(
          "history: build from the charts (counts, extent, timeline): "
              + scaled(build).describe("ms"));
      Stats load = Stats.timeMicros(3, 15, () -> PatientHistory.load(records, patient));
      System.out.println(
          "history: read 200 visits and build the history: " + scaled(load).describe("ms"));
      Stats panels = timeOnEdt(3, 15, () -> display(sample));
      System.out.println(
          "history: give both panels the history, lay out and paint at 1200 x 700: "
              + scaled(panels).describe("ms"));
      Stats total = timeOnEdt(3, 15, () -> display(PatientHistory.load(records, patient)));
      System.out.println(
          "history: both together, timeline and trends for 200 visits (target <= 200 ms): "
              + scaled(total).describe("ms"));
    } finally {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void display(PatientHistory history) {
    TimelinePanel timeline = new TimelinePanel();
    TrendsPanel trends = new TrendsPanel();
    timeline.setHistory(history);
    trends.setHistory(history);
    BufferedImage image = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_ARGB);
    for (Container panel : List.of(timeline, trends)) {
      panel.setSize(1200, 700);
      layOut(panel);
      Graphics2D g = image.createGraphics();
      try {
        panel.paint(g);
      } finally {
        g.dispose();
      }
    }
  }

  private static void layOut(Container container) {
    container.doLayout();
    for (Component child : container.getComponents()) {
      if (child instanceof Container inner) {
        layOut(inner);
      }
    }
  }

  private static Stats timeOnEdt(int warmup, int runs, Runnable work) throws Exception {
    Stats[] result = new Stats[1];
    SwingUtilities.invokeAndWait(() -> result[0] = Stats.timeMicros(warmup, runs, work));
    return result[0];
  }

  private static Patient write(Database database) {
    Patient patient = Patient.create("Hundred Visits", LocalDate.of(1960, 5, 6), "BENCH-200");
    new PatientStore(database).create(patient, "Bench");
    VisitStore visits = new VisitStore(database);
    ChartStore charts = new ChartStore(database);
    Random random = new Random(200);
    Instant start = Instant.parse("2021-01-04T09:00:00Z");
    List<TriggerPoint> points = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      points.add(newPoint(random));
    }
    for (int v = 0; v < VISITS; v++) {
      Visit visit =
          new Visit(
              UUID.randomUUID().toString(),
              patient.id(),
              start.plus(Duration.ofDays(7L * v)),
              "v1",
              "Bench");
      visits.create(visit);
      List<TriggerPoint> next = new ArrayList<>();
      for (TriggerPoint p : points) {
        if (v > 0 && random.nextInt(10) == 0) {
          continue;
        }
        next.add(
            new TriggerPoint(
                MarkId.random(),
                p.view(),
                p.x() + random.nextGaussian() * 2,
                p.y() + random.nextGaussian() * 2,
                p.muscle(),
                p.side(),
                random.nextInt(3) == 0 ? TriggerPointStatus.LATENT : TriggerPointStatus.ACTIVE,
                p.criteria(),
                p.pressurePainThreshold(),
                random.nextBoolean(),
                p.examiner(),
                "",
                random.nextBoolean()
                    ? TwitchResponse.present(random.nextInt(6))
                    : TwitchResponse.absent()));
      }
      if (v > 0) {
        next.add(newPoint(random));
      }
      points = next;
      Set<Mark> marks = new LinkedHashSet<>(points);
      for (int z = 0; z < 3; z++) {
        marks.add(zone(random, z));
      }
      charts.commit(visit.id(), new ChartChange(marks, Set.of(), "edit.addMarks"), "Bench");
    }
    return patient;
  }

  private static TriggerPoint newPoint(Random random) {
    return TriggerPoint.place(
        MarkId.random(),
        BodyView.POSTERIOR,
        120 + random.nextInt(160),
        150 + random.nextInt(500),
        new MuscleRef(MUSCLES[random.nextInt(MUSCLES.length)]),
        random.nextBoolean() ? Side.LEFT : Side.RIGHT,
        "Bench");
  }

  private static Mark zone(Random random, int index) {
    BodyView view = index == 0 ? BodyView.ANTERIOR : BodyView.POSTERIOR;
    double r = 15 + random.nextInt(30);
    var shape =
        ZoneShape.of(
                new Ellipse2D.Double(
                    150 + random.nextInt(100) - r, 200 + random.nextInt(400) - r, 2 * r, 2 * r))
            .orElseThrow();
    if (index == 2) {
      return new SymptomArea(
          MarkId.random(),
          view,
          shape,
          SymptomSensation.ACHING,
          Optional.empty(),
          SymptomConstancy.CONSTANT);
    }
    return new ReferralZone(
        MarkId.random(),
        view,
        shape,
        Optional.empty(),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.empty());
  }

  private static Stats scaled(Stats micros) {
    double[] values = new double[micros.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = micros.percentile(100.0 * (i + 1) / values.length) / 1000;
    }
    return new Stats(values);
  }
}
