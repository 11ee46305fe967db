package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.testing.AppDriver;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six atlas views in the real window: switching between them and naming the muscle under the
 * pointer.
 */
@GuiTest
class AtlasViewsGuiTest {
  @TempDir Path dir;

  @Test
  void switchesThroughAllSixViewsByToolbarAndKeyboard(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("views.db"));
    app.answerPractitioner("Sam Rivera");
    app.waitForAtlas();
    for (BodyView view : Atlas.viewsOf(Atlas.CURRENT_VERSION)) {
      app.showView(view);
      assertThat(shownView(app)).isEqualTo(view);
    }
    int number = 1;
    for (BodyView view : Atlas.viewsOf(Atlas.CURRENT_VERSION)) {
      app.shortcut(KeyEvent.VK_0 + number++);
      assertThat(shownView(app)).isEqualTo(view);
    }
    app.quit();
  }

  @Test
  void hoveringNamesTheMuscleAndSideWithTheDeeperOnes(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("hover.db"));
    app.answerPractitioner("Sam Rivera");
    app.waitForAtlas();
    app.showView(BodyView.POSTERIOR);
    hover(robot, app, app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    app.window().label("status.region").requireText("Upper trapezius (R)");

    Point2D s2 = app.atlas().landmarks().point(BodyView.POSTERIOR, "s2");
    Point2D trochanter = app.atlas().landmarks().point(BodyView.POSTERIOR, "greater-trochanter.R");
    Point2D piriformis =
        new Point2D.Double(
            s2.getX() + 0.45 * (trochanter.getX() - s2.getX()),
            s2.getY() + 0.45 * (trochanter.getY() - s2.getY()) + 8);
    hover(robot, app, piriformis);
    assertThat(app.window().label("status.region").text())
        .startsWith("Gluteus maximus (R)")
        .contains("+ deeper:")
        .contains("Piriformis (R)");

    app.showView(BodyView.HEAD_LEFT);
    Point2D arch = app.atlas().landmarks().point(BodyView.HEAD_LEFT, "zygomatic-arch");
    Point2D angle = app.atlas().landmarks().point(BodyView.HEAD_LEFT, "mandible-angle");
    hover(
        robot,
        app,
        new Point2D.Double((arch.getX() + angle.getX()) / 2 + 8, (arch.getY() + angle.getY()) / 2));
    assertThat(app.window().label("status.region").text()).startsWith("Masseter (L)");
    app.quit();
  }

  private static BodyView shownView(AppDriver app) {
    return execute(() -> app.canvas().atlasView().orElseThrow().view());
  }

  private static void hover(Robot robot, AppDriver app, Point2D outline) {
    Point at = execute(() -> app.canvas().toComponent(outline));
    robot.moveMouse(app.canvas(), at);
    robot.waitForIdle();
  }
}
