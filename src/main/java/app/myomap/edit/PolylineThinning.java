package app.myomap.edit;

import app.myomap.model.geometry.RingSimplifier;
import java.util.Arrays;

/**
 * Douglas-Peucker thinning of an open polyline: the first and last points stay, and an inner point
 * stays only if it lies farther than a tolerance from the chord of the points kept around it.
 */
final class PolylineThinning {
  private PolylineThinning() {}

  /** The thinned polyline of {@code [x0, y0, x1, y1, ...]}, within {@code tolerance}. */
  static double[] thin(double[] line, double tolerance) {
    int n = line.length / 2;
    if (n <= 2) {
      return line.clone();
    }
    boolean[] keep = new boolean[n];
    keep[0] = true;
    keep[n - 1] = true;
    int[] stack = new int[2 * n];
    int top = 0;
    stack[top++] = 0;
    stack[top++] = n - 1;
    while (top > 0) {
      int last = stack[--top];
      int first = stack[--top];
      int worst = -1;
      double worstDistance = tolerance;
      for (int i = first + 1; i < last; i++) {
        double d =
            RingSimplifier.segmentDistance(
                line[2 * i],
                line[2 * i + 1],
                line[2 * first],
                line[2 * first + 1],
                line[2 * last],
                line[2 * last + 1]);
        if (d > worstDistance) {
          worstDistance = d;
          worst = i;
        }
      }
      if (worst >= 0) {
        keep[worst] = true;
        stack[top++] = first;
        stack[top++] = worst;
        stack[top++] = worst;
        stack[top++] = last;
      }
    }
    double[] kept = new double[line.length];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        kept[size++] = line[2 * i];
        kept[size++] = line[2 * i + 1];
      }
    }
    return Arrays.copyOf(kept, size);
  }
}
