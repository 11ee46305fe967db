package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkKind;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.testing.GoldenImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The zones of the chart window come from an image rendered in the background: they look as drawn
 * from vectors, stand in scaled after a zoom, and an image of other zones than those shown (after
 * an edit) is never used.
 */
class ZoneImageCacheTest {
  private static final int SIZE = 160;
  private static final BodyView VIEW = BodyView.POSTERIOR;
  private static final Rectangle2D VIEW_BOX = new Rectangle2D.Double(0, 0, 140, 140);
  private static final Color BACKGROUND = new Color(0xE9, 0xEC, 0xEF);

  private final Deque<Runnable> tasks = new ArrayDeque<>();
  private final ZoneImageCache cache =
      ZoneImageCache.inBackground(MarkStyle.screen(), tasks::add, () -> {});
  private final MarkAppearance look = MarkAppearance.plain(id -> "UT");
  private final ViewTransform t = new ViewTransform(1.1, 6.3, 4.7);

  private final SymptomArea burning =
      ZoneRenderingTest.symptom(SymptomSensation.BURNING, SymptomConstancy.INTERMITTENT);
  private final ReferralZone spillover =
      ZoneRenderingTest.referral(ReferralKind.SPILLOVER, Optional.empty());
  private final Chart chart = Chart.of(burning, spillover);

  private final boolean[] painted = new boolean[1];

  private BufferedImage paint(Chart shown, ViewTransform at) {
    return paint(shown, at, look);
  }

  private BufferedImage paint(Chart shown, ViewTransform at, MarkAppearance with) {
    BufferedImage image = background();
    Graphics2D g = image.createGraphics();
    try {
      painted[0] = cache.paint(g, shown, VIEW, VIEW_BOX, with, at, SIZE, SIZE);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The zones as print and export draw them, from vectors. */
  private static BufferedImage vectors(Chart shown, ViewTransform at) {
    BufferedImage image = background();
    Graphics2D g = image.createGraphics();
    try {
      ChartRenderer.vectors(MarkStyle.screen())
          .paint(g, shown, VIEW, at, MarkAppearance.plain(id -> "UT"));
    } finally {
      g.dispose();
    }
    return image;
  }

  private static BufferedImage background() {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(BACKGROUND);
    g.fillRect(0, 0, SIZE, SIZE);
    g.dispose();
    return image;
  }

  private void runTasks() {
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
  }

  @Test
  void theZonesAreLeftToTheCallerUntilTheirImageIsRenderedThenLookAsDrawnFromVectors()
      throws Exception {
    paint(chart, t);
    assertThat(painted[0]).as("no image yet: the caller draws the zones").isFalse();
    assertThat(cache.renderCount()).isZero();
    runTasks();
    BufferedImage fromImage = paint(chart, t);
    assertThat(painted[0]).isTrue();
    assertThat(cache.paintedSharp()).isTrue();
    // The image lies on whole pixels where the vectors lie at the pan's fraction of a pixel.
    GoldenImages.assertAlike(vectors(chart, t), fromImage, "zones-image-vs-vectors", 0.12);
    GoldenImages.assertAlike(
        vectors(chart, new ViewTransform(1.1, 6, 5)), fromImage, "zones-image-on-pixels", 0.01);
  }

  @Test
  void afterAnEditTheImageOfTheOldZonesIsNeverShown() {
    paint(chart, t);
    runTasks();
    paint(chart, t);
    assertThat(painted[0]).isTrue();
    Chart edited = Chart.of(burning, spillover.withShape(spillover.shape().translated(12, 0)));
    paint(edited, t);
    assertThat(painted[0]).as("the old zones' image is not the picture of the new ones").isFalse();
    paint(edited, t.zoomAt(new Point2D.Double(80, 80), 1.25));
    assertThat(painted[0]).as("nor does it stand in for them at another zoom").isFalse();
    runTasks();
    paint(edited, t.zoomAt(new Point2D.Double(80, 80), 1.25));
    assertThat(painted[0]).isTrue();
  }

  @Test
  void afterAZoomTheImageStandsInScaledUntilTheSharpOneIsRendered() throws Exception {
    paint(chart, t);
    runTasks();
    paint(chart, t);
    ViewTransform in = t.zoomAt(new Point2D.Double(70, 60), 1.25);
    BufferedImage standIn = paint(chart, in);
    assertThat(painted[0]).isTrue();
    assertThat(cache.paintedSharp()).isFalse();
    assertThat(tasks).isNotEmpty();
    // The patterns keep their density on the screen, so only where the zones lie is compared.
    assertThat(overlap(vectors(chart, in), standIn))
        .as("the scaled zones lie where the sharp ones will")
        .isGreaterThan(0.9);
    runTasks();
    BufferedImage sharp = paint(chart, in);
    assertThat(cache.paintedSharp()).isTrue();
    assertThat(GoldenImages.differingShare(vectors(chart, in), sharp))
        .isLessThan(GoldenImages.differingShare(vectors(chart, in), standIn));
  }

  /** Intersection over union of where two pictures differ from the background. */
  private static double overlap(BufferedImage a, BufferedImage b) {
    int both = 0;
    int either = 0;
    int background = BACKGROUND.getRGB();
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        boolean inA = a.getRGB(x, y) != background;
        boolean inB = b.getRGB(x, y) != background;
        both += inA && inB ? 1 : 0;
        either += inA || inB ? 1 : 0;
      }
    }
    assertThat(either).isGreaterThan(1000);
    return both / (double) either;
  }

  @Test
  void noZonesNeedNoImageAndHiddenZonesAreNotInIt() throws Exception {
    Chart none = Chart.of();
    paint(none, t);
    assertThat(painted[0]).isTrue();
    assertThat(tasks).isEmpty();
    MarkAppearance symptomsHidden = look.withHidden(Set.of(MarkKind.SYMPTOM_AREA));
    paint(chart, t, symptomsHidden);
    runTasks();
    BufferedImage shown = paint(chart, t, symptomsHidden);
    assertThat(painted[0]).isTrue();
    GoldenImages.assertAlike(
        vectors(Chart.of(spillover), new ViewTransform(1.1, 6, 5)),
        shown,
        "zones-image-hidden-layer",
        0.01);
  }
}
