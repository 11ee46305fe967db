package app.myomap.model;

import app.myomap.model.geometry.RingSimplifier;
import java.util.Arrays;

/**
 * Finds a representative interior point of rings of hundredths: on a horizontal line through the
 * middle of the largest ring, the middle of the widest span inside the rings (even-odd). All
 * arithmetic is relative to the first point of the largest ring, so a moved shape gets its anchor
 * moved by exactly the same offset, bit for bit.
 */
final class ZoneAnchor {
  private ZoneAnchor() {}

  /** The anchor as {@code {x, y}} in hundredths. */
  static long[] of(int[][] rings) {
    int largest = 0;
    long largestArea = -1;
    for (int r = 0; r < rings.length; r++) {
      long area = Math.abs(RingSimplifier.doubleArea(rings[r]));
      if (area > largestArea) {
        largestArea = area;
        largest = r;
      }
    }
    int[] outer = rings[largest];
    long originX = outer[0];
    long originY = outer[1];
    long minY = Long.MAX_VALUE;
    long maxY = Long.MIN_VALUE;
    for (int i = 1; i < outer.length; i += 2) {
      minY = Math.min(minY, outer[i] - originY);
      maxY = Math.max(maxY, outer[i] - originY);
    }
    long middle = Math.floorDiv(minY + maxY, 2);
    // Half a hundredth off the grid, the line never passes through a vertex.
    double line = middle + 0.5;
    double[] crossings = new double[16];
    int count = 0;
    for (int[] ring : rings) {
      int n = ring.length / 2;
      for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        double ay = ring[2 * i + 1] - originY;
        double by = ring[2 * j + 1] - originY;
        if ((ay < line) != (by < line)) {
          double ax = ring[2 * i] - originX;
          double bx = ring[2 * j] - originX;
          if (count == crossings.length) {
            crossings = Arrays.copyOf(crossings, count * 2);
          }
          crossings[count++] = ax + (line - ay) * (bx - ax) / (by - ay);
        }
      }
    }
    Arrays.sort(crossings, 0, count);
    double bestWidth = -1;
    double bestMiddle = 0;
    for (int i = 0; i + 1 < count; i += 2) {
      double width = crossings[i + 1] - crossings[i];
      if (width > bestWidth) {
        bestWidth = width;
        bestMiddle = (crossings[i] + crossings[i + 1]) / 2;
      }
    }
    if (bestWidth < 0) {
      return new long[] {originX, originY};
    }
    return new long[] {originX + Math.round(bestMiddle), originY + middle};
  }
}
