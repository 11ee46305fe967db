package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link Main} in a child JVM, as a user starts it from a shell, with its files in a folder.
 */
final class MyoMapProcess {
  /** How a run ended: its exit status and what it printed. */
  record Result(int exit, String out, String err) {}

  private final Path dir;

  /** Runs with preferences, logs and the captured output under {@code dir}. */
  MyoMapProcess(Path dir) {
    this.dir = dir;
  }

  Result run(String... args) throws IOException, InterruptedException {
    return run(List.of(), args);
  }

  /** Runs with {@code jvmOptions} given to the child JVM before the class name. */
  Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
    command.add("-D" + Logs.LOG_DIR_PROPERTY + "=" + dir.resolve("logs"));
    command.add("-D" + OutlineSnapshots.CACHE_DIR_PROPERTY + "=" + dir.resolve("cache"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
