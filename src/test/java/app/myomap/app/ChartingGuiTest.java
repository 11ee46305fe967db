package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TwitchPresence;
import app.myomap.testing.AppDriver;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A practitioner's first chart, end to end on a real database file, through the real window. */
@GuiTest
class ChartingGuiTest {
  @TempDir Path dir;

  @Test
  void chartsATriggerPointWithTwitchesUndoesRedoesAndFindsItAgainAfterARestart(Robot robot)
      throws Exception {
    Path db = dir.resolve("clinic.db");
    MapSettings settings = new MapSettings();
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);

    app.key(KeyEvent.VK_T);
    Point2D upperTrapeziusR = app.between(BodyView.POSTERIOR, "c7", "acromion.R");
    app.clickOutline(upperTrapeziusR);
    app.window().label("inspector.muscle").requireText("Upper trapezius (R)");
    TriggerPoint placed = app.editor().chart().triggerPoints().get(0);
    assertThat(placed.muscle().id()).isEqualTo("upper-trapezius");
    assertThat(placed.side()).isEqualTo(Side.RIGHT);
    assertThat(placed.view()).isEqualTo(BodyView.POSTERIOR);
    assertThat(placed.examiner()).isEqualTo("Alex Morgan");

    app.key(KeyEvent.VK_3);
    assertThat(onlyPoint(app).twitch().presence()).isEqualTo(TwitchPresence.PRESENT);
    assertThat(onlyPoint(app).twitch().count()).isEqualTo(3);
    app.shortcut(KeyEvent.VK_Z);
    assertThat(onlyPoint(app).twitch().presence()).isEqualTo(TwitchPresence.NOT_TESTED);
    app.shortcutWithShift(KeyEvent.VK_Z);
    assertThat(onlyPoint(app).twitch().count()).isEqualTo(3);
    Chart charted = execute(() -> app.editor().chart());
    app.screenshot("charting");
    app.quit();
    assertThat(app.exits()).isEqualTo(1);

    AppDriver again = new AppDriver(robot, settings);
    again.start(db);
    again.waitForEditor();
    assertThat(execute(() -> again.editor().chart())).isEqualTo(charted);
    again.quit();
  }

  private static TriggerPoint onlyPoint(AppDriver app) {
    return execute(() -> app.editor().chart().triggerPoints().get(0));
  }
}
