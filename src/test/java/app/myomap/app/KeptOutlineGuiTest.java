package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.AppInfo;
import app.myomap.ui.ChartCanvas;
import app.myomap.ui.MainWindow;
import app.myomap.ui.UiSettings;
import app.myomap.ui.WindowPlaces;
import java.awt.Insets;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start keeps a picture of the body as the whole window shows it, and where the chart is
 * in that window; the next start shows the body there in its first frame, finds the picture fitting
 * and keeps it as it is.
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
    String margins = settings.get(UiSettings.CHART_MARGINS);
    assertThat(WindowPlaces.parseMargins(margins))
        .as("where the chart is in the whole window, remembered for the next first frame")
        .isNotNull();
    first.quit();

    // The next first frame shows the body alone at that place, inside the same window.
    ChartCanvas alone = execute(ChartCanvas::new);
    Insets placed =
        execute(
            () -> {
              JFrame frame =
                  MainWindow.firstFrame(
                      new AppInfo("test", dir.resolve("clinic.db"), dir),
                      settings,
                      alone,
                      WindowPlaces.parseMargins(margins));
              try {
                frame.setVisible(true);
                frame.validate();
                Rectangle r =
                    SwingUtilities.convertRectangle(
                        alone.getParent(), alone.getBounds(), frame.getRootPane());
                return new Insets(
                    r.y,
                    r.x,
                    frame.getRootPane().getHeight() - r.y - r.height,
                    frame.getRootPane().getWidth() - r.x - r.width);
              } finally {
                frame.dispose();
              }
            });
    assertThat(WindowPlaces.marginsText(placed)).isEqualTo(margins);

    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(kept, written);
    AppDriver second = new AppDriver(robot, settings);
    second.start(dir.resolve("clinic.db"));
    Gui.waitUntil("the body drawn from its vectors", () -> second.canvas().outlineSharp());
    second.running().outlinePictureKept().get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(execute(() -> WindowPlaces.marginsText(second.running().window().chartMargins())))
        .as("the whole window has its chart where the first frame showed the body")
        .isEqualTo(margins);
    assertThat(Files.getLastModifiedTime(kept))
        .as("the picture kept fits the window as it first showed the body")
        .isEqualTo(written);
    second.quit();
  }
}
