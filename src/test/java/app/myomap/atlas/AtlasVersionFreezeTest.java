package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Released atlas versions are frozen: marks are stored in their outline coordinates, so changing a
 * released outline, region or landmark would silently move old charts. A change here needs a new
 * version folder (v2, ...) instead; the old one stays loadable.
 */
class AtlasVersionFreezeTest {
  /** SHA-256 over every file of each released version, in file-name order. */
  private static final Map<String, String> RELEASED =
      Map.of("v1", "29fb3f9c74fa9d91061fc4856f8e533c093daf1c51ef0814ae236cbc48a81dd0");

  @Test
  void releasedVersionsAreUnchanged() throws Exception {
    for (Map.Entry<String, String> released : RELEASED.entrySet()) {
      assertThat(hash(Path.of("assets", "atlas", released.getKey())))
          .as(
              "atlas %s is released and frozen; put changed geometry into a new version folder",
              released.getKey())
          .isEqualTo(released.getValue());
    }
  }

  @Test
  void everyReleasedVersionStillLoads() {
    for (String version : RELEASED.keySet()) {
      Atlas atlas = Atlas.load(version);
      assertThat(atlas.version()).isEqualTo(version);
      for (BodyView view : atlas.views()) {
        assertThat(atlas.view(view).regions()).isNotEmpty();
      }
    }
  }

  @Test
  void theCurrentVersionIsReleased() {
    assertThat(RELEASED).containsKey(Atlas.CURRENT_VERSION);
  }

  static String hash(Path folder) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      digest.update(
          file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(file));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
