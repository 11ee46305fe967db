package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.atlas.MuscleRegion;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.MarkAppearance;
import app.myomap.chart.MarkStyle;
import app.myomap.chart.OutlineImageCache;
import app.myomap.chart.ViewTransform;
import app.myomap.edit.ChartEditor;
import app.myomap.edit.Modifiers;
import app.myomap.edit.ReferralBrush;
import app.myomap.edit.ToolKind;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Zones: one brush stroke of 200 pointer events applied on release and committed to a real
 * database, the cost of each pointer event while painting, and full frames of the posterior view
 * with 50 zones and 500 trigger points at 1600 × 1000.
 */
final class ZoneBench {
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;
  private static final int SAMPLES = 200;

  private ZoneBench() {}

  static void run() throws Exception {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    AtlasView view = atlas.view(BodyView.POSTERIOR);
    Chart chart = chart(view, new Random(5));
    stroke(atlas, chart);
    render(view, chart);
  }

  private static void stroke(Atlas atlas, Chart chart) throws Exception {
    Path folder = Files.createTempDirectory("myomap-zonebench");
    Database database = Database.open(folder.resolve("bench.db"));
    try {
      Patient patient = Patient.create("Bench", LocalDate.of(1970, 1, 1), "");
      new PatientStore(database).create(patient, "Bench");
      Visit visit = Visit.start(patient.id(), Atlas.CURRENT_VERSION, "Bench", Clock.systemUTC());
      new VisitStore(database).create(visit);
      ChartStore store = new ChartStore(database);
      TriggerPoint owner = chart.triggerPoints().get(0);
      List<Point2D> samples = new ArrayList<>();
      for (int i = 0; i < SAMPLES; i++) {
        double t = i / (SAMPLES - 1.0);
        samples.add(
            new Point2D.Double(
                150 + 70 * t + 6 * Math.sin(t * 20),
                260 + 60 * Math.sin(t * 4) + 2 * Math.cos(t * 45)));
      }
      int runs = 60;
      int warmup = 15;
      double[] applyMs = new double[runs];
      double[] committedMs = new double[runs];
      double[] eventMicros = new double[runs * (SAMPLES - 1)];
      int events = 0;
      for (int run = -warmup; run < runs; run++) {
        ChartEditor editor =
            new ChartEditor(
                chart,
                atlas.regions(),
                "Bench",
                (v, p) -> Optional.empty(),
                (v, p) -> Optional.empty());
        editor.setView(BodyView.POSTERIOR);
        editor.setScale(1.1);
        editor.select(List.of(owner.id()));
        editor.setTool(ToolKind.REFERRAL_ZONE);
        editor.zones().setBrushRadius(7);
        editor.zones().setReferralBrush(ReferralBrush.DEFAULT.withKind(ReferralKind.SPILLOVER));
        long[] published = new long[1];
        editor.addCommitListener(
            change -> {
              published[0] = System.nanoTime();
              store.commit(visit.id(), change, "Bench");
            });
        editor.press(samples.get(0), Modifiers.NONE);
        for (int i = 1; i < SAMPLES - 1; i++) {
          long start = System.nanoTime();
          editor.drag(samples.get(i), Modifiers.NONE);
          if (run >= 0) {
            eventMicros[events++] = (System.nanoTime() - start) / 1e3;
          }
        }
        long start = System.nanoTime();
        editor.release(samples.get(SAMPLES - 1), Modifiers.NONE);
        long end = System.nanoTime();
        if (editor.chart().size() != chart.size() + 1) {
          throw new IllegalStateException("The stroke made no zone");
        }
        if (run >= 0) {
          applyMs[run] = (published[0] - start) / 1e6;
          committedMs[run] = (end - start) / 1e6;
        }
      }
      System.out.println(
          "zones: stroke of "
              + SAMPLES
              + " events applied on release (swept area, simplified"
              + " outline, command): "
              + new Stats(applyMs).describe("ms"));
      System.out.println(
          "zones: stroke applied and committed to the database (FULL sync): "
              + new Stats(committedMs).describe("ms"));
      System.out.println(
          "zones: one pointer event while painting (hover and live stroke): "
              + new Stats(java.util.Arrays.copyOf(eventMicros, events)).describe("µs"));
    } finally {
      database.close();
    }
  }

  private static void render(AtlasView view, Chart chart) {
    ViewTransform fit = ViewTransform.fit(view.viewBox(), WIDTH, HEIGHT, 16);
    ChartRenderer renderer = new ChartRenderer(MarkStyle.screen());
    OutlineImageCache cache = new OutlineImageCache();
    Mark firstZone = chart.referralZones().get(0);
    MarkAppearance look = new MarkAppearance(Set.of(firstZone.id()), null, false, id -> "UT");
    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Color background = new Color(0xE9, 0xEC, 0xEF);
    Runnable fullFrame =
        () -> {
          Graphics2D g = frame.createGraphics();
          try {
            cache.paint(g, view, fit, WIDTH, HEIGHT, background);
            renderer.paint(g, chart, BodyView.POSTERIOR, fit, look);
          } finally {
            g.dispose();
          }
        };
    String what =
        chart.referralZones().size()
            + chart.symptomAreas().size()
            + " zones and "
            + chart.triggerPoints().size()
            + " trigger points at "
            + WIDTH
            + "x"
            + HEIGHT;
    Stats full = Stats.timeMicros(30, 200, fullFrame);
    System.out.println("zones: full frame, cached outline + " + what + ": " + full.describe("µs"));
    Stats panned =
        Stats.timeMicros(
            10,
            100,
            new Runnable() {
              private int step;

              @Override
              public void run() {
                Graphics2D g = frame.createGraphics();
                try {
                  step++;
                  ViewTransform t = fit.panBy(step % 7, step % 5);
                  cache.paint(g, view, t, WIDTH, HEIGHT, background);
                  renderer.paint(g, chart, BodyView.POSTERIOR, t, look);
                } finally {
                  g.dispose();
                }
              }
            });
    System.out.println("zones: full frame while panning: " + panned.describe("µs"));
    Stats zoomed =
        Stats.timeMicros(
            3,
            30,
            new Runnable() {
              private int step;

              @Override
              public void run() {
                Graphics2D g = frame.createGraphics();
                try {
                  step++;
                  ViewTransform t = fit.zoomAt(new Point2D.Double(800, 500), 1 + step * 0.001);
                  renderer.paint(g, chart, BodyView.POSTERIOR, t, look);
                } finally {
                  g.dispose();
                }
              }
            });
    System.out.println(
        "zones: first frame at a new zoom (every zone prepared anew): " + zoomed.describe("µs"));
  }

  /**
   * 500 trigger points in the view's regions and 50 zones painted along short random strokes: 25
   * referral zones (essential and spillover) and 25 symptom areas of every sensation.
   */
  static Chart chart(AtlasView view, Random random) {
    List<MuscleRegion> regions = view.regions();
    List<Mark> marks = new ArrayList<>();
    List<TriggerPoint> points = new ArrayList<>();
    while (points.size() < 500) {
      MuscleRegion region = regions.get(random.nextInt(regions.size()));
      Rectangle2D box = region.shape().getBounds2D();
      double x = box.getX() + random.nextDouble() * box.getWidth();
      double y = box.getY() + random.nextDouble() * box.getHeight();
      if (region.shape().contains(x, y)) {
        points.add(
            TriggerPoint.place(
                    MarkId.random(),
                    view.view(),
                    x,
                    y,
                    new MuscleRef(region.muscleId()),
                    region.side(),
                    "Bench")
                .withStatus(
                    random.nextBoolean() ? TriggerPointStatus.ACTIVE : TriggerPointStatus.LATENT));
      }
    }
    for (int i = 0; i < 50; i++) {
      ZoneShape shape = strokeShape(view.viewBox(), random);
      if (i % 2 == 0) {
        marks.add(
            new ReferralZone(
                MarkId.random(),
                view.view(),
                shape,
                Optional.of(points.get(i).id()),
                i % 4 == 0 ? ReferralKind.ESSENTIAL : ReferralKind.SPILLOVER,
                ReferredSensation.PAIN,
                Optional.empty()));
      } else {
        SymptomSensation[] sensations = SymptomSensation.values();
        marks.add(
            new SymptomArea(
                MarkId.random(),
                view.view(),
                shape,
                sensations[i % sensations.length],
                Optional.empty(),
                SymptomConstancy.CONSTANT));
      }
    }
    marks.addAll(points);
    return new Chart(marks);
  }

  /** A stroke of 30 to 90 outline units with a brush of radius 6 to 14, somewhere on the figure. */
  private static ZoneShape strokeShape(Rectangle2D box, Random random) {
    double x = box.getX() + 80 + random.nextDouble() * (box.getWidth() - 160);
    double y = box.getY() + 100 + random.nextDouble() * (box.getHeight() - 200);
    double length = 30 + random.nextDouble() * 60;
    double angle = random.nextDouble() * Math.PI;
    Path2D.Double line = new Path2D.Double();
    line.moveTo(x, y);
    line.quadTo(
        x + length / 2 * Math.cos(angle) + 10,
        y + length / 2 * Math.sin(angle) - 10,
        x + length * Math.cos(angle),
        y + length * Math.sin(angle));
    float width = (float) (12 + random.nextDouble() * 16);
    Area area =
        new Area(
            new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(line));
    return ZoneShape.of(area).orElseThrow();
  }
}
