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
    assertAlike(expected, actual, name);
  }

  /**
   * Asserts that two renderings of one picture match within the same tolerance as a reference
   * image; on failure both are written to the failures folder to look at.
   */
  public static void assertAlike(BufferedImage expected, BufferedImage actual, String name)
      throws IOException {
    assertAlike(expected, actual, name, MAX_DIFFERING_FRACTION);
  }

  /**
   * As {@link #assertAlike(BufferedImage, BufferedImage, String)}, with at most {@code
   * maxDifferingShare} of the pixels differing beyond the channel tolerance.
   */
  public static void assertAlike(
      BufferedImage expected, BufferedImage actual, String name, double maxDifferingShare)
      throws IOException {
    assertThat(actual.getWidth()).as("width of " + name).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).as("height of " + name).isEqualTo(expected.getHeight());
    double fraction = differingShare(expected, actual);
    if (fraction > maxDifferingShare) {
      Path out = Path.of(System.getProperty("golden.failures.dir", "target/golden-failures"));
      Files.createDirectories(out);
      ImageIO.write(actual, "png", out.resolve(name + ".actual.png").toFile());
      ImageIO.write(expected, "png", out.resolve(name + ".expected.png").toFile());
    }
    assertThat(fraction)
        .as("share of pixels of %s differing from the reference", name)
        .isLessThanOrEqualTo(maxDifferingShare);
  }

  /** The share of pixels of two images of one size that differ beyond the channel tolerance. */
  public static double differingShare(BufferedImage a, BufferedImage b) {
    int differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (differs(a.getRGB(x, y), b.getRGB(x, y))) {
          differing++;
        }
      }
    }
    return differing / (double) (a.getWidth() * a.getHeight());
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
