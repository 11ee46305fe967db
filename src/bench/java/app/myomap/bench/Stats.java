package app.myomap.bench;

import java.util.Arrays;
import java.util.Locale;

/** Medians and spreads of repeated measurements, printed in one readable line. */
final class Stats {
  private final double[] values;

  Stats(double[] values) {
    this.values = values.clone();
    Arrays.sort(this.values);
  }

  double median() {
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  double percentile(double p) {
    int index = (int) Math.ceil(p / 100 * values.length) - 1;
    return values[Math.max(0, Math.min(values.length - 1, index))];
  }

  int count() {
    return values.length;
  }

  String describe(String unit) {
    return String.format(
        Locale.ROOT,
        "median %.3f %s (min %.3f, p90 %.3f, max %.3f, n=%d)",
        median(),
        unit,
        values[0],
        percentile(90),
        values[values.length - 1],
        values.length);
  }

  /** As {@link #describe} with the 95th percentile too, for frame times judged at p95. */
  String describeWithP95(String unit) {
    return String.format(
        Locale.ROOT,
        "median %.3f %s (min %.3f, p90 %.3f, p95 %.3f, max %.3f, n=%d)",
        median(),
        unit,
        values[0],
        percentile(90),
        percentile(95),
        values[values.length - 1],
        values.length);
  }

  /** Runs {@code work} {@code warmup} times, then times it {@code runs} times, in microseconds. */
  static Stats timeMicros(int warmup, int runs, Runnable work) {
    for (int i = 0; i < warmup; i++) {
      work.run();
    }
    double[] micros = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      micros[i] = (System.nanoTime() - start) / 1_000.0;
    }
    return new Stats(micros);
  }
}
