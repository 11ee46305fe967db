package app.myomap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.geometry.RingSimplifier;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrushStrokeTest {

  private static double area(List<int[]> rings) {
    double sum = 0;
    for (int[] ring : rings) {
      sum += RingSimplifier.doubleArea(ring) / 2.0 / 10_000;
    }
    return Math.abs(sum);
  }

  private static List<Point2D> straight(double x0, double y0, double x1, double y1, int samples) {
    List<Point2D> points = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      double t = i / (samples - 1.0);
      points.add(new Point2D.Double(x0 + t * (x1 - x0), y0 + t * (y1 - y0)));
    }
    return points;
  }

  @Test
  void aStraightStrokeSweepsARectangleWithRoundCaps() {
    double radius = 6;
    double length = 120;
    for (List<Point2D> samples :
        List.of(
            straight(40, 50, 40 + length, 50, 2),
            straight(40, 50, 40 + length, 50, 200),
            straight(100, 100, 100 + length * 0.6, 100 + length * 0.8, 57))) {
      BrushStroke stroke = BrushStroke.along(samples, radius);
      List<int[]> rings = RingSimplifier.rings(stroke.toArea());
      double expected = 2 * radius * length + Math.PI * radius * radius;
      assertThat(rings).hasSize(1);
      assertThat(area(rings)).isCloseTo(expected, within(expected * 0.01));
    }
  }

  @Test
  void aSingleSampleIsADiscAndRepeatedSamplesAddNothing() {
    BrushStroke stroke = new BrushStroke(5);
    assertThat(stroke.add(new Point2D.Double(10, 10))).isTrue();
    assertThat(stroke.add(new Point2D.Double(10, 10))).isFalse();
    assertThat(stroke.samples()).hasSize(1);
    double disc = Math.PI * 25;
    assertThat(area(RingSimplifier.rings(stroke.toArea()))).isCloseTo(disc, within(disc * 0.01));
  }

  @Test
  void aStrokeThatDoublesBackCoversItsPathOnce() {
    List<Point2D> samples = new ArrayList<>(straight(0, 0, 100, 0, 50));
    samples.addAll(straight(100, 0, 0, 0, 50));
    BrushStroke stroke = BrushStroke.along(samples, 4);
    double expected = 2 * 4 * 100 + Math.PI * 16;
    assertThat(area(RingSimplifier.rings(stroke.toArea())))
        .isCloseTo(expected, within(expected * 0.01));
  }

  @Test
  void aTightZigZagFillsOneAreaWithoutGaps() {
    List<Point2D> samples = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      samples.add(new Point2D.Double(i * 3, i % 2 == 0 ? 0 : 30));
    }
    Area area = BrushStroke.along(samples, 5).toArea();
    assertThat(area.isSingular()).isTrue();
    assertThat(area.contains(30, 15)).isTrue();
    assertThat(area.contains(1.5, 29)).isTrue();
  }

  @Test
  void theLiveShapeGrowsOneSegmentAtATimeAndMatchesTheFinalArea() {
    BrushStroke stroke = new BrushStroke(3);
    stroke.add(new Point2D.Double(0, 0));
    stroke.add(new Point2D.Double(50, 0));
    assertThat(stroke.shape().contains(25, 2)).isTrue();
    assertThat(stroke.shape().contains(25, 4)).isFalse();
    stroke.add(new Point2D.Double(50, 40));
    assertThat(stroke.shape().contains(52, 20)).isTrue();
    assertThat(stroke.lastSegmentBounds()).isEqualTo(new Rectangle2D.Double(47, -3, 6, 46));
    Area area = stroke.toArea();
    assertThat(area.contains(52, 20)).isTrue();
    assertThat(area.contains(25, 10)).isFalse();
  }

  @Test
  void rejectsABadRadiusAndNonFiniteSamples() {
    assertThatThrownBy(() -> new BrushStroke(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BrushStroke(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BrushStroke(2).add(new Point2D.Double(Double.NaN, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
