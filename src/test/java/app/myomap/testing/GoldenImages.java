package app.myomap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares a rendering with a reference PNG under {@code src/test/resources}, allowing a small
 * per-pixel tolerance for anti-aliasing differences. Run with {@code -Dgolden.update=true} to write
 * the references anew on purpose (then look at them before committing).
 */
public final class GoldenImages {
  /** How far one colour channel may differ before a pixel counts as different. */
  private static final int CHANNEL_TOLERANCE = 48;

  /** The share of pixels that may differ beyond the channel tolerance. */
  private static final double MAX_DIFFERING_FRACTION = 0.005;

  private GoldenImages() {}

  /**
   * Asserts that {@code actual} matches the reference {@code name}.png in {@code folder} (a path
   * relative to the project's test resources).
   */
  public static void assertMatches(BufferedImage actual, String folder, String name)
      throws IOException {
    Path reference = Path.of("src", "test", "resources").resolve(folder).resolve(name + ".png");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(reference.getParent());
      ImageIO.write(actual, "png", reference.toFile());
      return;
    }
    assertThat(reference)
        .as("reference image (create it with -Dgolden.update=true and look at it)")
        .exists();
    BufferedImage expected = ImageIO.read(reference.toFile());
    assertThat(actual.getWidth()).as("width of " + name).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).as("height of " + name).isEqualTo(expected.getHeight());
    int differing = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        if (differs(expected.getRGB(x, y), actual.getRGB(x, y))) {
          differing++;
        }
      }
    }
    double fraction = differing / (double) (expected.getWidth() * expected.getHeight());
    if (fraction > MAX_DIFFERING_FRACTION) {
      Path out = Path.of(System.getProperty("golden.failures.dir", "target/golden-failures"));
      Files.createDirectories(out);
      ImageIO.write(actual, "png", out.resolve(name + ".actual.png").toFile());
    }
    assertThat(fraction)
        .as("share of pixels of %s differing from the reference", name)
        .isLessThanOrEqualTo(MAX_DIFFERING_FRACTION);
  }

  private static boolean differs(int a, int b) {
    for (int shift = 0; shift <= 24; shift += 8) {
      if (Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)) > CHANNEL_TOLERANCE) {
        return true;
      }
    }
    return false;
  }
}
