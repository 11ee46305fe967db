package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a charting process with SIGKILL at random moments and proves that every edit it saw
 * committed survived, that the file is intact and reopens, and that the chart is exactly the one
 * the edits make. {@code -Dmyomap.soak.rounds=100} runs a longer soak.
 */
class ChartStoreDurabilityTest {
  private static final int ROUNDS = Integer.getInteger("myomap.soak.rounds", 20);
  private static final long SEED = 20240501L;

  /** Only so that a broken child cannot hang the build; a healthy one answers in well under 1 s. */
  private static final long STALL_SECONDS = 30;

  @TempDir Path folder;

  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void stopChildren() {
    children.forEach(Process::destroyForcibly);
  }

  @Test
  void killedChartingProcessLosesNoCommittedEdit() throws Exception {
    Path file = folder.resolve("myomap.db");
    String visitId = createVisit(file);
    Random random = new Random(SEED);
    ChartScript script = new ChartScript(SEED);
    ChartReplay expected = new ChartReplay();
    long replayed = 0;
    long lost = 0;
    int unprinted = 0;

    for (int round = 1; round <= ROUNDS; round++) {
      Child child = start(file, visitId, round);
      if (random.nextInt(5) == 0) {
        // Some kills land while the child starts, opens the file or replays its history.
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(400)));
      } else {
        // The READY line, then at least one committed edit.
        child.awaitLines(2 + random.nextInt(30));
        LockSupport.parkNanos(random.nextInt(3_000_000));
      }
      child.process.destroyForcibly();
      assertThat(child.process.waitFor(STALL_SECONDS, TimeUnit.SECONDS)).isTrue();
      List<String> lines = child.lines();
      List<Long> reported = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i == 0) {
          assertThat(lines.get(i))
              .as("round %d starts from the edits on disk", round)
              .isEqualTo("READY " + replayed);
        } else {
          assertThat(lines.get(i)).as("round %d: a committed edit", round).matches("[0-9]+");
          reported.add(Long.parseLong(lines.get(i)));
        }
      }

      assertThat(Files.exists(folder.resolve("myomap.db.lock"))).isTrue();
      // The killed child never released its lock; the kernel did, so the file opens again.
      try (Database database = Database.open(file)) {
        assertThat(integrityCheck(database)).isEqualTo("ok");
        ChartStore store = new ChartStore(database);
        List<Long> onDisk = store.history(visitId).stream().map(EditRecord::seq).toList();
        long latest = onDisk.size();
        assertThat(onDisk)
            .as("edits are numbered 1..n without gaps")
            .isEqualTo(LongStream.rangeClosed(1, latest).boxed().toList());
        long printedUpTo = Math.max(replayed, reported.stream().max(Long::compare).orElse(0L));
        lost += reported.stream().filter(s -> !onDisk.contains(s)).count();
        assertThat(onDisk)
            .as("round %d: every printed edit is on disk", round)
            .containsAll(reported);
        assertThat(latest)
            .as("round %d: at most one edit committed but not yet printed", round)
            .isBetween(printedUpTo, printedUpTo + 1);
        if (latest > printedUpTo) {
          unprinted++;
        }
        for (long seq = replayed + 1; seq <= latest; seq++) {
          expected.apply(script.change(seq, expected));
        }
        replayed = latest;
        assertThat(store.load(visitId))
            .as("round %d: the chart", round)
            .isEqualTo(expected.chart());
      }
      assertThat(child.errors()).as("round %d: child stderr", round).doesNotContain("Exception");
    }

    System.out.printf("durability: %d rounds, %d edits, %d lost%n", ROUNDS, replayed, lost);
    System.out.printf(
        "durability: %d rounds were killed between a commit and its report%n", unprinted);
    assertThat(lost).isZero();
    assertThat(replayed).as("the children made progress").isGreaterThanOrEqualTo(ROUNDS);
  }

  private String createVisit(Path file) throws Exception {
    try (Database database = Database.open(file)) {
      Patient patient = Patient.create("Soak Patient", LocalDate.of(1980, 2, 3), "SOAK-1");
      new PatientStore(database).create(patient, ChartingChild.AUTHOR);
      Visit visit = Visit.start(patient.id(), "v1", ChartingChild.AUTHOR, Clock.systemUTC());
      new VisitStore(database).create(visit);
      return visit.id();
    }
  }

  private static String integrityCheck(Database database) {
    return database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
          }
        });
  }

  private Child start(Path file, String visitId, int round) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = folder.resolve("child-" + round + ".out");
    Path errors = folder.resolve("child-" + round + ".err");
    Process process =
        new ProcessBuilder(
                java.toString(),
                // A quick start matters more than peak speed for a process that lives a second.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ChartingChild.class.getName(),
                file.toString(),
                visitId,
                Long.toString(SEED))
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    children.add(process);
    return new Child(process, output, errors);
  }

  /**
   * A running {@link ChartingChild}. Its output goes to a file rather than a pipe: what a killed
   * process wrote is then kept by the kernel, with no reader thread racing the JDK's clean-up.
   */
  private static final class Child {
    private final Process process;
    private final Path output;
    private final Path errors;

    Child(Process process, Path output, Path errors) {
      this.process = process;
      this.output = output;
      this.errors = errors;
    }

    /** Waits until the child has printed {@code count} whole lines. */
    void awaitLines(int count) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STALL_SECONDS);
      while (lines().size() < count) {
        assertThat(process.isAlive()).as("child alive; stderr: %s", errors()).isTrue();
        assertThat(System.nanoTime()).as("child output in time").isLessThan(deadline);
        LockSupport.parkNanos(200_000);
      }
    }

    /** The whole lines printed so far; a line cut short by the kill was never reported. */
    List<String> lines() throws IOException {
      String text = Files.readString(output, StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      lines.remove(lines.size() - 1);
      return lines;
    }

    String errors() throws IOException {
      return Files.readString(errors);
    }
  }
}
