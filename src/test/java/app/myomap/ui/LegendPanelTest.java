package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.MuscleCatalogue;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.MarkStyle;
import app.myomap.chart.ZoneLegend;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The legend paints every symbol with the chart renderer, inside the size it asks for. */
class LegendPanelTest {
  private static final int MARGIN = 40;
  private static final int ACTIVE = 0;
  private static final int LATENT = 1;

  private final MarkStyle style = MarkStyle.screen();
  private LegendPanel legend;

  @BeforeEach
  void createLegend() {
    legend =
        execute(
            () -> {
              Themes.install(false);
              return new LegendPanel(new ChartRenderer(style), MuscleCatalogue.load("v1"));
            });
  }

  @Test
  void fitsASidePanelAndPaintsNothingOutsideItsPreferredSize() {
    Dimension size = execute(legend::getPreferredSize);
    assertThat(size.width).isLessThanOrEqualTo(220);
    BufferedImage image = paintAt(size);

    Rectangle painted = inkBounds(image);
    assertInside(new Rectangle(MARGIN, MARGIN, size.width, size.height), painted, "painted pixels");
    // Six mark symbols, then every zone style and pain-drawing symbol.
    assertThat(execute(legend::rowCount)).isEqualTo(6 + ZoneLegend.samples().size());
    for (int row = 0; row < 6; row++) {
      int index = row;
      Rectangle symbol = execute(() -> legend.symbolArea(index));
      Rectangle rowArea = execute(() -> legend.rowArea(index));
      assertInside(rowArea, symbol, "symbol " + row);
      assertInside(new Rectangle(size), rowArea, "row " + row);
      assertThat(symbol.width).as("symbol %d width", row).isPositive();
    }
  }

  @Test
  void givesEveryRowItsOwnBandWithoutOverlap() {
    Dimension size = execute(legend::getPreferredSize);
    paintAt(size);
    for (int row = 1; row < 6; row++) {
      int index = row;
      Rectangle above = execute(() -> legend.rowArea(index - 1));
      Rectangle below = execute(() -> legend.rowArea(index));
      assertThat(below.y).isGreaterThanOrEqualTo(above.y + above.height);
    }
  }

  @Test
  void drawsTheActivePointInTheActiveColourAndTheLatentPointInTheLatentColour() {
    Dimension size = execute(legend::getPreferredSize);
    BufferedImage image = paintAt(size);
    Rectangle active = shifted(execute(() -> legend.symbolArea(ACTIVE)));
    Rectangle latent = shifted(execute(() -> legend.symbolArea(LATENT)));

    assertThat(count(image, active, style.activeColor)).isGreaterThan(20);
    assertThat(count(image, active, style.latentColor)).isZero();
    assertThat(count(image, latent, style.latentColor)).isGreaterThan(20);
    assertThat(count(image, latent, style.activeColor)).isZero();
  }

  @Test
  void growsTallerRatherThanCuttingTextWhenNarrow() {
    Dimension wide = execute(legend::getPreferredSize);
    execute(() -> legend.setSize(140, wide.height));
    Dimension narrow = execute(legend::getPreferredSize);
    assertThat(narrow.height).isGreaterThan(wide.height);
  }

  /**
   * Paints the legend at {@code size} into a bigger transparent image without clipping, so that
   * anything drawn outside the legend's bounds would show.
   */
  private BufferedImage paintAt(Dimension size) {
    BufferedImage image =
        new BufferedImage(
            size.width + 2 * MARGIN, size.height + 2 * MARGIN, BufferedImage.TYPE_INT_ARGB);
    execute(
        () -> {
          legend.setSize(size);
          legend.doLayout();
          Graphics2D g = image.createGraphics();
          g.translate(MARGIN, MARGIN);
          legend.paintComponent(g);
          g.dispose();
        });
    return image;
  }

  private static void assertInside(Rectangle outer, Rectangle inner, String what) {
    assertThat(outer.contains(inner)).as("%s %s inside %s", what, inner, outer).isTrue();
  }

  private static Rectangle shifted(Rectangle r) {
    return new Rectangle(r.x + MARGIN, r.y + MARGIN, r.width, r.height);
  }

  private static Rectangle inkBounds(BufferedImage image) {
    Rectangle bounds = null;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) != 0) {
          Rectangle pixel = new Rectangle(x, y, 1, 1);
          bounds = bounds == null ? pixel : bounds.union(pixel);
        }
      }
    }
    assertThat(bounds).as("painted pixels").isNotNull();
    return bounds;
  }

  /** Pixels in the area within a small distance of a colour, ignoring anti-aliased edges. */
  private static int count(BufferedImage image, Rectangle area, Color colour) {
    int n = 0;
    for (int y = area.y; y < area.y + area.height; y++) {
      for (int x = area.x; x < area.x + area.width; x++) {
        Color c = new Color(image.getRGB(x, y), true);
        if (c.getAlpha() == 255
            && Math.abs(c.getRed() - colour.getRed()) < 12
            && Math.abs(c.getGreen() - colour.getGreen()) < 12
            && Math.abs(c.getBlue() - colour.getBlue()) < 12) {
          n++;
        }
      }
    }
    return n;
  }
}
