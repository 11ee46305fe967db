package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} in a child JVM, as a user starts it from a shell. */
class MainProcessTest {
  @TempDir Path dir;

  @Test
  void unknownOptionPrintsUsageAndExitsWith2() throws Exception {
    Result r = run("--colour", "blue");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("unknown option: --colour").contains("Usage: myomap [--db PATH]");
  }

  @Test
  void helpPrintsUsage() throws Exception {
    Result r = run("--help");
    assertThat(r.exit).isZero();
    assertThat(r.out).contains("--db PATH");
  }

  @Test
  void aSecondInstanceOnTheSameFileSaysItIsInUseAndExits() throws Exception {
    Path db = dir.resolve("shared.db");
    try (Database first = Database.open(db)) {
      Result r = run("--db", db.toString());
      assertThat(r.exit).isEqualTo(1);
      assertThat(r.err).contains("shared.db").contains("already open");
    }
  }

  private record Result(int exit, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    command.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
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
        java.nio.file.Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        java.nio.file.Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
