package app.myomap.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Where one horizontal line crosses a zone's rings, to tell inside from outside along the line with
 * a binary search instead of walking every edge per point. It gives exactly what {@link
 * java.awt.geom.Path2D#contains(double, double)} gives for the even-odd path of the same rings
 * (which is how {@code ZoneShape.contains} decides): an edge counts when the line's y lies in its
 * half-open y range and the point lies left of the crossing computed by the same formula.
 */
final class RowCrossings {
  private final double[] thresholds;

  private RowCrossings(double[] thresholds) {
    this.thresholds = thresholds;
  }

  /** The crossings of the line at {@code y} with {@code rings}, each {@code [x0, y0, x1, ...]}. */
  static RowCrossings at(List<double[]> rings, double y) {
    double[] found = new double[16];
    int count = 0;
    for (double[] ring : rings) {
      int n = ring.length / 2;
      for (int i = 0; i < n; i++) {
        int j = i + 1 == n ? 0 : i + 1;
        double x0 = ring[2 * i];
        double y0 = ring[2 * i + 1];
        double x1 = ring[2 * j];
        double y1 = ring[2 * j + 1];
        if ((y < y0 && y < y1) || (y >= y0 && y >= y1)) {
          continue;
        }
        // Path2D's test, written as a threshold: a point counts this edge when its x is less.
        double intercept = x0 + (y - y0) * (x1 - x0) / (y1 - y0);
        double threshold = Math.max(Math.min(x0, x1), Math.min(Math.max(x0, x1), intercept));
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = threshold;
      }
    }
    double[] thresholds = Arrays.copyOf(found, count);
    Arrays.sort(thresholds);
    return new RowCrossings(thresholds);
  }

  /** Whether the point at {@code x} on this line lies inside the rings (even-odd). */
  boolean inside(double x) {
    // Count the thresholds greater than x: the first index whose threshold exceeds x.
    int low = 0;
    int high = thresholds.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (thresholds[mid] > x) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return ((thresholds.length - low) & 1) == 1;
  }
}
