package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;
import static org.assertj.swing.timing.Pause.pause;

import app.myomap.chart.ViewTransform;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.ChartCanvas;
import app.myomap.ui.Themes;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real app as a user would: start, zoom, pan, dark mode, restart. */
@GuiTest
class StartupGuiTest {
  @TempDir Path dir;
  private final MapSettings settings = new MapSettings();
  private final AtomicInteger exits = new AtomicInteger();
  private FrameFixture window;
  private boolean practitionerKnown;

  @AfterEach
  void lightThemeAgain() {
    execute(() -> Themes.switchTo(false));
  }

  @Test
  void startsZoomsPansAndRemembersDarkModeAcrossARestart(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    Startup.Running running = start(robot, db);
    assertThat(window.target().getTitle()).contains("clinic.db");
    ChartCanvas canvas = canvasOf(running);
    waitForOutline(canvas);
    int fittedZoom = execute(() -> canvas.transform().zoomPercent());
    double fittedScale = execute(() -> canvas.transform().scale());
    window.label("status.zoom").requireText("Zoom " + fittedZoom + " %");
    robot.click(canvas);

    window.pressAndReleaseKey(
        org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_EQUALS)
            .modifiers(org.assertj.swing.util.Platform.controlOrCommandMask()));
    int zoomed = execute(() -> canvas.transform().zoomPercent());
    assertThat(execute(() -> canvas.transform().scale()))
        .isCloseTo(fittedScale * ViewTransform.STEP, org.assertj.core.api.Assertions.within(1e-9));
    window.label("status.zoom").requireText("Zoom " + zoomed + " %");
    int rendersBefore = execute(canvas::outlineRenderCount);

    ViewTransform beforePan = execute(canvas::transform);
    Point from = new Point(300, 300);
    robot.moveMouse(canvas, from);
    robot.pressMouse(MouseButton.MIDDLE_BUTTON);
    robot.moveMouse(canvas, new Point(340, 320));
    robot.moveMouse(canvas, new Point(380, 340));
    robot.releaseMouse(MouseButton.MIDDLE_BUTTON);
    robot.waitForIdle();
    ViewTransform afterPan = execute(canvas::transform);
    assertThat(afterPan.offsetX() - beforePan.offsetX()).isEqualTo(80.0);
    assertThat(afterPan.offsetY() - beforePan.offsetY()).isEqualTo(40.0);
    assertThat(afterPan.scale()).isEqualTo(beforePan.scale());

    // Zooming renders the outline again from vectors at the new scale, in the background: a
    // bigger image, not a stretched one, replaces the stretched one shown meanwhile.
    window.pressAndReleaseKey(
        org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_EQUALS)
            .modifiers(org.assertj.swing.util.Platform.controlOrCommandMask()));
    Gui.waitUntil("the sharp outline at the new zoom", canvas::outlineSharp);
    assertThat(execute(canvas::outlineRenderCount)).isGreaterThan(rendersBefore);
    assertThat(execute(canvas::outlineRenderedScale))
        .isEqualTo(execute(() -> canvas.transform().scale()))
        .isGreaterThan(fittedScale);

    AppDriver driver = new AppDriver(robot, settings);
    driver.attach(window);
    driver.chooseMenu("menu.view", "menu.view.dark");
    assertThat(execute(Themes::isDark)).isTrue();
    driver.chooseMenu("menu.file", "menu.file.quit");
    assertThat(exits.get()).isEqualTo(1);

    start(robot, db);
    assertThat(execute(Themes::isDark)).isTrue();
    javax.swing.JMenuItem dark = window.menuItem("menu.view.dark").target();
    assertThat(execute(dark::isSelected)).isTrue();
    AppDriver again = new AppDriver(robot, settings);
    again.attach(window);
    again.chooseMenu("menu.view", "menu.view.dark");
    assertThat(execute(Themes::isDark)).isFalse();
    window.close();
    assertThat(exits.get()).isEqualTo(2);
  }

  @Test
  void remembersWindowBounds(Robot robot) throws Exception {
    Path db = dir.resolve("bounds.db");
    start(robot, db);
    window.resizeTo(new Dimension(1000, 700));
    window.moveTo(new Point(40, 30));
    window.close();
    assertThat(exits.get()).isEqualTo(1);

    start(robot, db);
    assertThat(window.target().getSize()).isEqualTo(new Dimension(1000, 700));
    window.close();
  }

  private Startup.Running start(Robot robot, Path db) throws Exception {
    Startup.Running running = Startup.start(db, settings, exits::incrementAndGet);
    window = new FrameFixture(robot, running.window().frame());
    window.requireVisible();
    if (!practitionerKnown) {
      new AppDriver(robot, settings).answerPractitioner("Sam Rivera");
      practitionerKnown = true;
    }
    return running;
  }

  private static ChartCanvas canvasOf(Startup.Running running) {
    return running.window().canvas();
  }

  private static void waitForOutline(ChartCanvas canvas) {
    pause(
        new Condition("the body outline to be shown") {
          @Override
          public boolean test() {
            return execute(() -> canvas.atlasView().isPresent() && canvas.outlineRenderCount() > 0);
          }
        },
        Timeout.timeout(20_000));
  }
}
