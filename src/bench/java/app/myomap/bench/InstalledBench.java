package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MyoMap as a practitioner starts it once installed from its package: through the launcher ({@code
 * /opt/myomap/bin/MyoMap}, or the launchers listed in {@code MYOMAP_LAUNCHERS}, separated by
 * colons), with the runtime, the class-data archive and the options the package ships. Measures, in
 * the same rounds and alternating: spawn to the first frame with the body painted, against MyoMap
 * and a bare FlatLaf frame both started plainly with {@code java -cp}; and the whole cold {@code
 * myomap export} of a 4-view PDF visit report, spawn to exit, against the same export with {@code
 * java -cp}.
 */
final class InstalledBench {
  private static final Path DEFAULT_LAUNCHER = Path.of("/opt/myomap/bin/MyoMap");

  private InstalledBench() {}

  static void run(int rounds) throws Exception {
    List<Path> launchers = launchers();
    Path dir = Files.createTempDirectory("myomap-installed-bench");
    Path db = dir.resolve("start.db");
    // What the app writes besides its database stays in the scratch folder.
    String quiet =
        "-Djava.util.prefs.userRoot="
            + dir.resolve("prefs")
            + " -Dmyomap.logDir="
            + dir.resolve("logs")
            + " -Dmyomap.cacheDir="
            + dir.resolve("cache");
    Map<String, String> probe = Map.of("JAVA_TOOL_OPTIONS", "-Dmyomap.startupProbe=true " + quiet);
    System.out.println("installed: launchers " + launchers + "; " + rounds + " rounds");
    System.out.println("installed: load average before: " + StartupBench.loadAverage());

    // One unmeasured start of each creates the database, keeps the picture of the body (as a
    // practitioner's first run does) and brings the files into the page cache.
    for (Path launcher : launchers) {
      StartupBench.spawn(window(launcher, db), probe);
    }
    // MyoMap as the start-up benchmark runs it (java -cp, the system's JDK, no archive), for the
    // difference the package makes, on a database of its own.
    List<String> plainJava = StartupBench.myomap(dir, dir.resolve("plain.db"));
    StartupBench.spawn(plainJava);
    StartupBench.spawn(StartupBench.bareFrame());
    double[][] app = new double[launchers.size()][rounds];
    double[] plainStart = new double[rounds];
    double[] bare = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < launchers.size(); i++) {
        app[i][round] = StartupBench.spawn(window(launchers.get(i), db), probe);
      }
      plainStart[round] = StartupBench.spawn(plainJava);
      bare[round] = StartupBench.spawn(StartupBench.bareFrame());
    }
    Stats bareStats = new Stats(bare);
    Stats plainStats = new Stats(plainStart);
    for (int i = 0; i < launchers.size(); i++) {
      Stats stats = new Stats(app[i]);
      System.out.println(
          "installed: "
              + launchers.get(i)
              + " spawn -> first frame with body: "
              + stats.describe("ms"));
      System.out.printf(
          Locale.ROOT,
          "installed: ratio to the bare frame (medians): %.2f%n",
          stats.median() / bareStats.median());
    }
    System.out.println(
        "installed: MyoMap with java -cp ("
            + System.getProperty("java.version")
            + ", no archive) spawn -> first frame with body: "
            + plainStats.describe("ms"));
    System.out.printf(
        Locale.ROOT,
        "installed: ratio to the bare frame (medians): %.2f%n",
        plainStats.median() / bareStats.median());
    System.out.println(
        "installed: bare FlatLaf JFrame (java -cp) spawn -> first frame: "
            + bareStats.describe("ms"));
    System.out.println(
        "installed: load average after the start-up rounds: " + StartupBench.loadAverage());

    Path exportDb = dir.resolve("export.db");
    try (Database database = Database.open(exportDb)) {
      PdfBench.writeDatabase(database, Atlas.load(Atlas.CURRENT_VERSION));
    }
    List<String> arguments = PdfBench.exportArguments(exportDb, dir.resolve("report.pdf"));
    Map<String, String> plain = Map.of("JAVA_TOOL_OPTIONS", quiet);
    List<String> javaCp = new ArrayList<>(StartupBench.java());
    javaCp.add("app.myomap.app.Main");
    javaCp.addAll(arguments);
    for (Path launcher : launchers) {
      exitMillis(withArguments(launcher, arguments), plain);
    }
    exitMillis(javaCp, plain);
    double[][] export = new double[launchers.size()][rounds];
    double[] exportJava = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < launchers.size(); i++) {
        export[i][round] = exitMillis(withArguments(launchers.get(i), arguments), plain);
      }
      exportJava[round] = exitMillis(javaCp, plain);
    }
    for (int i = 0; i < launchers.size(); i++) {
      System.out.println(
          "installed: "
              + launchers.get(i)
              + " export of one 4-view visit report, spawn to exit: "
              + new Stats(export[i]).describe("ms"));
    }
    System.out.println(
        "installed: the same export with java -cp ("
            + System.getProperty("java.version")
            + "): "
            + new Stats(exportJava).describe("ms"));
    System.out.println("installed: load average after: " + StartupBench.loadAverage());
  }

  private static List<Path> launchers() {
    String listed = System.getenv("MYOMAP_LAUNCHERS");
    List<Path> launchers =
        listed == null || listed.isBlank()
            ? List.of(DEFAULT_LAUNCHER)
            : Arrays.stream(listed.split(":")).map(Path::of).toList();
    for (Path launcher : launchers) {
      if (!Files.isExecutable(launcher)) {
        throw new IllegalStateException(
            "no launcher at "
                + launcher
                + ": install the .deb (packaging/check-deb.sh shows how) or name launchers in"
                + " MYOMAP_LAUNCHERS");
      }
    }
    return launchers;
  }

  private static List<String> window(Path launcher, Path db) {
    return List.of(launcher.toString(), "--db", db.toString());
  }

  private static List<String> withArguments(Path launcher, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(arguments);
    return command;
  }

  /** Milliseconds from spawn to exit; a failed command fails the benchmark. */
  static double exitMillis(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (status != 0) {
      throw new IllegalStateException(command + " failed with " + status + ":\n" + output);
    }
    return millis;
  }
}
