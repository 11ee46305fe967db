package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.MuscleRef;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.ZoneShape;
import app.myomap.testing.GoldenImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How zones look: each referral-zone kind and each symptom sensation, rendered at 120 × 120 pixels,
 * matches its reference image in {@code src/test/resources/app/myomap/chart/golden/}; regenerate
 * the references on purpose with {@code -Dgolden.update=true} and look at them before committing.
 */
class ZoneRenderingTest {
  private static final int SIZE = 120;
  private static final BodyView VIEW = BodyView.POSTERIOR;

  /** An organic blob filling most of the 120-unit square. */
  static final ZoneShape BLOB = blob();

  private final ChartRenderer renderer = new ChartRenderer(MarkStyle.screen());

  private static ZoneShape blob() {
    Area area = new Area(new Ellipse2D.Double(14, 22, 80, 70));
    area.add(new Area(new Ellipse2D.Double(52, 12, 56, 56)));
    area.add(new Area(new Ellipse2D.Double(40, 60, 50, 50)));
    return ZoneShape.of(area).orElseThrow();
  }

  static ReferralZone referral(ReferralKind kind, Optional<MarkId> owner) {
    return new ReferralZone(
        MarkId.random(), VIEW, BLOB, owner, kind, ReferredSensation.PAIN, Optional.empty());
  }

  static SymptomArea symptom(SymptomSensation sensation, SymptomConstancy constancy) {
    return new SymptomArea(MarkId.random(), VIEW, BLOB, sensation, Optional.empty(), constancy);
  }

  static Stream<Arguments> styles() {
    return Stream.of(
        Arguments.of("referral-essential", referral(ReferralKind.ESSENTIAL, Optional.empty())),
        Arguments.of("referral-spillover", referral(ReferralKind.SPILLOVER, Optional.empty())),
        Arguments.of("symptom-aching", symptom(SymptomSensation.ACHING, SymptomConstancy.CONSTANT)),
        Arguments.of(
            "symptom-burning", symptom(SymptomSensation.BURNING, SymptomConstancy.CONSTANT)),
        Arguments.of(
            "symptom-stabbing", symptom(SymptomSensation.STABBING, SymptomConstancy.CONSTANT)),
        Arguments.of(
            "symptom-pins-and-needles",
            symptom(SymptomSensation.PINS_AND_NEEDLES, SymptomConstancy.CONSTANT)),
        Arguments.of(
            "symptom-numbness-intermittent",
            symptom(SymptomSensation.NUMBNESS, SymptomConstancy.INTERMITTENT)));
  }

  private BufferedImage paint(Chart chart, ViewTransform t, MarkAppearance look) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    renderer.paint(g, chart, VIEW, t, look);
    g.dispose();
    return image;
  }

  private static BufferedImage onWhite(BufferedImage argb) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, SIZE, SIZE);
    g.drawImage(argb, 0, 0, null);
    g.dispose();
    return image;
  }

  private static MarkAppearance plain() {
    return MarkAppearance.plain(id -> "UT");
  }

  private static final ViewTransform IDENTITY = new ViewTransform(1, 0, 0);

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void eachZoneStyleMatchesItsReferenceImage(String name, Mark zone) throws Exception {
    // The screen renderer draws a zone as vectors at first and from its cached image after.
    BufferedImage first = paint(Chart.of(zone), IDENTITY, plain());
    BufferedImage cached = paint(Chart.of(zone), IDENTITY, plain());
    GoldenImages.assertMatches(onWhite(first), "app/myomap/chart/golden", name);
    GoldenImages.assertMatches(onWhite(cached), "app/myomap/chart/golden", name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void theVectorRendererForExportDrawsTheSameZones(String name, Mark zone) throws Exception {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    ChartRenderer.vectors(MarkStyle.screen()).paint(g, Chart.of(zone), VIEW, IDENTITY, plain());
    g.dispose();
    GoldenImages.assertMatches(onWhite(image), "app/myomap/chart/golden", name);
  }

  @Test
  void aSelectedZoneHighlightsItsTriggerPointThroughTheConnector() throws Exception {
    TriggerPoint tp =
        TriggerPoint.place(
            MarkId.random(), VIEW, 20, 108, new MuscleRef("upper-trapezius"), Side.RIGHT, "Dr");
    ReferralZone zone =
        new ReferralZone(
            MarkId.random(),
            VIEW,
            ZoneShape.of(new Ellipse2D.Double(55, 10, 55, 50)).orElseThrow(),
            Optional.of(tp.id()),
            ReferralKind.ESSENTIAL,
            ReferredSensation.PAIN,
            Optional.empty());
    MarkAppearance selected = new MarkAppearance(Set.of(zone.id()), null, false, id -> "UT");
    GoldenImages.assertMatches(
        onWhite(paint(Chart.of(tp, zone), IDENTITY, selected)),
        "app/myomap/chart/golden",
        "connector-zone-selected");
  }

  @Test
  void essentialAndSpilloverStayDistinctInGreyscale() {
    BufferedImage essential =
        paint(Chart.of(referral(ReferralKind.ESSENTIAL, Optional.empty())), IDENTITY, plain());
    BufferedImage spillover =
        paint(Chart.of(referral(ReferralKind.SPILLOVER, Optional.empty())), IDENTITY, plain());
    // Solid: every inside pixel mid-grey. Stippled: a few dark dots on nearly white.
    int[] solid = greyLevels(essential);
    int[] dotted = greyLevels(spillover);
    assertThat(solid[1]).isGreaterThan(2000);
    assertThat(dotted[1]).isLessThan(solid[1] / 3);
    assertThat(dotted[2]).as("dark dots").isGreaterThan(150);
    assertThat(dotted[0]).as("light background between dots").isGreaterThan(2000);
  }

  @Test
  void theStippleIsVectorDotsEachInsideTheZone() {
    var dots = ZonePattern.dots(BLOB, 6, 1.2);
    int count = 0;
    var it = dots.getPathIterator(null);
    double[] c = new double[6];
    while (!it.isDone()) {
      if (it.currentSegment(c) == java.awt.geom.PathIterator.SEG_MOVETO) {
        count++;
      }
      it.next();
    }
    assertThat(count).isBetween(150, 400);
    assertThat(new Area(dots).getBounds2D().getWidth()).isLessThan(BLOB.bounds().getWidth());
    Area outside = new Area(dots);
    outside.subtract(BLOB.toArea());
    assertThat(outside.isEmpty()).isTrue();
  }

  @Test
  void theDotGridKeepsItsDensityOnScreenAtEveryZoom() {
    for (double scale = 0.25; scale <= 8; scale *= 1.1) {
      double pitchPx = ZonePattern.pitch(5, scale) * scale;
      assertThat(pitchPx).isBetween(5.0, 5 * Math.sqrt(2) + 1e-9);
    }
  }

  @Test
  void panningShiftsTheZonesWithoutChangingThem() {
    Chart chart =
        Chart.of(
            symptom(SymptomSensation.BURNING, SymptomConstancy.CONSTANT),
            referral(ReferralKind.SPILLOVER, Optional.empty()));
    paint(chart, new ViewTransform(0.8, 0, 0), plain());
    BufferedImage before = paint(chart, new ViewTransform(0.8, 0, 0), plain());
    BufferedImage after = paint(chart, new ViewTransform(0.8, 12, 7), plain());
    int differing = 0;
    for (int y = 0; y < SIZE - 7; y++) {
      for (int x = 0; x < SIZE - 12; x++) {
        if (before.getRGB(x, y) != after.getRGB(x + 12, y + 7)) {
          differing++;
        }
      }
    }
    assertThat(differing).isZero();
  }

  @Test
  void hiddenLayersAreNotPainted() {
    Chart chart =
        Chart.of(
            symptom(SymptomSensation.ACHING, SymptomConstancy.CONSTANT),
            referral(ReferralKind.ESSENTIAL, Optional.empty()));
    MarkAppearance hidden =
        plain().withHidden(Set.of(MarkKind.SYMPTOM_AREA, MarkKind.REFERRAL_ZONE));
    assertThat(inkedPixels(paint(chart, IDENTITY, hidden))).isZero();
    assertThat(
            inkedPixels(paint(chart, IDENTITY, plain().withHidden(Set.of(MarkKind.SYMPTOM_AREA)))))
        .isEqualTo(inkedPixels(paint(Chart.of(chart.marks().get(1)), IDENTITY, plain())));
  }

  @Test
  void aSelectedZoneShowsItsIntensityAndEveryPixelStaysInItsBounds() {
    ReferralZone zone =
        referral(ReferralKind.SPILLOVER, Optional.empty())
            .withIntensity(Optional.of(PainIntensity.of(7)));
    MarkAppearance look = new MarkAppearance(Set.of(zone.id()), zone.id(), true, id -> "UT");
    ViewTransform t = new ViewTransform(0.7, 10, 12);
    BufferedImage labelled = paint(Chart.of(zone), t, look);
    BufferedImage unlabelled = paint(Chart.of(zone.withIntensity(Optional.empty())), t, look);
    int x = (int) Math.round(zone.x() * 0.7 + 10);
    int y = (int) Math.round(zone.y() * 0.7 + 12);
    assertThat(differingPixels(labelled, unlabelled, new Rectangle(x - 15, y - 8, 30, 16)))
        .isGreaterThan(30);
    Rectangle bounds = renderer.bounds(zone, t, look);
    for (int py = 0; py < SIZE; py++) {
      for (int px = 0; px < SIZE; px++) {
        if ((labelled.getRGB(px, py) >>> 24) != 0) {
          assertThat(bounds.contains(px, py)).as("pixel %d,%d", px, py).isTrue();
        }
      }
    }
  }

  @Test
  void boundsWithTheChartReachTheLinkedMarks() {
    TriggerPoint tp =
        TriggerPoint.place(
            MarkId.random(), VIEW, 300, 300, new MuscleRef("upper-trapezius"), Side.RIGHT, "Dr");
    ReferralZone zone = referral(ReferralKind.ESSENTIAL, Optional.of(tp.id()));
    Chart chart = Chart.of(tp, zone);
    Rectangle bounds = renderer.bounds(chart, zone, IDENTITY, plain());
    assertThat(bounds.contains(300, 300)).isTrue();
    assertThat(renderer.bounds(chart, tp, IDENTITY, plain()).contains(60, 60)).isTrue();
    assertThat(ZoneLinks.linked(chart, Set.of(zone.id()))).containsExactly(tp.id());
    assertThat(ZoneLinks.linked(chart, Set.of(tp.id()))).containsExactly(zone.id());
    assertThat(ZoneLinks.linked(chart, Set.of(tp.id(), zone.id()))).isEmpty();
  }

  @Test
  void theLegendHasARowForEveryZoneStyleThatPaintsInk() {
    assertThat(ZoneLegend.samples())
        .extracting(ZoneLegend.Sample::key)
        .containsExactly(
            "Legend.referralZone.essential",
            "Legend.referralZone.spillover",
            "Legend.referralZone.connector",
            "Legend.symptom.aching",
            "Legend.symptom.burning",
            "Legend.symptom.stabbing",
            "Legend.symptom.pinsAndNeedles",
            "Legend.symptom.numbness",
            "Legend.symptom.intermittent");
    for (ZoneLegend.Sample sample : ZoneLegend.samples()) {
      BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = image.createGraphics();
      renderer.paint(
          g,
          sample.chart(),
          BodyView.ANTERIOR,
          new ViewTransform(1, SIZE / 2.0, SIZE / 2.0),
          plain());
      g.dispose();
      assertThat(inkedPixels(image)).as(sample.key()).isGreaterThan(800);
    }
  }

  /** Pixels by grey level: [light, mid, dark] among the painted ones. */
  private static int[] greyLevels(BufferedImage argb) {
    int[] levels = new int[3];
    BufferedImage image = onWhite(argb);
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        Color c = new Color(image.getRGB(x, y));
        int grey = (c.getRed() * 30 + c.getGreen() * 59 + c.getBlue() * 11) / 100;
        if (grey > 215 && grey < 255) {
          levels[0]++;
        } else if (grey >= 120 && grey <= 215) {
          levels[1]++;
        } else if (grey < 120) {
          levels[2]++;
        }
      }
    }
    return levels;
  }

  private static int inkedPixels(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        if ((image.getRGB(x, y) >>> 24) != 0) {
          n++;
        }
      }
    }
    return n;
  }

  private static int differingPixels(BufferedImage a, BufferedImage b, Rectangle area) {
    int n = 0;
    for (int y = area.y; y < area.y + area.height; y++) {
      for (int x = area.x; x < area.x + area.width; x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          n++;
        }
      }
    }
    return n;
  }
}
