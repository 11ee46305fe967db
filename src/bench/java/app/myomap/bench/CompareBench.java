package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.compare.ExtentTracker;
import app.myomap.compare.PainExtent;
import app.myomap.compare.VisitComparer;
import app.myomap.compare.VisitComparison;
import app.myomap.compare.VisitExtent;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
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
import app.myomap.model.Zone;
import app.myomap.model.ZoneShape;
import app.myomap.model.geometry.ShapeArea;
import java.awt.BasicStroke;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Comparing visits: two visits of 500 trigger points and 50 brush-stroke zones each over the
 * anterior and posterior views, compared with every metric and the matching; the extent of one
 * visit on the mask against {@code java.awt.geom.Area}; and the extent update after one brush
 * stroke while painting.
 */
final class CompareBench {
  private static final String[] MUSCLES = {
    "upper-trapezius", "levator-scapulae", "infraspinatus", "supraspinatus", "rhomboids",
    "gluteus-medius", "quadratus-lumborum", "latissimus-dorsi", "teres-minor", "triceps-brachii"
  };

  private CompareBench() {}

  static void run() {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    Random random = new Random(12);
    Chart earlier = chart(atlas, random, null);
    Chart later = chart(atlas, random, earlier);
    int vertices = 0;
    for (Mark mark : earlier.marks()) {
      if (mark instanceof Zone zone) {
        for (double[] ring : zone.shape().rings()) {
          vertices += ring.length / 2;
        }
      }
    }
    System.out.println(
        "compare: two visits of "
            + earlier.triggerPoints().size()
            + " trigger points and "
            + (earlier.referralZones().size() + earlier.symptomAreas().size())
            + " zones each (zones have "
            + vertices / 50
            + " vertices on average)");

    long coldStart = System.nanoTime();
    VisitComparison first = new VisitComparer().compare(earlier, atlas, later, atlas);
    System.out.printf(
        Locale.ROOT,
        "compare: first comparison, silhouettes and WPI areas rasterised: %.1f ms%n",
        (System.nanoTime() - coldStart) / 1e6);
    VisitComparer comparer = new VisitComparer();
    Stats compare = Stats.timeMicros(5, 40, () -> comparer.compare(earlier, atlas, later, atlas));
    System.out.println(
        "compare: compare two visits, all metrics and matching (target <= 50 ms): "
            + scaled(compare, 1e-3).describe("ms"));
    System.out.printf(
        Locale.ROOT,
        "compare: result: painted %.2f%% -> %.2f%% (%s), Jaccard %.3f, WPI %d -> %d,"
            + " %d persisting, %d changed, %d new, %d resolved%n",
        first.paintedChange().earlierPercent(),
        first.paintedChange().laterPercent(),
        first.paintedChange().label(),
        first.locationAgreement().orElseThrow().overall(),
        first.earlierWpi().orElseThrow().score(),
        first.laterWpi().orElseThrow().score(),
        first.points().persisting().size(),
        first.points().changed().size(),
        first.points().added().size(),
        first.points().resolved().size());

    PainExtent mask = new PainExtent();
    mask.measure(earlier, atlas);
    Stats maskStats = Stats.timeMicros(5, 40, () -> mask.measure(earlier, atlas));
    System.out.println(
        "compare: extent of one visit, 4 px/unit mask (referral, symptom, both; front and back): "
            + scaled(maskStats, 1e-3).describe("ms"));
    Stats areaStats = Stats.timeMicros(2, 10, () -> areaExtent(earlier, atlas));
    System.out.println(
        "compare: extent of one visit, java.awt.geom.Area (same three unions): "
            + scaled(areaStats, 1e-3).describe("ms"));
    VisitExtent measured = mask.measure(earlier, atlas);
    double[] exact = areaExtent(earlier, atlas);
    System.out.printf(
        Locale.ROOT,
        "compare: mask - Area, percentage points: referral %+.4f, symptom %+.4f, both %+.4f"
            + " (front and back)%n",
        measured.frontAndBack().referralPercent() - exact[0],
        measured.frontAndBack().symptomPercent() - exact[1],
        measured.frontAndBack().paintedPercent() - exact[2]);
    for (int px : new int[] {2, 4, 8}) {
      PainExtent other = new PainExtent(px);
      other.measure(earlier, atlas);
      Stats s = Stats.timeMicros(2, 10, () -> other.measure(earlier, atlas));
      System.out.printf(
          Locale.ROOT,
          "compare: %d px/unit: both %+.4f points from Area, %s%n",
          px,
          other.measure(earlier, atlas).frontAndBack().paintedPercent() - exact[2],
          scaled(s, 1e-3).describe("ms"));
    }
    stroke(atlas, earlier, mask, random);
  }

  private static void stroke(Atlas atlas, Chart chart, PainExtent painExtent, Random random) {
    AtlasView view = atlas.view(BodyView.POSTERIOR);
    List<Zone> zones = new ArrayList<>();
    for (Mark mark : chart.marks(BodyView.POSTERIOR)) {
      if (mark instanceof Zone zone) {
        zones.add(zone);
      }
    }
    ExtentTracker tracker = new ExtentTracker(painExtent, view, zones);
    List<ReferralZone> strokes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      strokes.add(referral(BodyView.POSTERIOR, stroke(random, 140, 200, 120, 400, 7)));
    }
    int[] next = {0};
    Stats update =
        Stats.timeMicros(
            20,
            200,
            () -> {
              ReferralZone added = strokes.get(next[0]++ % strokes.size());
              List<Zone> after = new ArrayList<>(zones);
              after.add(added);
              tracker.update(after, added.shape().bounds());
            });
    Rectangle2D b = strokes.get(0).shape().bounds();
    System.out.printf(
        Locale.ROOT,
        "compare: extent update after one brush stroke (about %.0f x %.0f units, posterior,"
            + " %d zones; target inside an 8 ms frame): %s%n",
        b.getWidth(),
        b.getHeight(),
        zones.size() + 1,
        update.describe("µs"));
  }

  /** Referral, symptom and painted percent over front and back, with {@code Area}. */
  private static double[] areaExtent(Chart chart, Atlas atlas) {
    double silhouettes = 0;
    double[] areas = new double[3];
    for (BodyView view : List.of(BodyView.ANTERIOR, BodyView.POSTERIOR)) {
      Area silhouette = new Area(atlas.view(view).silhouette());
      silhouettes += ShapeArea.of(silhouette);
      Area referral = new Area();
      Area symptom = new Area();
      for (Mark mark : chart.marks(view)) {
        if (mark instanceof ReferralZone zone) {
          referral.add(zone.shape().toArea());
        } else if (mark instanceof SymptomArea area) {
          symptom.add(area.shape().toArea());
        }
      }
      Area painted = new Area(referral);
      painted.add(symptom);
      Area[] all = {referral, symptom, painted};
      for (int i = 0; i < 3; i++) {
        all[i].intersect(silhouette);
        areas[i] += ShapeArea.of(all[i]);
      }
    }
    for (int i = 0; i < 3; i++) {
      areas[i] = 100 * areas[i] / silhouettes;
    }
    return areas;
  }

  /**
   * A chart of 500 trigger points and 50 zones over front and back; with {@code base}, a later
   * visit: most points moved a little, some status and twitch changes, some gone and some new,
   * zones shifted.
   */
  private static Chart chart(Atlas atlas, Random random, Chart base) {
    List<Mark> marks = new ArrayList<>();
    if (base == null) {
      for (int i = 0; i < 500; i++) {
        BodyView view = i % 2 == 0 ? BodyView.ANTERIOR : BodyView.POSTERIOR;
        double x = 110 + random.nextDouble() * 180;
        double y = 170 + random.nextDouble() * 600;
        marks.add(
            TriggerPoint.place(
                    MarkId.random(),
                    view,
                    x,
                    y,
                    new MuscleRef(MUSCLES[random.nextInt(MUSCLES.length)]),
                    x < 200 ^ view == BodyView.POSTERIOR ? Side.RIGHT : Side.LEFT,
                    "Bench")
                .withTwitch(TwitchResponse.present(random.nextInt(5))));
      }
      for (int i = 0; i < 50; i++) {
        BodyView view = i % 2 == 0 ? BodyView.ANTERIOR : BodyView.POSTERIOR;
        Path2D.Double path = stroke(random, 100, 200, 170, 600, 6 + random.nextInt(8));
        marks.add(i % 3 == 0 ? symptom(view, path) : referral(view, path));
      }
      return new Chart(marks);
    }
    for (TriggerPoint p : base.triggerPoints()) {
      double roll = random.nextDouble();
      if (roll < 0.1) {
        continue;
      }
      TriggerPoint moved =
          TriggerPoint.place(
                  MarkId.random(),
                  p.view(),
                  p.x() + random.nextGaussian() * 4,
                  p.y() + random.nextGaussian() * 4,
                  p.muscle(),
                  p.side(),
                  "Bench")
              .withTwitch(TwitchResponse.present(random.nextInt(5)));
      marks.add(roll < 0.25 ? moved.withStatus(TriggerPointStatus.LATENT) : moved);
    }
    while (marks.size() < 500) {
      TriggerPoint p = base.triggerPoints().get(random.nextInt(base.triggerPoints().size()));
      marks.add(
          TriggerPoint.place(
              MarkId.random(), p.view(), p.x() + 40, p.y() + 40, p.muscle(), p.side(), "Bench"));
    }
    for (Mark mark : base.marks()) {
      if (mark instanceof ReferralZone zone) {
        marks.add(referral(zone.view(), zone.shape().translated(5, 3).toPath2D()));
      } else if (mark instanceof SymptomArea area) {
        marks.add(symptom(area.view(), area.shape().translated(-4, 6).toPath2D()));
      }
    }
    return new Chart(marks);
  }

  /** The swept outline of a wavy brush stroke of the given radius, like the zone brush makes. */
  private static Path2D.Double stroke(
      Random random, double x0, double width, double y0, double height, double radius) {
    double x = x0 + random.nextDouble() * width;
    double y = y0 + random.nextDouble() * height;
    Path2D.Double line = new Path2D.Double();
    line.moveTo(x, y);
    double angle = random.nextDouble() * 2 * Math.PI;
    for (int i = 0; i < 40; i++) {
      angle += random.nextGaussian() * 0.3;
      x += Math.cos(angle) * 2;
      y += Math.sin(angle) * 2;
      line.lineTo(x, y);
    }
    Area swept =
        new Area(
            new BasicStroke((float) (2 * radius), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(line));
    return new Path2D.Double(swept);
  }

  private static ReferralZone referral(BodyView view, java.awt.Shape shape) {
    return new ReferralZone(
        MarkId.random(),
        view,
        ZoneShape.of(shape).orElseThrow(),
        Optional.empty(),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.empty());
  }

  private static SymptomArea symptom(BodyView view, java.awt.Shape shape) {
    return new SymptomArea(
        MarkId.random(),
        view,
        ZoneShape.of(shape).orElseThrow(),
        SymptomSensation.ACHING,
        Optional.empty(),
        SymptomConstancy.CONSTANT);
  }

  private static Stats scaled(Stats micros, double factor) {
    double[] values = new double[micros.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = micros.percentile(100.0 * (i + 1) / values.length) * factor;
    }
    return new Stats(values);
  }
}
