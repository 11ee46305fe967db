package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An I/O error from the operating system (here a file-size limit, as a quota or a failing disk
 * gives) stops the queue with the cause named, and what it did save is intact and in order.
 */
class CommitQueueIoErrorTest {
  @TempDir Path folder;

  @Test
  void anIoErrorIsNamedAndEverySavedEditIsIntact() throws Exception {
    Path file = folder.resolve("io.db");
    Path output = folder.resolve("child.out");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                IoErrorChild.class.getName(),
                file.toString())
            .redirectOutput(output.toFile())
            .redirectError(folder.resolve("child.err").toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String line =
        Files.readAllLines(output).stream()
            .filter(l -> l.startsWith("STATE"))
            .findFirst()
            .orElse("STATE none");
    assertThat(line)
        .as("child errors: %s", Files.readString(folder.resolve("child.err")))
        .isNotEqualTo("STATE none");
    String[] parts = line.split(" ");

    assertThat(parts[1]).isEqualTo("FAILED");
    assertThat(parts[2]).isEqualTo("IO_ERROR");
    int unsaved = Integer.parseInt(parts[3]);
    int saved = Integer.parseInt(parts[4]);
    assertThat(unsaved).isPositive();
    assertThat(saved + unsaved).isEqualTo(IoErrorChild.EDITS + 1);
    try (Database database = Database.open(file)) {
      String patientId = new PatientStore(database).search("", 1).get(0).id();
      String visitId = new VisitStore(database).listByPatient(patientId).get(0).id();
      var chart = new app.myomap.store.ChartStore(database).load(visitId);
      assertThat(chart.size()).isEqualTo(saved);
      // Saved strictly in order: the pins saved are the first ones queued.
      for (int i = 0; i < chart.size(); i++) {
        assertThat(chart.notePins().get(i).x()).isEqualTo(100 + i);
      }
    }
  }
}
