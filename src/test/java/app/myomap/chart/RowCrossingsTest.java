package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.ZoneShape;
import java.awt.BasicStroke;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The row test the zone patterns use says inside exactly where {@link ZoneShape#contains} does, so
 * that the dots and symbols it places are the ones the point-by-point test placed.
 */
class RowCrossingsTest {

  @Test
  void agreesWithTheShapeOnEveryPointOfADenseGridIncludingItsVertices() {
    for (ZoneShape shape : shapes()) {
      List<double[]> rings = shape.rings();
      var bounds = shape.bounds();
      int disagreements = 0;
      int inside = 0;
      // A step of 0.05 units hits every vertex row and column (vertices lie on hundredths).
      for (double y = bounds.getMinY() - 1; y <= bounds.getMaxY() + 1; y += 0.05) {
        RowCrossings row = RowCrossings.at(rings, y);
        for (double x = bounds.getMinX() - 1; x <= bounds.getMaxX() + 1; x += 0.25) {
          boolean expected = shape.contains(x, y);
          if (row.inside(x) != expected) {
            disagreements++;
          }
          inside += expected ? 1 : 0;
        }
        for (double[] ring : rings) {
          for (int i = 0; i < ring.length; i += 2) {
            if (row.inside(ring[i]) != shape.contains(ring[i], y)) {
              disagreements++;
            }
          }
        }
      }
      assertThat(inside).as("points inside " + shape).isGreaterThan(1000);
      assertThat(disagreements).as("points judged otherwise than ZoneShape.contains").isZero();
    }
  }

  @Test
  void thePatternsKeepEveryCellThePointByPointTestKept() {
    for (ZoneShape shape : shapes()) {
      for (double pitch : new double[] {2.5, 4, 5.66, 8}) {
        Path2D.Double dots = ZonePattern.dots(shape, pitch, pitch * 0.23);
        assertThat(segments(dots))
            .as("dots of pitch " + pitch)
            .isEqualTo(segments(pointByPointDots(shape, pitch, pitch * 0.23)))
            .isNotEmpty();
      }
    }
  }

  /** The dots as the pattern placed them before the row test: five contains tests per cell. */
  private static Path2D.Double pointByPointDots(ZoneShape shape, double pitch, double radius) {
    Path2D.Double dots = new Path2D.Double();
    var bounds = shape.bounds();
    double rowStep = pitch * Math.sqrt(3) / 2;
    for (long row = (long) Math.floor(bounds.getMinY() / rowStep);
        row <= (long) Math.ceil(bounds.getMaxY() / rowStep);
        row++) {
      double y = row * rowStep;
      double shift = Math.floorMod(row, 2) == 1 ? pitch / 2 : 0;
      for (long column = (long) Math.floor((bounds.getMinX() - shift) / pitch);
          column <= (long) Math.ceil((bounds.getMaxX() - shift) / pitch);
          column++) {
        double x = column * pitch + shift;
        if (shape.contains(x, y)
            && shape.contains(x - radius, y - radius)
            && shape.contains(x + radius, y - radius)
            && shape.contains(x - radius, y + radius)
            && shape.contains(x + radius, y + radius)) {
          dots.append(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius), false);
        }
      }
    }
    return dots;
  }

  private static List<String> segments(Path2D path) {
    List<String> out = new java.util.ArrayList<>();
    var it = path.getPathIterator(null);
    double[] c = new double[6];
    while (!it.isDone()) {
      int type = it.currentSegment(c);
      out.add(type + ":" + java.util.Arrays.toString(c));
      it.next();
    }
    return out;
  }

  /** A blob, a ring with a hole, and a random brush stroke crossing itself. */
  private static List<ZoneShape> shapes() {
    Area ring = new Area(new Ellipse2D.Double(0, 0, 100, 80));
    ring.subtract(new Area(new Ellipse2D.Double(30, 20, 40, 30)));
    Random random = new Random(3);
    Path2D.Double stroke = new Path2D.Double();
    stroke.moveTo(20, 20);
    for (int i = 0; i < 8; i++) {
      stroke.lineTo(10 + random.nextDouble() * 100, 10 + random.nextDouble() * 100);
    }
    Area brushed =
        new Area(
            new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(stroke));
    return List.of(
        ZoneRenderingTest.BLOB,
        ZoneShape.of(ring).orElseThrow(),
        ZoneShape.of(brushed).orElseThrow());
  }
}
