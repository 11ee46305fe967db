package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.session.PatientHistory;
import app.myomap.session.SampleDatabase;
import app.myomap.session.VisitRecords;
import app.myomap.store.Database;
import app.myomap.testing.GuiTest;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows the timeline and the trends of the sample patient in both themes and saves pictures to look
 * at (under {@code <build dir>/screenshots/}).
 */
@GuiTest
class HistoryPanelsLookGuiTest {
  private static final Path SHOTS =
      Path.of(System.getProperty("build.dir", "target"), "screenshots");

  @TempDir Path dir;

  @AfterEach
  void lightAgain() {
    execute(() -> Themes.install(false));
  }

  @Test
  void bothPanelsAreDrawnInBothThemes(Robot robot) throws Exception {
    Files.createDirectories(SHOTS);
    PatientHistory history;
    try (Database database = Database.open(dir.resolve("sample.db"))) {
      var patient =
          new SampleDatabase(
                  database, HistoryFixtures.atlas(), Instant.parse("2026-01-02T12:00:00Z"))
              .write();
      VisitRecords records = new VisitRecords(database);
      records.remember(HistoryFixtures.atlas());
      history = PatientHistory.load(records, patient);
    }
    for (boolean dark : new boolean[] {false, true}) {
      execute(() -> Themes.install(dark));
      String theme = dark ? "dark" : "light";
      TimelinePanel timeline =
          execute(
              () -> {
                TimelinePanel p = new TimelinePanel();
                p.setHistory(history);
                return p;
              });
      save(robot, timeline, new Dimension(760, 260), SHOTS.resolve("timeline-" + theme + ".png"));
      TrendsPanel trends =
          execute(
              () -> {
                TrendsPanel p = new TrendsPanel();
                p.setHistory(history);
                return p;
              });
      save(robot, trends, new Dimension(760, 460), SHOTS.resolve("trends-" + theme + ".png"));
    }
  }

  private static void save(Robot robot, JComponent panel, Dimension size, Path file)
      throws Exception {
    JFrame frame =
        execute(
            () -> {
              JFrame f = new JFrame("History");
              f.getContentPane().add(panel);
              return f;
            });
    FrameFixture window = new FrameFixture(robot, frame);
    window.show(size);
    robot.waitForIdle();
    BufferedImage image =
        execute(
            () -> {
              BufferedImage i =
                  new BufferedImage(
                      panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
              var g = i.createGraphics();
              panel.paint(g);
              g.dispose();
              return i;
            });
    ImageIO.write(image, "png", file.toFile());
    assertThat(distinctColours(image)).as("a drawn panel, not a blank one").isGreaterThan(20);
    window.cleanUp();
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
