package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ViewWarpTest {
  private static final Rectangle2D BOX = new Rectangle2D.Double(0, 0, 400, 880);

  @Test
  void anAffineChangeOfLandmarksIsReproducedEverywhere() {
    Landmarks from =
        landmarks("anterior\ta\t100\t100\nanterior\tb\t300\t120\nanterior\tc\t200\t700\n");
    Landmarks to =
        landmarks("anterior\ta\t110\t90\nanterior\tb\t310\t110\nanterior\tc\t210\t690\n");
    Rectangle2D moved = new Rectangle2D.Double(10, -10, 400, 880);

    ViewWarp warp = ViewWarp.of(BodyView.ANTERIOR, from, BOX, to, moved);

    Random random = new Random(8);
    for (int i = 0; i < 200; i++) {
      double x = random.nextDouble() * 400;
      double y = random.nextDouble() * 880;
      Point2D.Double p = warp.map(x, y);
      assertThat(p.x).isCloseTo(x + 10, within(1e-9));
      assertThat(p.y).isCloseTo(y - 10, within(1e-9));
    }
    assertThat(warp.foldedTriangles()).isZero();
  }

  @Test
  void pairedLandmarksMapExactlyAndUnpairedOnesAreLeftOut() {
    Landmarks from =
        landmarks(
            "anterior\ta\t100\t100\nanterior\tb\t300\t120\nanterior\tc\t200\t700\n"
                + "anterior\tonly-v1\t50\t50\n");
    Landmarks to =
        landmarks(
            "anterior\tc\t190\t720\nanterior\ta\t120\t80\nanterior\tb\t290\t140\n"
                + "anterior\tonly-v2\t60\t60\n");

    ViewWarp warp = ViewWarp.of(BodyView.ANTERIOR, from, BOX, to, BOX);

    assertThat(warp.pairedLandmarks()).containsExactly("a", "b", "c");
    assertThat(warp.map(100, 100)).isEqualTo(new Point2D.Double(120, 80));
    assertThat(warp.map(300, 120)).isEqualTo(new Point2D.Double(290, 140));
    assertThat(warp.map(200, 700)).isEqualTo(new Point2D.Double(190, 720));
    // The viewBox corners are paired too, so the edge of the picture stays put.
    assertThat(warp.map(0, 880)).isEqualTo(new Point2D.Double(0, 880));
  }

  @Test
  void aViewOnlyOneVersionDrawsHasNoWarp() {
    Landmarks from = landmarks("anterior\ta\t100\t100\nanterior\tb\t300\t120\n");
    Landmarks to = landmarks("anterior\ta\t100\t100\nanterior\tb\t300\t120\n");

    assertThatThrownBy(() -> ViewWarp.of(BodyView.POSTERIOR, from, BOX, to, BOX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("posterior has 0 landmarks in both versions");
  }

  @Test
  void aShapeKeepsItsHoleAndFollowsTheMap() {
    Landmarks from =
        landmarks("anterior\ta\t100\t100\nanterior\tb\t300\t100\nanterior\tc\t200\t300\n");
    Landmarks to =
        landmarks("anterior\ta\t100\t120\nanterior\tb\t300\t120\nanterior\tc\t200\t320\n");
    ViewWarp warp = ViewWarp.of(BodyView.ANTERIOR, from, BOX, to, BOX);
    Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    ring.append(new Rectangle2D.Double(170, 140, 60, 50), false);
    ring.append(new Rectangle2D.Double(185, 155, 30, 20), false);

    Path2D.Double mapped = warp.map(ring);

    assertThat(mapped.getWindingRule()).isEqualTo(Path2D.WIND_EVEN_ODD);
    // Inside the landmarks' triangle the map is a shift of 20 down.
    assertThat(mapped.contains(175, 185)).isTrue();
    assertThat(mapped.contains(200, 185)).as("the hole moved down with the map").isFalse();
    assertThat(mapped.contains(200, 165)).isTrue();
    assertThat(mapped.getBounds2D().getMinY()).isCloseTo(160, within(1e-9));
  }

  @Test
  void aPolylineIsSplitSoItBendsWithTheMap() {
    Landmarks from =
        landmarks("anterior\ta\t100\t100\nanterior\tb\t300\t100\nanterior\tc\t200\t300\n");
    Landmarks to =
        landmarks("anterior\ta\t100\t100\nanterior\tb\t300\t100\nanterior\tc\t200\t340\n");
    ViewWarp warp = ViewWarp.of(BodyView.ANTERIOR, from, BOX, to, BOX);

    double[] line = warp.mapPolyline(new double[] {10, 300, 390, 300});

    assertThat(line.length).isGreaterThan(4);
    assertThat(line[0]).isEqualTo(10.0);
    assertThat(line[line.length - 2]).isCloseTo(390, within(1e-9));
    double lowest = 0;
    for (int i = 1; i < line.length; i += 2) {
      lowest = Math.max(lowest, line[i]);
    }
    assertThat(lowest)
        .as("the line passes through c, which moved down 40")
        .isCloseTo(340, within(1e-9));
  }

  @Test
  void aLimbMovedApartFollowsItsOwnLandmarksAndTheBodyStays() {
    // The body's landmarks stay; the limb's two swing a quarter turn about (300, 300).
    String body = "anterior\ta\t100\t100\nanterior\tb\t200\t100\nanterior\tc\t150\t600\n";
    Landmarks from = landmarks(body + "anterior\telbow\t300\t400\nanterior\twrist\t300\t500\n");
    Landmarks to = landmarks(body + "anterior\telbow\t200\t300\nanterior\twrist\t100\t300\n");
    Rectangle2D limb = new Rectangle2D.Double(290, 390, 20, 120);

    ViewWarp warp =
        ViewWarp.of(
            BodyView.ANTERIOR, from, BOX, to, BOX, java.util.Set.of("elbow", "wrist"), limb);

    assertThat(warp.map(300, 400)).isEqualTo(new Point2D.Double(200, 300));
    assertThat(warp.map(300, 500)).isEqualTo(new Point2D.Double(100, 300));
    assertThat(warp.onLimb(305, 450)).isTrue();
    Point2D.Double onLimb = warp.map(305, 450);
    assertThat(onLimb.x).isCloseTo(150, within(1e-9));
    assertThat(onLimb.y).isCloseTo(305, within(1e-9));
    // The same place taken as body, and a body place, keep to the body's landmarks.
    assertThat(warp.map(305, 450, false).distance(305, 450)).isLessThan(1e-9);
    assertThat(warp.map(150, 300)).isEqualTo(new Point2D.Double(150, 300));
    assertThat(warp.foldedTriangles()).isZero();
  }

  static Landmarks landmarks(String tsv) {
    return Landmarks.parse(new StringReader(tsv), "test");
  }
}
