package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a visit is charted the status bar shows how much of the body is painted and the Widespread
 * Pain Index score, measured again after each edit.
 */
@GuiTest
class VisitMetricsGuiTest {
  @TempDir Path dir;

  @Test
  void paintingTheLowerBackShowsItsExtentAndItsAreaOfTheIndex(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("clinic.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    JLabel metrics = robot.finder().findByName("status.metrics", JLabel.class, false);
    Gui.waitUntil(
        "an empty chart to measure nothing",
        () -> metrics.isShowing() && metrics.getText().matches("0[.,]0 % painted · WPI 0/19"));

    app.key(KeyEvent.VK_S);
    Point2D back = app.between(BodyView.POSTERIOR, "iliac-crest.L", "iliac-crest.R");
    Point2D from = new Point2D.Double(back.getX() - 30, back.getY() - 50);
    app.dragOutline(
        from,
        new Point2D.Double(from.getX() + 60, from.getY()),
        new Point2D.Double(from.getX() + 60, from.getY() + 14),
        new Point2D.Double(from.getX(), from.getY() + 14));

    Gui.waitUntil(
        "the painted area to be measured",
        () ->
            metrics
                .getText()
                .matches(
                    "[1-9][0-9]*[.,][0-9] % painted · WPI [1-9]/19|0[.,][1-9] % painted · WPI [1-9]/19"));
    Gui.waitUntil(
        "the tooltip to name the area of the index",
        () -> String.valueOf(metrics.getToolTipText()).contains("Lower back"));
    assertThat(metrics.getToolTipText()).contains("0 active, 0 latent");
    app.screenshot("visit-metrics");
  }
}
