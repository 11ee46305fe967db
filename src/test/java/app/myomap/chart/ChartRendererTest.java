package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartRendererTest {
  private static final int SIZE = 200;
  private final ChartRenderer renderer = new ChartRenderer(MarkStyle.screen());
  private final ViewTransform identity = new ViewTransform(1, 0, 0);

  private static TriggerPoint point(TriggerPointStatus status) {
    return TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            100,
            100,
            new MuscleRef("upper-trapezius"),
            Side.RIGHT,
            "Examiner")
        .withStatus(status);
  }

  private BufferedImage paint(Mark mark, MarkAppearance look) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    renderer.paint(g, Chart.of(mark), BodyView.POSTERIOR, identity, look);
    g.dispose();
    return image;
  }

  private static MarkAppearance plain() {
    return MarkAppearance.plain(id -> "UT");
  }

  @Test
  void activeIsABoldRedCrossAndLatentABlueCrossInARing() {
    BufferedImage active = paint(point(TriggerPointStatus.ACTIVE), plain());
    BufferedImage latent = paint(point(TriggerPointStatus.LATENT), plain());
    assertThat(isReddish(active.getRGB(100, 100))).isTrue();
    assertThat(isBluish(latent.getRGB(100, 100))).isTrue();
    // The latent ring: painted at about 1.45 × the cross half-size to the right, where the active
    // cross leaves the page blank.
    int ringX = 100 + Math.round(MarkStyle.screen().crossHalfPx * 1.45f);
    assertThat(alpha(latent.getRGB(ringX, 100))).isGreaterThan(100);
    assertThat(alpha(active.getRGB(ringX, 100))).isLessThan(40);
  }

  @Test
  void greyscaleStillTellsActiveFromLatent() {
    BufferedImage active = paint(point(TriggerPointStatus.ACTIVE), plain());
    BufferedImage latent = paint(point(TriggerPointStatus.LATENT), plain());
    int differing = 0;
    for (int y = 80; y < 120; y++) {
      for (int x = 80; x < 120; x++) {
        if (Math.abs(darkness(active.getRGB(x, y)) - darkness(latent.getRGB(x, y))) > 60) {
          differing++;
        }
      }
    }
    assertThat(differing).isGreaterThan(40);
  }

  @Test
  void twitchBadgeShowsWhenTheResponseIsPresent() {
    TriggerPoint none = point(TriggerPointStatus.ACTIVE);
    TriggerPoint three = none.withTwitch(TwitchResponse.present(3));
    assertThat(darkPixels(paint(three, plain()), 108, 82, 125, 95))
        .isGreaterThan(darkPixels(paint(none, plain()), 108, 82, 125, 95) + 20);
  }

  @Test
  void everyPaintedPixelLiesInsideTheReportedBounds() {
    TriggerPoint tp = point(TriggerPointStatus.LATENT).withTwitch(TwitchResponse.present(12));
    NotePin pin =
        new NotePin(MarkId.random(), BodyView.POSTERIOR, 60, 150, "Tender after needling");
    for (Mark mark : new Mark[] {tp, pin}) {
      MarkAppearance look = new MarkAppearance(Set.of(mark.id()), mark.id(), true, id -> "UT");
      BufferedImage image = paint(mark, look);
      Rectangle bounds = renderer.bounds(mark, identity, look);
      for (int y = 0; y < SIZE; y++) {
        for (int x = 0; x < SIZE; x++) {
          if (alpha(image.getRGB(x, y)) > 0) {
            assertThat(bounds.contains(x, y)).as("pixel %d,%d of %s", x, y, mark.kind()).isTrue();
          }
        }
      }
    }
  }

  @Test
  void marksOfOtherViewsAreNotPainted() {
    TriggerPoint elsewhere =
        TriggerPoint.place(
            MarkId.random(), BodyView.ANTERIOR, 100, 100, new MuscleRef("deltoid"), Side.LEFT, "E");
    assertThat(darkPixels(paint(elsewhere, plain()), 0, 0, SIZE - 1, SIZE - 1)).isZero();
  }

  private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        if (alpha(image.getRGB(x, y)) > 128 && darkness(image.getRGB(x, y)) > 128) {
          n++;
        }
      }
    }
    return n;
  }

  private static int alpha(int argb) {
    return argb >>> 24;
  }

  private static int darkness(int argb) {
    Color c = new Color(argb, true);
    int grey = (c.getRed() * 30 + c.getGreen() * 59 + c.getBlue() * 11) / 100;
    return (255 - grey) * c.getAlpha() / 255;
  }

  private static boolean isReddish(int argb) {
    Color c = new Color(argb, true);
    return c.getAlpha() > 200 && c.getRed() > c.getBlue() + 60;
  }

  private static boolean isBluish(int argb) {
    Color c = new Color(argb, true);
    return c.getAlpha() > 200 && c.getBlue() > c.getRed() + 30;
  }
}
