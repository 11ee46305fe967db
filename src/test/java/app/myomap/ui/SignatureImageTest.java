package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chosen signature image is kept as a small PNG that fits the profile's signature box. */
class SignatureImageTest {
  @TempDir Path folder;

  @Test
  void aLargeScanIsScaledDownKeepingItsProportions() throws Exception {
    Path scan = image(1800, 300, "jpg");
    BufferedImage kept = ImageIO.read(new ByteArrayInputStream(ProfileDialog.signaturePng(scan)));
    assertThat(kept.getWidth()).isEqualTo(ProfileDialog.SIGNATURE_WIDTH_PX);
    assertThat(kept.getHeight()).isEqualTo(100);
    // The ink is still there after scaling.
    assertThat(new Color(kept.getRGB(300, 50), true).getRed()).isLessThan(100);
  }

  @Test
  void aSmallImageKeepsItsSize() throws Exception {
    BufferedImage kept =
        ImageIO.read(new ByteArrayInputStream(ProfileDialog.signaturePng(image(240, 80, "png"))));
    assertThat(kept.getWidth()).isEqualTo(240);
    assertThat(kept.getHeight()).isEqualTo(80);
  }

  @Test
  void aFileThatIsNoImageIsRefused() throws Exception {
    Path text = folder.resolve("signature.png");
    Files.writeString(text, "not a picture");
    assertThatThrownBy(() -> ProfileDialog.signaturePng(text)).isInstanceOf(IOException.class);
  }

  private Path image(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.fillRect(0, height / 3, width, height / 3);
    g.dispose();
    Path file = folder.resolve("signature." + format);
    ImageIO.write(image, format, file.toFile());
    return file;
  }
}
