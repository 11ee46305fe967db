package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.chart.OutlineSnapshot;
import app.myomap.model.BodyView;
import app.myomap.ui.ChartCanvas;
import java.awt.Color;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The picture of the body kept between runs is read back only when it is whole and was drawn by
 * this MyoMap from the drawing bundled now; anything else is passed over without an error.
 */
class OutlineSnapshotsTest {
  private static final Color BACKGROUND = new Color(0xE9, 0xEC, 0xEF);
  private static final String VERSION = Atlas.CURRENT_VERSION;
  private static AtlasView posterior;
  private static String hash;
  private static OutlineSnapshot picture;

  @TempDir Path dir;

  @BeforeAll
  static void drawThePicture() {
    posterior = Atlas.loadView(VERSION, BodyView.POSTERIOR);
    hash = Atlas.outlineHash(VERSION, BodyView.POSTERIOR);
    picture = ChartCanvas.fittedSnapshot(posterior, 300, 420, 1, BACKGROUND);
  }

  private OutlineSnapshots snapshots() {
    return new OutlineSnapshots(dir.resolve("cache"), "1.2.3");
  }

  @Test
  void aKeptPictureReadsBackPixelForPixel() {
    snapshots().write(VERSION, hash, picture);
    OutlineSnapshot read = snapshots().read(VERSION, BodyView.POSTERIOR, hash).orElseThrow();
    assertThat(read.view()).isEqualTo(BodyView.POSTERIOR);
    assertThat(read.viewBox()).isEqualTo(picture.viewBox());
    assertThat(read.area()).isEqualTo(picture.area());
    assertThat(read.scale()).isEqualTo(picture.scale());
    assertThat(read.deviceScale()).isEqualTo(1);
    assertThat(read.background()).isEqualTo(BACKGROUND);
    assertThat(read.image().getWidth()).isEqualTo(300);
    assertThat(read.image().getHeight()).isEqualTo(420);
    int[] expected = picture.image().getRGB(0, 0, 300, 420, null, 0, 300);
    int[] actual = read.image().getRGB(0, 0, 300, 420, null, 0, 300);
    assertThat(Arrays.equals(actual, expected)).isTrue();
    assertThat(Files.exists(dir.resolve("cache/outline-" + VERSION + "-posterior.bin.partial")))
        .isFalse();
  }

  @Test
  void nothingIsDrawnFromAPictureOfAnotherDrawingVersionOrView() {
    snapshots().write(VERSION, hash, picture);
    assertThat(snapshots().read(VERSION, BodyView.POSTERIOR, "0".repeat(64)))
        .as("the atlas's drawing changed")
        .isEmpty();
    assertThat(
            new OutlineSnapshots(dir.resolve("cache"), "1.2.4")
                .read(VERSION, BodyView.POSTERIOR, hash))
        .as("another MyoMap drew it")
        .isEmpty();
    assertThat(snapshots().read(VERSION, BodyView.ANTERIOR, hash)).isEmpty();
    assertThat(snapshots().read("v1", BodyView.POSTERIOR, hash)).isEmpty();
  }

  @Test
  void aDamagedTruncatedForeignOrMissingFileIsPassedOver() throws IOException {
    assertThat(snapshots().read(VERSION, BodyView.POSTERIOR, hash)).as("missing").isEmpty();
    snapshots().write(VERSION, hash, picture);
    Path file = snapshots().file(VERSION, BodyView.POSTERIOR);
    byte[] whole = Files.readAllBytes(file);

    byte[] flipped = whole.clone();
    flipped[whole.length - 40] ^= 0x10;
    Files.write(file, flipped);
    assertThat(snapshots().read(VERSION, BodyView.POSTERIOR, hash)).as("one bit flipped").isEmpty();

    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    assertThat(snapshots().read(VERSION, BodyView.POSTERIOR, hash)).as("truncated").isEmpty();

    Files.write(
        file, "SQLite format 3\0 and more".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(snapshots().read(VERSION, BodyView.POSTERIOR, hash)).as("foreign").isEmpty();

    Files.write(file, new byte[0]);
    assertThat(snapshots().read(VERSION, BodyView.POSTERIOR, hash)).as("empty").isEmpty();
  }

  @Test
  void aHeaderAskingForAHugePictureIsRefusedBeforeAnythingIsAllocated() throws IOException {
    snapshots().write(VERSION, hash, picture);
    Path file = snapshots().file(VERSION, BodyView.POSTERIOR);
    byte[] whole = Files.readAllBytes(file);
    // Rewrite the header as written, with a width and height of 30,000 pixels each.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write("MyoMap outline picture\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.writeInt(1);
      out.writeUTF("1.2.3");
      out.writeUTF(VERSION);
      out.writeUTF(BodyView.POSTERIOR.id());
      out.writeUTF(hash);
      for (int i = 0; i < 8; i++) {
        out.writeDouble(10);
      }
      out.writeDouble(1);
      out.writeDouble(1);
      out.writeInt(BACKGROUND.getRGB());
      out.writeInt(30_000);
      out.writeInt(30_000);
      out.writeInt(0);
      out.write(whole, whole.length - 100, 100);
    }
    Files.write(file, bytes.toByteArray());
    assertThat(snapshots().read(VERSION, BodyView.POSTERIOR, hash)).isEmpty();
  }

  @Test
  void theStartKeepsAPictureOnlyWhenTheOneReadIsNotTheWindowsAsItFirstShowsTheBody()
      throws IOException {
    KeptOutline.Frame frame = new KeptOutline.Frame(300, 420, 1, BACKGROUND);
    KeptOutline first = KeptOutline.read(snapshots(), BodyView.POSTERIOR);
    assertThat(first.snapshot()).isEmpty();
    assertThat(first.outlineHash()).isEqualTo(hash);
    first.keepFor(snapshots(), posterior, frame);
    Path file = snapshots().file(VERSION, BodyView.POSTERIOR);
    assertThat(file).exists();

    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(file, written);
    KeptOutline second = KeptOutline.read(snapshots(), BodyView.POSTERIOR);
    assertThat(second.snapshot()).isPresent();
    second.keepFor(snapshots(), posterior, frame);
    assertThat(Files.getLastModifiedTime(file)).as("not written again").isEqualTo(written);

    second.keepFor(snapshots(), posterior, new KeptOutline.Frame(320, 420, 1, BACKGROUND));
    assertThat(Files.getLastModifiedTime(file)).as("a resized window").isNotEqualTo(written);
    Files.setLastModifiedTime(file, written);
    second.keepFor(snapshots(), posterior, new KeptOutline.Frame(300, 420, 1, Color.DARK_GRAY));
    assertThat(Files.getLastModifiedTime(file)).as("the dark theme").isNotEqualTo(written);
  }
}
