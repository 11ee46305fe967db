package app.myomap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Spawn-to-first-frame of MyoMap (with the body painted) and of a bare FlatLaf frame, measured from
 * outside the JVM: the parent takes the wall clock just before spawning, the child prints the wall
 * clock of its first paint. Runs alternate so both see the same machine state. MyoMap's children
 * also say whether the body came from the picture an earlier run kept or from Batik's vectors, and
 * when Batik's drawing reached the window.
 */
final class StartupBench {
  private static final String FROM = "myomap.firstPaintFrom=";
  private static final String DRAWING = "myomap.drawingLoaded=";

  private StartupBench() {}

  /** What one child reported, in milliseconds after its spawn. */
  private record Start(double firstPaintMs, double drawingMs, String from) {}

  static void run(int rounds) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("myomap-bench");
    Path db = dir.resolve("bench.db");
    // One unmeasured start creates the database and keeps the picture of the body, as on a
    // practitioner's first run.
    start(myomap(dir, db), Map.of());
    double[] app = new double[rounds];
    double[] drawing = new double[rounds];
    double[] bare = new double[rounds];
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      Start start = start(myomap(dir, db), Map.of());
      app[i] = start.firstPaintMs();
      drawing[i] = start.drawingMs();
      sources.add(start.from());
      bare[i] = spawn(bareFrame());
    }
    Stats appStats = new Stats(app);
    Stats bareStats = new Stats(bare);
    System.out.println(
        "startup: MyoMap spawn -> first frame with body: " + appStats.describe("ms"));
    System.out.println(
        "startup: the body in those frames came from: "
            + sources.stream().distinct().map(s -> s + " (" + count(sources, s) + ")").toList());
    if (Arrays.stream(drawing).allMatch(ms -> ms >= 0)) {
      System.out.println(
          "startup: MyoMap spawn -> Batik's drawing in the window: "
              + new Stats(drawing).describe("ms"));
    }
    System.out.println(
        "startup: bare FlatLaf JFrame spawn -> first frame: " + bareStats.describe("ms"));
    System.out.printf(
        Locale.ROOT,
        "startup: ratio MyoMap / bare frame (medians): %.2f%n",
        appStats.median() / bareStats.median());
  }

  private static long count(List<String> values, String value) {
    return values.stream().filter(value::equals).count();
  }

  static List<String> myomap(Path dir, Path db) {
    List<String> command = java();
    command.add("-Dmyomap.startupProbe=true");
    command.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
    command.add("-Dmyomap.cacheDir=" + dir.resolve("cache"));
    command.add("app.myomap.app.Main");
    command.add("--db");
    command.add(db.toString());
    return command;
  }

  static List<String> bareFrame() {
    List<String> command = java();
    command.add(BareFlatLafFrame.class.getName());
    return command;
  }

  /** The 1-, 5- and 15-minute load averages of the machine, as the kernel reports them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    return command;
  }

  /** Milliseconds from just before the spawn to the child's first painted frame. */
  static double spawn(List<String> command) throws IOException, InterruptedException {
    return start(command, Map.of()).firstPaintMs();
  }

  /**
   * Milliseconds from just before the spawn to the first painted frame of the child, run with
   * {@code environment} added to this process's.
   */
  static double spawn(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    return start(command, environment).firstPaintMs();
  }

  /**
   * The child's report, run with {@code environment} added to this process's: its first painted
   * frame and Batik's drawing, after the spawn.
   */
  private static Start start(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Instant before = Instant.now();
    Process p = builder.start();
    long paintedMicros = -1;
    long drawingMicros = -1;
    String from = "?";
    StringBuilder output = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.append(line).append('\n');
        if (line.startsWith(StartupProbeOutput.PREFIX)) {
          paintedMicros = Long.parseLong(line.substring(StartupProbeOutput.PREFIX.length()).trim());
        } else if (line.startsWith(FROM)) {
          from = line.substring(FROM.length()).trim();
        } else if (line.startsWith(DRAWING)) {
          drawingMicros = Long.parseLong(line.substring(DRAWING.length()).trim());
        }
      }
    }
    if (!p.waitFor(60, TimeUnit.SECONDS) || paintedMicros < 0) {
      p.destroyForcibly();
      throw new IllegalStateException("no first paint reported by " + command + ":\n" + output);
    }
    long beforeMicros = before.getEpochSecond() * 1_000_000L + before.getNano() / 1_000;
    return new Start(
        (paintedMicros - beforeMicros) / 1_000.0,
        drawingMicros < 0 ? -1 : (drawingMicros - beforeMicros) / 1_000.0,
        from);
  }
}
