package app.myomap.bench;

import java.time.Instant;

/** How a benchmarked child process tells the parent when its first frame was painted. */
final class StartupProbeOutput {
  static final String PREFIX = "myomap.firstPaint=";

  private StartupProbeOutput() {}

  static void report(Instant when) {
    System.out.println(PREFIX + (when.getEpochSecond() * 1_000_000L + when.getNano() / 1_000));
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
