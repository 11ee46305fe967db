package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.MuscleRegion;
import app.myomap.model.BodyView;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.ChartCanvas;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JToolTip;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two trigger points side by side at fit zoom, in the right upper trapezius and the right levator
 * scapulae, each get their own short label, apart; View &gt; Labels (Ctrl+Shift+L) hides them and
 * is remembered; the tooltip over a symptom area names its sensation.
 */
@GuiTest
class ChartLabelsGuiTest {
  private static final double[][] AROUND = {{0, 0}, {-2, 0}, {2, 0}, {0, -2}, {0, 2}};

  @TempDir Path dir;

  @Test
  void closePointsShowTwoLabelsApartTheToggleHidesThemAndAZoneTooltipNamesItsSensation(Robot robot)
      throws Exception {
    MapSettings settings = new MapSettings();
    AppDriver app = new AppDriver(robot, settings);
    app.start(dir.resolve("labels.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Sam Lee", "1985-06-01", "");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);

    // The levator lies under the trapezius; at its trigger-point site a click charts the levator.
    Point2D levator = siteOf(app, "levator-scapulae");
    Point2D trapezius = nearestIn(app, "upper-trapezius", levator);
    app.key(KeyEvent.VK_T);
    app.clickOutline(trapezius);
    app.clickOutline(levator);
    Gui.waitUntil(
        "the second point to be the levator scapulae",
        () ->
            app.editor().chart().triggerPoints().stream()
                .anyMatch(tp -> tp.muscle().id().equals("levator-scapulae")));
    List<TriggerPoint> points = execute(() -> app.editor().chart().triggerPoints());
    assertThat(points)
        .extracting(tp -> tp.muscle().id() + "." + tp.side().code())
        .containsExactlyInAnyOrder("upper-trapezius.R", "levator-scapulae.R");
    double apartPx = execute(() -> trapezius.distance(levator) * app.canvas().transform().scale());
    assertThat(apartPx).as("the points are close at fit zoom").isLessThan(40);

    ChartCanvas canvas = app.canvas();
    List<Rectangle2D> boxes = execute(canvas::labelBoxes);
    assertThat(boxes).hasSize(2);
    assertThat(boxes.get(0).intersects(boxes.get(1))).isFalse();
    BufferedImage shown = picture(canvas);
    int[] textShown = new int[boxes.size()];
    for (int i = 0; i < boxes.size(); i++) {
      textShown[i] = textPixels(shown, boxes.get(i));
      assertThat(textShown[i]).as("text in %s", boxes.get(i)).isGreaterThan(12);
    }
    app.screenshot("labels-light");

    app.shortcutWithShift(KeyEvent.VK_L);
    Gui.waitUntil("labels to hide", () -> !canvas.labelsShown());
    assertThat(execute(canvas::labelBoxes)).isEmpty();
    BufferedImage hidden = picture(canvas);
    for (int i = 0; i < boxes.size(); i++) {
      // Only the edge of a glyph or of the selected point's own label may reach into the box.
      assertThat(textPixels(hidden, boxes.get(i)))
          .as("no text in %s", boxes.get(i))
          .isLessThan(textShown[i] / 3);
    }
    assertThat(settings.read("chart.showLabels")).isEqualTo("false");
    app.shortcutWithShift(KeyEvent.VK_L);
    Gui.waitUntil("labels to show", canvas::labelsShown);

    // The patient's burning pain over the lower back, then hovered with the select tool.
    app.key(KeyEvent.VK_S);
    app.window().comboBox("zonePalette.symptomSensation").selectItem(1);
    Point2D back = app.between(BodyView.POSTERIOR, "iliac-crest.L", "iliac-crest.R");
    Point2D from = new Point2D.Double(back.getX() - 30, back.getY() - 50);
    app.dragOutline(
        from,
        new Point2D.Double(from.getX() + 60, from.getY()),
        new Point2D.Double(from.getX() + 60, from.getY() + 14),
        new Point2D.Double(from.getX(), from.getY() + 14),
        new Point2D.Double(from.getX(), from.getY() + 28),
        new Point2D.Double(from.getX() + 60, from.getY() + 28));
    SymptomArea area = execute(() -> app.editor().chart().symptomAreas().get(0));
    assertThat(area.sensation()).isEqualTo(SymptomSensation.BURNING);
    Gui.waitUntil("the area's sensation label", () -> canvas.labelBoxes().size() == 3);
    Rectangle2D areaLabel = execute(() -> canvas.labelBoxes().get(2));
    assertThat(areaLabel.contains(execute(() -> canvas.toComponent(area.shape().anchor()))))
        .isTrue();
    assertThat(textPixels(picture(canvas), areaLabel)).isGreaterThan(12);
    app.key(KeyEvent.VK_V);
    robot.moveMouse(canvas, execute(() -> canvas.toComponent(area.shape().anchor())));
    Gui.waitUntil("a tooltip naming the sensation", () -> tooltip().contains("Burning"));
    assertThat(tooltip()).contains("Symptom area");

    app.chooseMenu("menu.view", "menu.view.dark");
    robot.moveMouse(canvas, new Point(5, 5));
    app.screenshot("labels-dark");
    app.quit();
  }

  /** The point of the right muscle's region nearest its middle, deep or on top. */
  /** The centre of the muscle's first trigger-point site on the back view, right side. */
  private static Point2D siteOf(AppDriver app, String muscle) {
    app.myomap.atlas.TriggerPointSite site =
        app.atlas().sites().of(BodyView.POSTERIOR, muscle, Side.RIGHT).get(0);
    return new Point2D.Double(site.x(), site.y());
  }

  private static Point2D nearestIn(AppDriver app, String muscle, Point2D near) {
    MuscleRegion region =
        app.atlas().regions().find(BodyView.POSTERIOR, muscle, Side.RIGHT).orElseThrow();
    Point2D best = null;
    for (double dy = -30; dy <= 30; dy += 1) {
      for (double dx = -30; dx <= 30; dx += 1) {
        Point2D p = new Point2D.Double(near.getX() + dx, near.getY() + dy);
        // Far enough apart that the second click does not land on the first point.
        if (onTop(app, region, p)
            && p.distance(near) > 14
            && (best == null || p.distance(near) < best.distance(near))) {
          best = p;
        }
      }
    }
    assertThat(best).as("a point of %s near %s", muscle, near).isNotNull();
    return best;
  }

  /**
   * Whether the region is the top one at {@code p} and 2 units around it, so that a click rounded
   * to a whole pixel still lands on it.
   */
  private static boolean onTop(AppDriver app, MuscleRegion region, Point2D p) {
    for (double[] d : AROUND) {
      Point2D q = new Point2D.Double(p.getX() + d[0], p.getY() + d[1]);
      Optional<MuscleRegion> top =
          app.atlas().regions().at(BodyView.POSTERIOR, q).stream().findFirst();
      if (top.isEmpty() || !top.get().equals(region)) {
        return false;
      }
    }
    return true;
  }

  private static BufferedImage picture(ChartCanvas canvas) {
    return execute(
        () -> {
          BufferedImage image =
              new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_RGB);
          Graphics2D g = image.createGraphics();
          canvas.paint(g);
          g.dispose();
          return image;
        });
  }

  /** Pixels of the label text's near-black in {@code box}: the body's own lines are lighter. */
  private static int textPixels(BufferedImage image, Rectangle2D box) {
    int count = 0;
    for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
      for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
          count++;
        }
      }
    }
    return count;
  }

  /** The text of the tooltip showing now, or "" when none shows. */
  private static String tooltip() {
    return execute(
        () -> {
          for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
              JToolTip tip = find(window);
              if (tip != null) {
                return String.valueOf(tip.getTipText());
              }
            }
          }
          return "";
        });
  }

  private static JToolTip find(Component c) {
    if (c instanceof JToolTip tip && tip.isShowing()) {
      return tip;
    }
    if (c instanceof java.awt.Container container) {
      for (Component child : container.getComponents()) {
        JToolTip tip = find(child);
        if (tip != null) {
          return tip;
        }
      }
    }
    return null;
  }
}
