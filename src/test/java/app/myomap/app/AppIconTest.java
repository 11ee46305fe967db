package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.LoadedSvg;
import app.myomap.atlas.SafeSvgLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application icon (assets/icon/myomap.svg, rendered to the installers' PNG, ICO and ICNS when
 * packaging) loads in MyoMap's hardened SVG loader and still reads at the smallest size a desktop
 * shows it: a tile, a light figure on it, and the red trigger-point mark.
 */
class AppIconTest {

  @ParameterizedTest
  @ValueSource(ints = {16, 32, 256})
  void rendersAsATileWithAFigureAndARedMark(int size) throws Exception {
    URL icon = AppIconTest.class.getResource("/assets/icon/myomap.svg");
    assertThat(icon).as("the icon is packaged with the assets").isNotNull();
    LoadedSvg svg = SafeSvgLoader.load(icon);

    BufferedImage image = render(svg, size);

    assertThat(alpha(image, 0, 0)).as("rounded corner stays transparent").isZero();
    int tile = image.getRGB(size / 10, size / 2);
    assertThat(alpha(image, size / 10, size / 2)).isEqualTo(255);
    assertThat(blue(tile)).as("tile is teal").isGreaterThan(red(tile) + 40);
    int figure = image.getRGB(size / 2, size * 3 / 10);
    assertThat(red(figure)).as("head is light").isGreaterThan(200);
    assertThat(countRed(image))
        .as("the red mark covers a visible part of the icon")
        .isGreaterThanOrEqualTo(Math.max(3, size * size / 60));
  }

  private static BufferedImage render(LoadedSvg svg, int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.scale(size / 256.0, size / 256.0);
    svg.graphics().paint(g);
    g.dispose();
    return image;
  }

  private static int countRed(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (red(rgb) > 170 && green(rgb) < 110 && blue(rgb) < 110) {
          count++;
        }
      }
    }
    return count;
  }

  private static int alpha(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) >>> 24;
  }

  private static int red(int rgb) {
    return (rgb >> 16) & 0xff;
  }

  private static int green(int rgb) {
    return (rgb >> 8) & 0xff;
  }

  private static int blue(int rgb) {
    return rgb & 0xff;
  }
}
