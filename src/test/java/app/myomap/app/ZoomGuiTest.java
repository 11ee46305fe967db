package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.ChartCanvas;
import java.awt.Color;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wheel-zooming the real window at a trigger point: the zoom follows every notch at once, the
 * outline is rendered again in the background and shown sharp once ready, and the mark stays under
 * the pointer and on its place in the outline throughout.
 */
@GuiTest
class ZoomGuiTest {
  private static final int NOTCHES = 4;

  @TempDir Path dir;

  @Test
  void theWheelZoomsAtOnceAndTheOutlineTurnsSharpWithTheMarkInPlace(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("zoom.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    Point2D upperTrapeziusR = app.between(BodyView.POSTERIOR, "c7", "acromion.R");
    app.clickOutline(upperTrapeziusR);
    assertThat(execute(() -> app.editor().chart().triggerPoints())).hasSize(1);
    ChartCanvas canvas = app.canvas();
    Gui.waitUntil("the sharp outline at the fitted zoom", canvas::outlineSharp);
    double fitted = execute(() -> canvas.transform().scale());
    int renders = execute(canvas::outlineRenderCount);

    Point at = execute(() -> canvas.toComponent(upperTrapeziusR));
    robot.moveMouse(canvas, at);
    for (int notch = 0; notch < NOTCHES; notch++) {
      robot.rotateMouseWheel(-1);
    }
    double zoomed = fitted * Math.pow(ViewTransform.STEP, NOTCHES);
    Gui.waitUntil(
        NOTCHES + " notches of zoom", () -> Math.abs(canvas.transform().scale() - zoomed) < 1e-9);
    assertRedAt(app.screenshotOfCanvasAsShown("zoom-wheel-first-frames"), canvas, upperTrapeziusR);

    Gui.waitUntil("the sharp outline at the new zoom", canvas::outlineSharp);
    assertThat(execute(canvas::outlineRenderedScale)).isEqualTo(execute(canvas::transform).scale());
    assertThat(execute(canvas::outlineRenderCount)).isGreaterThan(renders);
    Point after = execute(() -> canvas.toComponent(upperTrapeziusR));
    assertThat(after.distance(at)).as("the point under the pointer stays there").isLessThan(1.5);
    assertRedAt(app.screenshotOfCanvas("zoom-wheel-sharp"), canvas, upperTrapeziusR);
    app.quit();
  }

  /** The trigger point's red X is drawn where the outline point lies in the canvas now. */
  private static void assertRedAt(Path picture, ChartCanvas canvas, Point2D outline)
      throws Exception {
    BufferedImage image = ImageIO.read(picture.toFile());
    Point at = execute(() -> canvas.toComponent(outline));
    Color centre = new Color(image.getRGB(at.x, at.y));
    assertThat(centre.getRed()).as("red at the trigger point").isGreaterThan(150);
    assertThat(centre.getGreen()).as("red at the trigger point").isLessThan(90);
  }
}
