package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.chart.OutlineSnapshot;
import app.myomap.model.BodyView;
import app.myomap.testing.GoldenImages;
import app.myomap.testing.Gui;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Before the view's drawing is loaded, the canvas shows the picture of the body an earlier run
 * kept, and counts it as the body painted; once the drawing is there, the picture stands in until
 * the outline is rendered from its vectors, which looks the same: nothing jumps.
 */
class ChartCanvasSnapshotTest {
  private static final int WIDTH = 420;
  private static final int HEIGHT = 560;
  private static AtlasView posterior;
  private ChartCanvas canvas;
  private Color background;

  @BeforeAll
  static void loadView() {
    posterior = Atlas.loadView(Atlas.CURRENT_VERSION, BodyView.POSTERIOR);
  }

  @BeforeEach
  void anEmptyCanvas() {
    canvas =
        execute(
            () -> {
              Themes.install(false);
              ChartCanvas c = new ChartCanvas();
              c.setSize(WIDTH, HEIGHT);
              // In a window the canvas has its container's font; here it is on its own.
              c.setFont(javax.swing.UIManager.getFont("Label.font"));
              return c;
            });
    background = execute(canvas::getBackground);
  }

  @Test
  void theKeptPictureIsTheFirstBodyFrameAndTheVectorsReplaceItWithoutAJump() throws Exception {
    OutlineSnapshot kept = ChartCanvas.fittedSnapshot(posterior, WIDTH, HEIGHT, 1, background);
    AtomicInteger bodyPainted = new AtomicInteger();
    execute(
        () -> {
          canvas.whenOutlinePainted(bodyPainted::incrementAndGet);
          canvas.showOutlineSnapshot(kept);
        });
    BufferedImage before = paint();
    assertThat(bodyPainted.get()).as("the picture counts as the body painted").isEqualTo(1);
    assertThat(GoldenImages.differingShare(kept.image(), before)).isZero();
    assertThat(execute(canvas::outlineSharp)).isFalse();

    execute(() -> canvas.showView(posterior));
    BufferedImage standIn = paint();
    assertThat(execute(canvas::outlineSharp))
        .as("the first frame with the drawing did not wait for Batik to render it")
        .isFalse();
    assertThat(GoldenImages.differingShare(kept.image(), standIn)).isZero();

    Gui.waitUntil("the outline rendered from its vectors", this::paintsSharp);
    assertThat(execute(canvas::outlineRenderCount)).isPositive();
    assertThat(GoldenImages.differingShare(kept.image(), paint()))
        .as("the vector rendering looks exactly as the kept picture")
        .isZero();
  }

  @Test
  void aPictureOnOtherColoursIsNotShown() {
    OutlineSnapshot dark = ChartCanvas.fittedSnapshot(posterior, WIDTH, HEIGHT, 1, Color.DARK_GRAY);
    AtomicInteger bodyPainted = new AtomicInteger();
    execute(
        () -> {
          canvas.whenOutlinePainted(bodyPainted::incrementAndGet);
          canvas.showOutlineSnapshot(dark);
        });
    BufferedImage shown = paint();
    assertThat(bodyPainted.get()).isZero();
    assertThat(new Color(shown.getRGB(WIDTH / 2, HEIGHT / 3))).isEqualTo(background);
  }

  @Test
  void aPictureOfAnotherSizeIsFittedToTheWindow() {
    OutlineSnapshot small = ChartCanvas.fittedSnapshot(posterior, 210, 280, 1, background);
    execute(() -> canvas.showOutlineSnapshot(small));
    BufferedImage shown = paint();
    BufferedImage exact =
        ChartCanvas.fittedSnapshot(posterior, WIDTH, HEIGHT, 1, background).image();
    assertThat(GoldenImages.differingShare(exact, shown))
        .as("the same body, only blurrier")
        .isLessThan(0.08);
  }

  private BufferedImage paint() {
    return execute(
        () -> {
          BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
          Graphics2D g = image.createGraphics();
          try {
            canvas.paint(g);
          } finally {
            g.dispose();
          }
          return image;
        });
  }

  /** Paints on the event thread (the canvas is in no window) and says if the outline was sharp. */
  private boolean paintsSharp() {
    Graphics2D g = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      canvas.paint(g);
    } finally {
      g.dispose();
    }
    return canvas.outlineSharp();
  }
}
