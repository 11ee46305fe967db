package app.myomap.model.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class RingSimplifierTest {

  @Test
  void aCircleBecomesACompactPolygonWithinTheTolerance() {
    List<int[]> rings = RingSimplifier.rings(new Ellipse2D.Double(0, 0, 40, 40));
    assertThat(rings).hasSize(1);
    int[] ring = rings.get(0);
    assertThat(ring.length / 2).isBetween(12, 40);
    for (int i = 0; i < ring.length; i += 2) {
      double distance = Math.hypot(ring[i] / 100.0 - 20, ring[i + 1] / 100.0 - 20);
      assertThat(distance).isBetween(20 - RingSimplifier.TOLERANCE - 0.06, 20.01);
    }
  }

  @Test
  void aSquareKeepsExactlyItsFourCorners() {
    List<int[]> rings = RingSimplifier.rings(new Rectangle2D.Double(1.25, 2.5, 10, 20));
    assertThat(rings).hasSize(1);
    assertThat(rings.get(0)).hasSize(8).contains(125, 250, 1125, 2250);
  }

  @Test
  void holesStayAndCrumbsAreDropped() {
    Area ring = new Area(new Rectangle2D.Double(0, 0, 30, 30));
    ring.subtract(new Area(new Rectangle2D.Double(10, 10, 10, 10)));
    ring.add(new Area(new Rectangle2D.Double(100, 100, 0.5, 0.5)));
    List<int[]> rings = RingSimplifier.rings(ring);
    assertThat(rings).hasSize(2);
    assertThat(rings.stream().mapToLong(r -> Math.abs(RingSimplifier.doubleArea(r))).sum())
        .isEqualTo(2L * (900 + 100) * 10_000);
  }

  @Test
  void douglasPeuckerDropsPointsCloseToTheChord() {
    double[] ring = {0, 0, 5, 0.1, 10, 0, 10, 10, 5, 10.4, 0, 10};
    assertThat(RingSimplifier.douglasPeucker(ring, 0.25))
        .containsExactly(0, 0, 10, 0, 10, 10, 5, 10.4, 0, 10);
  }
}
