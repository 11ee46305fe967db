package app.myomap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the checks before SQLite may touch a file cost at open: the file's identity (links), its
 * header, and the side files, the write-ahead log read and checksummed in Java. Measured on a file
 * with no log (a clean close) and on one whose crash left a full log (about 1,000 frames, SQLite's
 * default checkpoint size), against the whole open and close of the same file.
 */
public final class OpenChecksBench {
  private OpenChecksBench() {}

  public static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-open-bench");
    try {
      Path clean = folder.resolve("clean.db");
      Database.open(clean).close();
      Path crashed = crashedWithFullLog(folder);
      System.out.printf(
          Locale.ROOT,
          "store: checks before opening, clean file: %s; whole open + close: %s%n",
          checks(clean),
          whole(clean));
      System.out.printf(
          Locale.ROOT,
          "store: checks before opening, file with a 1,000-frame log left by a crash (%.1f MB): %s%n",
          Files.size(crashed.resolveSibling(crashed.getFileName() + "-wal")) / 1e6,
          checks(crashed));
    } finally {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String checks(Path file) throws Exception {
    double[] micros = new double[200];
    for (int i = -50; i < micros.length; i++) {
      long start = System.nanoTime();
      Path target = DatabaseFileCheck.identify(file);
      DatabaseFileCheck.Outcome outcome =
          DatabaseFileCheck.inspect(target, Database.SCHEMA_VERSION);
      DatabaseFileCheck.inspectSideFiles(target, outcome, Database.SCHEMA_VERSION);
      if (i >= 0) {
        micros[i] = (System.nanoTime() - start) / 1e3;
      }
    }
    return median(micros, "µs");
  }

  private static String whole(Path file) throws Exception {
    double[] millis = new double[50];
    for (int i = -10; i < millis.length; i++) {
      long start = System.nanoTime();
      Database.open(file).close();
      if (i >= 0) {
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    return median(millis, "ms");
  }

  /**
   * A MyoMap file with about 1,000 committed frames still in its log, copied as a crash leaves it.
   */
  private static Path crashedWithFullLog(Path folder) throws Exception {
    Path original = folder.resolve("live.db");
    Database.open(original).close();
    Path copy = folder.resolve("crashed.db");
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + original);
        Statement statement = writer.createStatement()) {
      statement.execute("PRAGMA wal_autocheckpoint = 0");
      statement.execute("CREATE TABLE filler (n INTEGER, text TEXT)");
      for (int i = 0; i < 1000; i++) {
        statement.execute("INSERT INTO filler VALUES (" + i + ", '" + "x".repeat(3500) + "')");
      }
      Files.copy(original, copy);
      Files.copy(folder.resolve("live.db-wal"), folder.resolve("crashed.db-wal"));
    }
    return copy;
  }

  private static String median(double[] values, String unit) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "median %.2f %s (p90 %.2f)",
        sorted[sorted.length / 2],
        unit,
        sorted[(int) (sorted.length * 0.9)]);
  }
}
