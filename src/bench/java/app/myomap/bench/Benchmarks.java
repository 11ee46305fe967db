package app.myomap.bench;

import java.util.Set;

/**
 * Runs MyoMap's benchmarks and prints their figures; not part of the test suite. Usage: {@code
 * Benchmarks
 * [all|atlas|outline|render|store|chain|record|backup|zones|zoom|png|pdf|startup|compare|compare-export|history]}
 * or, not part of all, {@code jar} (the packaged jar with and without a class-data archive) and
 * {@code installed} (the launcher of the installed .deb).
 */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Set<String> which = Set.of(args.length == 0 ? "all" : args[0]);
    boolean all = which.contains("all");
    System.out.println(
        "MyoMap benchmarks on "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version"));
    if (all || which.contains("atlas")) {
      AtlasBench.run();
    }
    if (all || which.contains("outline")) {
      OutlineBench.run();
    }
    if (all || which.contains("render")) {
      ChartRenderBench.run();
    }
    if (all || which.contains("store")) {
      StoreBench.run();
      app.myomap.store.OpenChecksBench.run();
    }
    if (all || which.contains("chain")) {
      RecordChainBench.run();
    }
    if (all || which.contains("record")) {
      RecordBench.run();
    }
    if (all || which.contains("backup")) {
      BackupBench.run();
    }
    if (all || which.contains("zones")) {
      ZoneBench.run();
    }
    if (all || which.contains("zoom")) {
      ZoomBench.run();
    }
    if (all || which.contains("png")) {
      PictureExportBench.run();
    }
    if (all || which.contains("pdf")) {
      PdfBench.run();
    }
    if (all || which.contains("compare")) {
      CompareBench.run();
    }
    if (all || which.contains("compare-export")) {
      CompareExportBench.run();
    }
    if (all || which.contains("history")) {
      HistoryBench.run();
    }
    if (all || which.contains("startup")) {
      StartupBench.run(7);
    }
    // Not part of "all": they need the packaged jar (mvn package), or the installed .deb.
    if (which.contains("jar")) {
      JarArchiveBench.run(7);
    }
    if (which.contains("installed")) {
      InstalledBench.run(rounds("MYOMAP_BENCH_ROUNDS", 11));
    }
  }

  /** A number of rounds from the environment (mvn exec:exec passes it on to the benchmark). */
  private static int rounds(String variable, int fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }
}
