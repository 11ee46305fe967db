package app.myomap.app;

/**
 * Wall-clock marks of the start-up's phases for the start-up benchmark: with {@code
 * -Dmyomap.startupProbe=true}, each mark prints {@code myomap.mark.<name>=<epoch µs>} so the
 * benchmark can say where the time from spawn to the first frame goes; otherwise nothing.
 */
final class StartupMarks {
  private static final boolean ON = Boolean.getBoolean(Startup.STARTUP_PROBE);

  private StartupMarks() {}

  static void mark(String name) {
    if (ON) {
      System.out.println(
          "myomap.mark."
              + name
              + "="
              + Startup.nowMicros()
              + " "
              + Thread.currentThread().getName());
    }
  }
}
