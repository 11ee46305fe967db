package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start keeps a picture of the body as the window first showed it; the next start with
 * the same window finds it fitting and keeps it as it is.
 */
@GuiTest
class KeptOutlineGuiTest {
  @TempDir Path dir;
  private String cacheDirBefore;

  @BeforeEach
  void ownCacheFolder() {
    cacheDirBefore = System.getProperty(OutlineSnapshots.CACHE_DIR_PROPERTY);
    System.setProperty(OutlineSnapshots.CACHE_DIR_PROPERTY, dir.resolve("cache").toString());
  }

  @AfterEach
  void cacheFolderAsBefore() {
    if (cacheDirBefore == null) {
      System.clearProperty(OutlineSnapshots.CACHE_DIR_PROPERTY);
    } else {
      System.setProperty(OutlineSnapshots.CACHE_DIR_PROPERTY, cacheDirBefore);
    }
  }

  @Test
  void theFirstStartKeepsAPictureOfTheBodyThatTheNextStartFindsFitting(Robot robot)
      throws Exception {
    MapSettings settings = new MapSettings();
    Path kept = dir.resolve("cache").resolve("outline-" + Atlas.CURRENT_VERSION + "-anterior.bin");
    AppDriver first = new AppDriver(robot, settings);
    first.start(dir.resolve("clinic.db"));
    first.answerPractitioner("Alex Morgan");
    Gui.waitUntil("a picture of the body kept", () -> Files.isRegularFile(kept));
    String hash = Atlas.outlineHash(Atlas.CURRENT_VERSION, BodyView.ANTERIOR);
    assertThat(
            new OutlineSnapshots(dir.resolve("cache"), Version.current())
                .read(Atlas.CURRENT_VERSION, BodyView.ANTERIOR, hash))
        .as("a whole picture of the drawing bundled now")
        .isPresent();
    first.quit();

    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(kept, written);
    AppDriver second = new AppDriver(robot, settings);
    second.start(dir.resolve("clinic.db"));
    Gui.waitUntil("the body drawn from its vectors", () -> second.canvas().outlineSharp());
    second.running().outlinePictureKept().get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(Files.getLastModifiedTime(kept))
        .as("the picture kept fits the window as it first showed the body")
        .isEqualTo(written);
    second.quit();
  }
}
