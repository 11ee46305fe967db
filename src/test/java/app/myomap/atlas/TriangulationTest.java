package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TriangulationTest {

  @Test
  void aSquareWithItsCentreMakesFourTriangles() {
    Triangulation t = Triangulation.of(List.of(p(0, 0), p(10, 0), p(10, 10), p(0, 10), p(5, 5)));

    assertThat(t.triangles()).hasSize(4);
    assertThat(t.triangles()).allSatisfy(tri -> assertThat(tri).contains(4));
    assertThat(totalArea(t)).isEqualTo(100.0);
  }

  @Test
  void randomPointsGiveADelaunayMeshCoveringTheirBox() {
    Random random = new Random(14);
    List<Point2D> points = new ArrayList<>(List.of(p(0, 0), p(400, 0), p(400, 880), p(0, 880)));
    for (int i = 0; i < 60; i++) {
      points.add(p(1 + random.nextDouble() * 398, 1 + random.nextDouble() * 878));
    }
    // Landmarks on the midline are collinear; the mesh must take them as they are.
    for (int y = 40; y <= 840; y += 100) {
      points.add(p(200, y + 0.5));
    }

    Triangulation t = Triangulation.of(points);

    // Euler: a triangulation of n points with h on the hull has 2n - h - 2 triangles.
    assertThat(t.triangles()).hasSize(2 * points.size() - 4 - 2);
    assertThat(totalArea(t)).isCloseTo(400.0 * 880, org.assertj.core.data.Offset.offset(1e-6));
    for (int[] tri : t.triangles()) {
      List<Point2D.Double> ps = t.points();
      assertThat(Triangulation.cross(ps.get(tri[0]), ps.get(tri[1]), ps.get(tri[2]))).isPositive();
      for (int i = 0; i < ps.size(); i++) {
        if (i != tri[0] && i != tri[1] && i != tri[2]) {
          assertThat(insideCircumcircle(ps.get(tri[0]), ps.get(tri[1]), ps.get(tri[2]), ps.get(i)))
              .as("point %d inside the circumcircle of %s", i, java.util.Arrays.toString(tri))
              .isFalse();
        }
      }
    }
  }

  @Test
  void coincidingOrCollinearPointsAreRefused() {
    assertThatThrownBy(() -> Triangulation.of(List.of(p(0, 0), p(1, 1), p(0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two points");
    assertThatThrownBy(() -> Triangulation.of(List.of(p(0, 0), p(1, 1), p(2, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
  }

  private static boolean insideCircumcircle(
      Point2D.Double a, Point2D.Double b, Point2D.Double c, Point2D.Double p) {
    double d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y));
    double ux =
        ((a.x * a.x + a.y * a.y) * (b.y - c.y)
                + (b.x * b.x + b.y * b.y) * (c.y - a.y)
                + (c.x * c.x + c.y * c.y) * (a.y - b.y))
            / d;
    double uy =
        ((a.x * a.x + a.y * a.y) * (c.x - b.x)
                + (b.x * b.x + b.y * b.y) * (a.x - c.x)
                + (c.x * c.x + c.y * c.y) * (b.x - a.x))
            / d;
    double r = Math.hypot(a.x - ux, a.y - uy);
    return Math.hypot(p.x - ux, p.y - uy) < r * (1 - 1e-9);
  }

  private static double totalArea(Triangulation t) {
    double sum = 0;
    for (int[] tri : t.triangles()) {
      sum +=
          Triangulation.cross(
                  t.points().get(tri[0]), t.points().get(tri[1]), t.points().get(tri[2]))
              / 2;
    }
    return sum;
  }

  private static Point2D p(double x, double y) {
    return new Point2D.Double(x, y);
  }
}
