package app.myomap.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 support for AssertJ Swing, which ships none: a robot with a fresh AWT hierarchy per test
 * that waits for the window system as well as the event queue ({@link SyncedRobot}, injected as a
 * {@link Robot} parameter), Swing thread violations failing the test, a screenshot under {@code
 * target/gui-failures/} when a test fails, and a clear failure without a display.
 */
public final class GuiExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(GuiExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (GraphicsEnvironment.isHeadless()) {
      fail(
          "GUI tests need a display. Run the suite under Xvfb: xvfb-run -a mvn -B verify"
              + " (on a desktop with a display, mvn -B verify is enough).");
    }
    FailOnThreadViolationRepaintManager.install();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Robot robot = new SyncedRobot(BasicRobot.robotWithNewAwtHierarchy());
    robot.settings().delayBetweenEvents(15);
    robot.settings().eventPostingDelay(0);
    context.getStore(NS).put(Robot.class, robot);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    Robot robot = context.getStore(NS).remove(Robot.class, Robot.class);
    try {
      if (context.getExecutionException().isPresent()) {
        Path dir = Path.of(System.getProperty("gui.failures.dir", "target/gui-failures"));
        Files.createDirectories(dir);
        String name =
            context.getRequiredTestClass().getSimpleName()
                + "."
                + context.getRequiredTestMethod().getName()
                + ".png";
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        new ScreenshotTaker().saveDesktopAsPng(file.toString());
      }
    } finally {
      if (robot != null) {
        robot.cleanUp();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == Robot.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return extension.getStore(NS).get(Robot.class, Robot.class);
  }
}
