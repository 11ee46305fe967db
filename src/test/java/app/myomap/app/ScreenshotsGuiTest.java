package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes the README's pictures from the running app (under {@code target/screenshots}), checking on
 * the way what each shows: every view, the shoulder girdle at 400 % drawn from vectors, and the
 * labelled muscle-region layer.
 */
@GuiTest
class ScreenshotsGuiTest {
  @TempDir Path dir;

  @Test
  void everyViewTheShoulderAt400PercentAndTheRegionLayer(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("pictures.db"));
    app.answerPractitioner("Alex Morgan");
    app.waitForAtlas();
    robot.waitForIdle();
    for (BodyView view : Atlas.viewsOf(Atlas.CURRENT_VERSION)) {
      app.showView(view);
      Path picture = app.screenshotOfCanvas("view-" + view.id());
      assertThat(nonBackgroundShare(picture))
          .as("outline drawn on " + view.id())
          .isGreaterThan(0.03);
    }

    app.showView(BodyView.POSTERIOR);
    Point2D acromion = app.atlas().landmarks().point(BodyView.POSTERIOR, "acromion.R");
    Point2D c7 = app.atlas().landmarks().point(BodyView.POSTERIOR, "c7");
    Point2D centre = new Point2D.Double((acromion.getX() + c7.getX()) / 2, acromion.getY() + 15);
    zoomTo(app, centre, 4.0);
    robot.waitForIdle();
    assertThat(execute(() -> app.canvas().transform().zoomPercent())).isEqualTo(400);
    assertThat(execute(() -> app.canvas().outlineRenderedScale()))
        .as("at 400 %% the outline is rendered anew from vectors, not scaled up")
        .isEqualTo(execute(() -> app.canvas().transform().scale()))
        .isCloseTo(4.0, org.assertj.core.api.Assertions.within(1e-9));
    Dimension image = execute(() -> app.canvas().outlineImageSize());
    assertThat(image.width).isGreaterThanOrEqualTo(execute(() -> app.canvas().getWidth()));
    app.screenshotOfCanvas("shoulder-400");

    app.shortcut(KeyEvent.VK_0);
    app.chooseMenu("menu.view", "menu.view.regions");
    Point2D t7 = app.atlas().landmarks().point(BodyView.POSTERIOR, "t7");
    zoomTo(app, new Point2D.Double(t7.getX(), t7.getY() + 40), 2.0);
    robot.waitForIdle();
    app.screenshotOfCanvas("regions-posterior");
    app.shortcut(KeyEvent.VK_0);
    app.showView(BodyView.ANTERIOR);
    app.screenshotOfCanvas("regions-anterior");
    app.showView(BodyView.HEAD_LEFT);
    app.screenshotOfCanvas("regions-head-left");
    app.quit();
  }

  /** Zooms to {@code scale} with the outline point {@code centre} in the middle of the canvas. */
  private static void zoomTo(AppDriver app, Point2D centre, double scale) {
    execute(
        () -> {
          var canvas = app.canvas();
          Point2D at = canvas.transform().toScreen(centre);
          canvas.zoomAt(at, scale / canvas.transform().scale());
          Point2D now = canvas.transform().toScreen(centre);
          canvas.panBy(canvas.getWidth() / 2.0 - now.getX(), canvas.getHeight() / 2.0 - now.getY());
        });
    // The outline for a new zoom is rendered in the background; the pictures show it sharp.
    Gui.waitUntil("the sharp outline", () -> app.canvas().outlineSharp());
  }

  private static double nonBackgroundShare(Path picture) throws Exception {
    BufferedImage image = ImageIO.read(picture.toFile());
    int background = image.getRGB(2, 2);
    long differing = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if (image.getRGB(x, y) != background) {
          differing++;
        }
      }
    }
    return differing / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
  }
}
