package app.myomap.chart;

import app.myomap.model.SymptomSensation;
import app.myomap.model.ZoneShape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The vector fill patterns of zones, in outline units: the dots of a spillover stipple and the
 * pain-drawing symbols of a symptom area, laid on a staggered grid anchored at the outline origin
 * (so they do not swim when the view pans) and kept only where they lie inside the zone. Plain
 * shapes, never a texture, so an SVG or PDF export stays vector.
 */
final class ZonePattern {
  private static final double ROW_STEP = Math.sqrt(3) / 2;

  private ZonePattern() {}

  /**
   * The grid pitch in outline units that comes nearest above {@code targetPx} pixels at this scale,
   * from a ladder of powers of √2: the pattern keeps its density on screen at every zoom and
   * changes only in steps.
   */
  static double pitch(double targetPx, double scale) {
    double level = Math.ceil(2 * Math.log(targetPx / scale) / Math.log(2) - 1e-9);
    return Math.pow(2, level / 2);
  }

  /** Dots of radius {@code radius} on a grid of {@code pitch}, each wholly inside the shape. */
  static Path2D.Double dots(ZoneShape shape, double pitch, double radius) {
    Path2D.Double dots = new Path2D.Double();
    Ellipse2D.Double dot = new Ellipse2D.Double();
    forEachCellInside(
        shape,
        pitch,
        radius,
        (x, y) -> {
          dot.setFrame(x - radius, y - radius, 2 * radius, 2 * radius);
          dots.append(dot, false);
        });
    return dots;
  }

  /**
   * The symbols of a sensation, as open lines to stroke, one per grid cell whose symbol lies wholly
   * inside the shape: aching an inverted V, burning an x, stabbing a slash, pins and needles a
   * small circle, numbness two bars.
   */
  static Path2D.Double symbols(ZoneShape shape, SymptomSensation sensation, double pitch) {
    Path2D.Double lines = new Path2D.Double();
    double half = pitch * 0.27;
    forEachCellInside(shape, pitch, half * 1.15, (x, y) -> symbol(lines, sensation, x, y, half));
    return lines;
  }

  private static void symbol(
      Path2D.Double lines, SymptomSensation sensation, double x, double y, double h) {
    switch (sensation) {
      case ACHING -> {
        lines.moveTo(x - h, y + h * 0.6);
        lines.lineTo(x, y - h * 0.6);
        lines.lineTo(x + h, y + h * 0.6);
      }
      case BURNING -> {
        lines.moveTo(x - h * 0.8, y - h * 0.8);
        lines.lineTo(x + h * 0.8, y + h * 0.8);
        lines.moveTo(x - h * 0.8, y + h * 0.8);
        lines.lineTo(x + h * 0.8, y - h * 0.8);
      }
      case STABBING -> {
        lines.moveTo(x - h * 0.6, y + h);
        lines.lineTo(x + h * 0.6, y - h);
      }
      case PINS_AND_NEEDLES ->
          lines.append(new Ellipse2D.Double(x - h * 0.6, y - h * 0.6, h * 1.2, h * 1.2), false);
      case NUMBNESS -> {
        lines.moveTo(x - h, y - h * 0.35);
        lines.lineTo(x + h, y - h * 0.35);
        lines.moveTo(x - h, y + h * 0.35);
        lines.lineTo(x + h, y + h * 0.35);
      }
      default -> throw new IllegalArgumentException("Unknown sensation " + sensation);
    }
  }

  private interface Cell {
    void at(double x, double y);
  }

  /**
   * Visits the centre of every cell of the staggered grid over the shape's bounds around which a
   * square of half-size {@code half} lies inside the shape: its centre and four corners inside.
   * Each row is tested along three lines through the shape ({@link RowCrossings}), not point by
   * point: a zone at a high zoom has thousands of cells.
   */
  private static void forEachCellInside(ZoneShape shape, double pitch, double half, Cell cell) {
    List<double[]> rings = shape.rings();
    Rectangle2D bounds = shape.bounds();
    double rowStep = pitch * ROW_STEP;
    long firstRow = (long) Math.floor(bounds.getMinY() / rowStep);
    long lastRow = (long) Math.ceil(bounds.getMaxY() / rowStep);
    for (long row = firstRow; row <= lastRow; row++) {
      double y = row * rowStep;
      RowCrossings middle = RowCrossings.at(rings, y);
      RowCrossings top = RowCrossings.at(rings, y - half);
      RowCrossings bottom = RowCrossings.at(rings, y + half);
      double shift = Math.floorMod(row, 2) == 1 ? pitch / 2 : 0;
      long firstColumn = (long) Math.floor((bounds.getMinX() - shift) / pitch);
      long lastColumn = (long) Math.ceil((bounds.getMaxX() - shift) / pitch);
      for (long column = firstColumn; column <= lastColumn; column++) {
        double x = column * pitch + shift;
        if (middle.inside(x)
            && top.inside(x - half)
            && top.inside(x + half)
            && bottom.inside(x - half)
            && bottom.inside(x + half)) {
          cell.at(x, y);
        }
      }
    }
  }
}
