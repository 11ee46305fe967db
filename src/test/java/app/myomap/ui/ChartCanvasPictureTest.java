package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.atlas.Muscle;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.MarkAppearance;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.edit.ChartEditor;
import app.myomap.model.BodyView;
import app.myomap.testing.GoldenImages;
import app.myomap.testing.Gui;
import app.myomap.testing.SampleCharts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's canvas and the picture routine of print and export draw the same picture of a chart:
 * the canvas copies its outline and glyphs from images, the picture draws them from vectors, so
 * they may differ only at the edges of glyphs.
 */
class ChartCanvasPictureTest {
  private static final int WIDTH = 520;
  private static final int HEIGHT = 640;

  /**
   * The share of pixels that may differ: where a glyph copied to whole pixels meets one drawn at
   * its exact place (about 0.04 % here). Leaving out the labels or one note pin differs in 0.2 %.
   */
  private static final double MAX_DIFFERING_SHARE = 0.001;

  private static Atlas atlas;
  private static AtlasView posterior;
  private SampleCharts sample;
  private ChartCanvas canvas;
  private MarkDescriptions descriptions;
  private final Function<String, String> abbreviation =
      id -> atlas.muscles().byId(id).map(Muscle::abbreviation).orElse(id);

  @BeforeAll
  static void loadAtlas() {
    atlas = Atlas.load(Atlas.CURRENT_VERSION);
    posterior = atlas.view(BodyView.POSTERIOR);
  }

  @BeforeEach
  void showTheSampleChart() {
    sample = new SampleCharts(atlas);
    descriptions =
        new MarkDescriptions(id -> atlas.muscles().byId(id).map(Muscle::name).orElse(id));
    canvas =
        execute(
            () -> {
              Themes.install(false);
              ChartEditor editor =
                  new ChartEditor(
                      sample.chart,
                      atlas.regions(),
                      "Dr Lee",
                      (view, point) -> Optional.empty(),
                      (view, point) -> Optional.empty());
              editor.setView(BodyView.POSTERIOR);
              editor.select(Set.of(sample.active));
              ChartCanvas c = new ChartCanvas();
              c.setSize(WIDTH, HEIGHT);
              c.showView(posterior);
              c.setAtlasLookups(abbreviation, point -> Optional.empty());
              c.setMarkDescriptions(descriptions);
              c.setEditor(editor);
              return c;
            });
  }

  @Test
  void canvasAndPictureDrawTheSameChart() throws Exception {
    BufferedImage screen = paintCanvas();
    BufferedImage cachedScreen = paintCanvas();
    BufferedImage picture = paintPicture(List.of());

    assertMarksDrawn(screen);
    assertMarksDrawn(picture);
    GoldenImages.assertAlike(picture, screen, "canvas-vs-picture", MAX_DIFFERING_SHARE);
    GoldenImages.assertAlike(
        picture, cachedScreen, "canvas-cached-vs-picture", MAX_DIFFERING_SHARE);
  }

  @Test
  void canvasAndPictureDrawTheSameRegionLayer() throws Exception {
    execute(() -> canvas.showRegions(posterior.regions()));
    BufferedImage screen = paintCanvas();
    BufferedImage picture = paintPicture(posterior.regions());

    assertThat(GoldenImages.differingShare(screen, paintPicture(List.of())))
        .as("the region layer changes the picture")
        .isGreaterThan(0.02);
    GoldenImages.assertAlike(picture, screen, "canvas-vs-picture-regions", MAX_DIFFERING_SHARE);
  }

  @Test
  void aZoomedInCanvasShowsTheOldOutlineScaledAtOnceThenMatchesThePictureAtItsScale()
      throws Exception {
    paintCanvas();
    execute(
        () -> {
          Point at = canvas.toComponent(sample.activeAt);
          canvas.zoomAt(at, 2.5);
        });
    BufferedImage first = paintCanvas();
    BufferedImage picture = paintPicture(List.of());
    assertThat(execute(canvas::outlineSharp))
        .as("the first frame did not wait for the rendering: it shows the old image")
        .isFalse();
    assertMarksDrawn(first);
    assertThat(GoldenImages.differingShare(picture, first))
        .as("only the outline's edges differ from the sharp picture")
        .isLessThan(0.05);

    Gui.waitUntil("the sharp outline and zones", () -> paintsSharp());
    GoldenImages.assertAlike(
        picture, paintCanvas(), "canvas-vs-picture-zoomed", MAX_DIFFERING_SHARE);
  }

  /**
   * Paints the canvas on the event thread (it is in no window, so nothing repaints it) and says if
   * the outline and the zones painted came from their sharp images.
   */
  private boolean paintsSharp() {
    Graphics2D g = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      canvas.paint(g);
    } finally {
      g.dispose();
    }
    return canvas.outlineSharp() && canvas.zonesFromSharpImage();
  }

  private BufferedImage paintCanvas() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    execute(
        () -> {
          Graphics2D g = image.createGraphics();
          try {
            canvas.paint(g);
          } finally {
            g.dispose();
          }
        });
    return image;
  }

  /** The same chart, view and scale through a vector picture, as an export draws it. */
  private BufferedImage paintPicture(List<app.myomap.atlas.MuscleRegion> regions) {
    ViewTransform transform = execute(canvas::transform);
    Color background = execute(canvas::getBackground);
    MarkAppearance look =
        new MarkAppearance(Set.of(sample.active), null, true, abbreviation)
            .withLabels(descriptions::chartLabel, posterior.viewBox());
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      ChartPicture.vectors()
          .paint(
              g,
              posterior,
              sample.chart,
              transform,
              PictureOptions.of(WIDTH, HEIGHT, look)
                  .withBackground(background)
                  .withRegions(regions));
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The active trigger point's red X lies where it was placed. */
  private void assertMarksDrawn(BufferedImage image) {
    Point at = execute(() -> canvas.toComponent(sample.activeAt));
    Color centre = new Color(image.getRGB(at.x, at.y));
    assertThat(centre.getRed()).as("red at the active point").isGreaterThan(150);
    assertThat(centre.getGreen()).as("red at the active point").isLessThan(80);
  }
}
