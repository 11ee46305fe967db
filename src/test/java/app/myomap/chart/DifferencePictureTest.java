package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.compare.PointFate;
import app.myomap.model.TriggerPointStatus;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The difference map's one drawing: its marks grow with the mark scale as the chart's do (so a
 * 300-DPI picture does not shrink them), and its three kinds of area differ in colour.
 */
class DifferencePictureTest {

  @Test
  void aPointsDecorationGrowsWithTheMarkScale() {
    Rectangle small =
        ink(
            g ->
                DifferencePicture.screen()
                    .paintPoint(g, PointFate.NEW, TriggerPointStatus.ACTIVE, 100, 100));
    Rectangle large =
        ink(
            g ->
                new DifferencePicture(2f)
                    .paintPoint(g, PointFate.NEW, TriggerPointStatus.ACTIVE, 100, 100));
    assertThat(small.width).isBetween(22, 30);
    assertThat((double) large.width / small.width)
        .isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.15));
    assertThat(new DifferencePicture(2f).sampleSize())
        .isEqualTo(2 * DifferencePicture.screen().sampleSize());
  }

  @Test
  void newResolvedAndPersistingAreasDifferInColour() {
    DifferencePicture picture = DifferencePicture.screen();
    int[] colours = new int[DifferencePicture.AreaKind.values().length];
    for (DifferencePicture.AreaKind kind : DifferencePicture.AreaKind.values()) {
      BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 60, 60);
      picture.paintArea(g, kind, new Rectangle2D.Double(10, 10, 40, 40));
      g.dispose();
      colours[kind.ordinal()] = image.getRGB(22, 30);
    }
    assertThat(colours).doesNotHaveDuplicates();
    assertThat(colours).doesNotContain(Color.WHITE.getRGB());
  }

  @Test
  void aMarkScaleMustBePositive() {
    assertThatThrownBy(() -> new DifferencePicture(0f))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The bounds of what {@code drawing} paints on white, in pixels. */
  private static Rectangle ink(Consumer<Graphics2D> drawing) {
    BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 200);
    drawing.accept(g);
    g.dispose();
    Rectangle bounds = null;
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 160) {
          Rectangle pixel = new Rectangle(x, y, 1, 1);
          bounds = bounds == null ? pixel : bounds.union(pixel);
        }
      }
    }
    return bounds;
  }
}
