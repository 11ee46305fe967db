package app.myomap.bench;

import app.myomap.app.Main;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code java -jar} of the packaged jar (BUILD_DIR/myomap-VERSION.jar beside its lib/ folder),
 * spawn to the first frame with the body painted, without and with a class-data archive made for it
 * by the same training run the package uses ({@code TrainingRun}): an AppCDS archive on top of the
 * JDK's own before JDK 25, an AOT cache from 25 on. For the benchmark's own JDK and each JDK listed
 * in {@code MYOMAP_BENCH_JDKS} (separated by colons); the runs alternate.
 */
final class JarArchiveBench {
  private JarArchiveBench() {}

  static void run(int rounds) throws Exception {
    Path jar = packagedJar();
    List<Path> jdks = new ArrayList<>();
    jdks.add(Path.of(System.getProperty("java.home")));
    String listed = System.getenv("MYOMAP_BENCH_JDKS");
    if (listed != null && !listed.isBlank()) {
      Arrays.stream(listed.split(":")).map(Path::of).forEach(jdks::add);
    }
    Path dir = Files.createTempDirectory("myomap-jar-bench");
    Path db = dir.resolve("start.db");
    String quiet =
        "-Djava.util.prefs.userRoot="
            + dir.resolve("prefs")
            + " -Dmyomap.logDir="
            + dir.resolve("logs")
            + " -Dmyomap.cacheDir="
            + dir.resolve("cache");
    Map<String, String> environment = Map.of("JAVA_TOOL_OPTIONS", quiet);
    System.out.println("jar: " + jar + ", JDKs " + jdks + "; " + rounds + " rounds");
    System.out.println("jar: load average before: " + StartupBench.loadAverage());

    List<List<String>> plain = new ArrayList<>();
    List<List<String>> archived = new ArrayList<>();
    for (int i = 0; i < jdks.size(); i++) {
      Path java = jdks.get(i).resolve("bin").resolve("java");
      boolean aot = feature(jdks.get(i)) >= 25;
      Path archive = dir.resolve("jdk" + i + (aot ? ".aot" : ".jsa"));
      // As the packaging script trains: a first start keeps the picture of the body, then the
      // recorded run starts from it and exports.
      Path trainingFolder = Files.createDirectories(dir.resolve("training" + i));
      List<String> firstStart = new ArrayList<>(List.of(java.toString()));
      firstStart.addAll(nativeAccess(jdks.get(i)));
      firstStart.addAll(
          List.of(
              "-cp",
              jar.toString(),
              "app.myomap.app.TrainingRun",
              trainingFolder.toString(),
              "--first-start"));
      InstalledBench.exitMillis(firstStart, environment);
      List<String> training = new ArrayList<>(List.of(java.toString()));
      training.addAll(nativeAccess(jdks.get(i)));
      training.add(aot ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
      training.addAll(
          List.of("-cp", jar.toString(), "app.myomap.app.TrainingRun", trainingFolder.toString()));
      InstalledBench.exitMillis(training, environment);
      plain.add(window(java, List.of(), jdks.get(i), jar, db));
      // Forced on: a class path the archive does not match fails instead of measuring nothing.
      archived.add(
          window(
              java,
              aot
                  ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + archive)
                  : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive),
              jdks.get(i),
              jar,
              db));
    }
    Map<String, String> probe = Map.of("JAVA_TOOL_OPTIONS", "-Dmyomap.startupProbe=true " + quiet);
    for (int i = 0; i < jdks.size(); i++) {
      StartupBench.spawn(plain.get(i), probe);
      StartupBench.spawn(archived.get(i), probe);
    }
    double[][] without = new double[jdks.size()][rounds];
    double[][] with = new double[jdks.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < jdks.size(); i++) {
        without[i][round] = StartupBench.spawn(plain.get(i), probe);
        with[i][round] = StartupBench.spawn(archived.get(i), probe);
      }
    }
    for (int i = 0; i < jdks.size(); i++) {
      Stats a = new Stats(without[i]);
      Stats b = new Stats(with[i]);
      String name = "Java " + feature(jdks.get(i));
      System.out.println("jar: " + name + " java -jar, no archive: " + a.describe("ms"));
      System.out.println(
          "jar: "
              + name
              + " java -jar, "
              + (feature(jdks.get(i)) >= 25 ? "AOT cache: " : "AppCDS archive: ")
              + b.describe("ms"));
      System.out.printf(
          Locale.ROOT,
          "jar: %s with / without the archive (medians): %.2f%n",
          name,
          b.median() / a.median());
    }
    System.out.println("jar: load average after: " + StartupBench.loadAverage());
  }

  private static List<String> window(Path java, List<String> archive, Path jdk, Path jar, Path db)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(archive);
    command.addAll(nativeAccess(jdk));
    command.addAll(List.of("-jar", jar.toString(), "--db", db.toString()));
    return command;
  }

  /** The jar's manifest allows native access to -jar; the training, on -cp, says so itself. */
  private static List<String> nativeAccess(Path jdk) throws IOException {
    return feature(jdk) >= 22 ? List.of("--enable-native-access=ALL-UNNAMED") : List.of();
  }

  private static int feature(Path jdk) throws IOException {
    for (String line : Files.readAllLines(jdk.resolve("release"))) {
      if (line.startsWith("JAVA_VERSION=")) {
        String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
      }
    }
    throw new IllegalStateException("no JAVA_VERSION in " + jdk.resolve("release"));
  }

  /** The jar mvn package wrote into the build folder these classes were compiled into. */
  private static Path packagedJar() throws IOException, URISyntaxException {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path build = classes.getParent();
    try (Stream<Path> files = Files.list(build)) {
      return files
          .filter(p -> p.getFileName().toString().matches("myomap-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException("no myomap-*.jar in " + build + ": mvn package first"));
    }
  }
}
