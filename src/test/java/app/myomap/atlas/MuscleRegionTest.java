package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;

class MuscleRegionTest {

  @Test
  void areaOfPolygonsIsExactWhateverTheWinding() {
    Path2D.Double clockwise = polygon(0, 0, 10, 0, 10, 5, 0, 5);
    Path2D.Double counterClockwise = polygon(0, 0, 0, 5, 10, 5, 10, 0);
    Path2D.Double triangle = polygon(0, 0, 6, 0, 0, 4);

    assertThat(MuscleRegion.areaOf(clockwise)).isEqualTo(50.0);
    assertThat(MuscleRegion.areaOf(counterClockwise)).isEqualTo(50.0);
    assertThat(MuscleRegion.areaOf(triangle)).isEqualTo(12.0);
  }

  @Test
  void areaOfCurvesComesFromTheFlattenedPath() {
    Path2D.Double circle = new Path2D.Double(new Ellipse2D.Double(0, 0, 20, 20));

    assertThat(MuscleRegion.areaOf(circle)).isCloseTo(Math.PI * 100, within(1.0));
  }

  @Test
  void areaSumsSeparateSubpathsAndCountsAnUnclosedOneAsClosed() {
    Path2D.Double two = polygon(0, 0, 2, 0, 2, 2, 0, 2);
    two.append(polygon(10, 10, 13, 10, 13, 13, 10, 13), false);
    Path2D.Double open = new Path2D.Double();
    open.moveTo(0, 0);
    open.lineTo(4, 0);
    open.lineTo(4, 4);
    open.lineTo(0, 4);

    assertThat(MuscleRegion.areaOf(two)).isEqualTo(13.0);
    assertThat(MuscleRegion.areaOf(open)).isEqualTo(16.0);
  }

  @Test
  void ofComputesTheAreaAndCopiesTheShape() {
    Path2D.Double shape = polygon(0, 0, 10, 0, 10, 10, 0, 10);
    MuscleRegion region =
        MuscleRegion.of("deltoid", Side.LEFT, BodyView.POSTERIOR, shape, Depth.SUPERFICIAL);
    shape.reset();

    assertThat(region.area()).isEqualTo(100.0);
    assertThat(region.shape().contains(5, 5)).isTrue();
    assertThat(region.regionId()).isEqualTo("deltoid.L");
  }

  static Path2D.Double polygon(double... xy) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    path.closePath();
    return path;
  }
}
