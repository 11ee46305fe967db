package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.atlas.MuscleRegion;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.testing.SampleCharts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The picture routine draws a view of a chart without an editor or a window: marks sized for the
 * picture's density, and the legend, caption and regions when asked for.
 */
class ChartPictureTest {
  private static final int WIDTH = 400;
  private static final int HEIGHT = 500;
  private static final Function<String, String> WORDS = key -> key;

  private static Atlas atlas;
  private static AtlasView posterior;
  private static SampleCharts sample;

  @BeforeAll
  static void loadAtlas() {
    atlas = Atlas.load(Atlas.CURRENT_VERSION);
    posterior = atlas.view(BodyView.POSTERIOR);
    sample = new SampleCharts(atlas);
  }

  @Test
  void marksGrowWithTheMarkScaleSoA300DpiPictureDoesNotShrinkThem() {
    float dpi300 = PictureOptions.markScaleForDpi(300);
    assertThat(dpi300).isCloseTo(3.125f, within(1e-6f));
    int bigWidth = Math.round(WIDTH * dpi300);
    int bigHeight = Math.round(HEIGHT * dpi300);

    int screenCross = activeCrossWidth(WIDTH, HEIGHT, 1f);
    int printCross = activeCrossWidth(bigWidth, bigHeight, dpi300);
    int shrunkCross = activeCrossWidth(bigWidth, bigHeight, 1f);

    assertThat(screenCross).as("the active X at 96 DPI").isBetween(12, 30);
    assertThat((double) printCross / screenCross)
        .as("the X at 300 DPI against 96 DPI, in pixels")
        .isCloseTo(dpi300, within(0.4));
    assertThat(shrunkCross)
        .as("at a mark scale of 1 the same 300-DPI picture would shrink the X against the body")
        .isLessThan(screenCross + 3);
  }

  @Test
  void theLegendIsDrawnInTheBottomRightCornerOnlyWhenAskedForAndGrowsWithTheMarkScale() {
    PictureOptions plain = PictureOptions.of(WIDTH * 2, HEIGHT * 2, MarkAppearance.plain(id -> id));
    BufferedImage without = paint(Chart.empty(), WIDTH * 2, HEIGHT * 2, plain);
    BufferedImage with = paint(Chart.empty(), WIDTH * 2, HEIGHT * 2, plain.withLegend(WORDS));
    BufferedImage larger =
        paint(Chart.empty(), WIDTH * 2, HEIGHT * 2, plain.withLegend(WORDS).withMarkScale(1.5f));

    assertThat(redPixels(without, new Rectangle(0, 0, WIDTH * 2, HEIGHT * 2)))
        .as("an empty chart's picture has no red")
        .isZero();
    Rectangle legend = differingArea(without, with);
    assertThat(legend.x + legend.width).isBetween(WIDTH * 2 - 12, WIDTH * 2);
    assertThat(legend.y + legend.height).isBetween(HEIGHT * 2 - 12, HEIGHT * 2);
    assertThat(redPixels(with, legend)).as("the active trigger point's sample").isPositive();
    Rectangle largerLegend = differingArea(without, larger);
    assertThat((double) largerLegend.height / legend.height).isCloseTo(1.5, within(0.15));
  }

  @Test
  void theCaptionIsDrawnInTheTopLeftCornerLeavingOutBlankLines() {
    PictureOptions plain = PictureOptions.of(WIDTH, HEIGHT, MarkAppearance.plain(id -> id));
    BufferedImage without = paint(sample.chart, WIDTH, HEIGHT, plain);
    BufferedImage twoLines =
        paint(
            sample.chart,
            WIDTH,
            HEIGHT,
            plain.withCaption(new Caption("Jane Citizen", "", "4 Dec 2026", " ")));
    BufferedImage fourLines =
        paint(
            sample.chart,
            WIDTH,
            HEIGHT,
            plain.withCaption(new Caption("Jane Citizen", "MRN 0042", "4 Dec 2026", "Dr Lee")));

    Rectangle two = differingArea(without, twoLines);
    Rectangle four = differingArea(without, fourLines);
    // The box is white on white here: only its text shows, inside the margin and padding.
    assertThat(two.x).isBetween(8, 20);
    assertThat(two.y).isBetween(8, 20);
    assertThat(four.height).isGreaterThan(two.height + 20);
    assertThat(new Caption("Jane Citizen", "", "4 Dec 2026", " ").lines())
        .containsExactly("Jane Citizen", "4 Dec 2026");
  }

  @Test
  void withoutABackgroundThePictureIsTransparentAroundTheBody() {
    PictureOptions options =
        PictureOptions.of(WIDTH, HEIGHT, MarkAppearance.plain(id -> id)).withBackground(null);
    BufferedImage image = paint(sample.chart, WIDTH, HEIGHT, options);
    assertThat(image.getRGB(1, 1) >>> 24).as("corner alpha").isZero();
    Point2D at = fit(WIDTH, HEIGHT).toScreen(sample.activeAt);
    assertThat(image.getRGB((int) at.getX(), (int) at.getY()) >>> 24)
        .as("alpha at the active trigger point")
        .isEqualTo(255);
  }

  @Test
  void aHighlightedRegionIsTintedInsideItsBoundsOnly() {
    PictureOptions options = PictureOptions.of(WIDTH, HEIGHT, MarkAppearance.plain(id -> id));
    MuscleRegion region = posterior.regions().get(0);
    Rectangle bounds =
        fit(WIDTH, HEIGHT).toScreenTransform().createTransformedShape(region.shape()).getBounds();
    Rectangle changed =
        differingArea(
            paint(Chart.empty(), WIDTH, HEIGHT, options),
            paint(Chart.empty(), WIDTH, HEIGHT, options.withHighlightedRegion(region)));
    // The edge's mitred corners reach up to five times its width past the shape.
    bounds.grow(6, 6);
    assertThat(changed.isEmpty()).isFalse();
    assertThat(bounds.contains(changed)).as("%s inside %s", changed, bounds).isTrue();
  }

  @Test
  void aCachedPictureDrawsMarksAtItsRenderersScaleOnly() {
    ChartPicture cached =
        ChartPicture.cached(
            new ChartRenderer(MarkStyle.screen()), new OutlineImageCache(), new MarkLayerCache());
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      PictureOptions options =
          PictureOptions.of(WIDTH, HEIGHT, MarkAppearance.plain(id -> id)).withMarkScale(2f);
      assertThatThrownBy(
              () -> cached.paint(g, posterior, sample.chart, fit(WIDTH, HEIGHT), options))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      g.dispose();
    }
  }

  /** The width of the red X of the active trigger point in a picture of the given size. */
  private static int activeCrossWidth(int width, int height, float markScale) {
    PictureOptions options =
        PictureOptions.of(width, height, new MarkAppearance(Set.of(), null, false, id -> id))
            .withMarkScale(markScale);
    BufferedImage image = paint(sample.chart, width, height, options);
    Point2D at = fit(width, height).toScreen(sample.activeAt);
    int reach = Math.round(20 * markScale);
    Rectangle around =
        new Rectangle((int) at.getX() - reach, (int) at.getY() - reach, 2 * reach, 2 * reach);
    Rectangle red = null;
    for (int y = around.y; y < around.y + around.height; y++) {
      for (int x = around.x; x < around.x + around.width; x++) {
        if (isActiveRed(image.getRGB(x, y))) {
          red = red == null ? new Rectangle(x, y, 1, 1) : red.union(new Rectangle(x, y, 1, 1));
        }
      }
    }
    assertThat(red).as("red X at %s", at).isNotNull();
    return red.width;
  }

  private static BufferedImage paint(Chart chart, int width, int height, PictureOptions options) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      ChartPicture.vectors().paint(g, posterior, chart, fit(width, height), options);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static ViewTransform fit(int width, int height) {
    return ViewTransform.fit(posterior.viewBox(), width, height, 16);
  }

  /** The smallest rectangle holding every pixel that differs between two pictures. */
  private static Rectangle differingArea(BufferedImage a, BufferedImage b) {
    Rectangle area = new Rectangle();
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          area = area.isEmpty() ? new Rectangle(x, y, 1, 1) : area.union(new Rectangle(x, y, 1, 1));
        }
      }
    }
    return area;
  }

  private static int redPixels(BufferedImage image, Rectangle area) {
    int n = 0;
    for (int y = area.y; y < area.y + area.height; y++) {
      for (int x = area.x; x < area.x + area.width; x++) {
        if (isActiveRed(image.getRGB(x, y))) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean isActiveRed(int argb) {
    Color c = new Color(argb, true);
    return c.getAlpha() > 200 && c.getRed() > 140 && c.getGreen() < 90 && c.getBlue() < 90;
  }
}
