package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.myomap.store.DatabaseRefusedException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLockTest {
  @TempDir Path folder;

  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void stopChildren() {
    children.forEach(Process::destroyForcibly);
  }

  @Test
  void secondOpenInTheSameJvmIsRefusedUntilTheFirstCloses() throws Exception {
    Path file = folder.resolve("myomap.db");
    Database first = Database.open(file);

    DatabaseRefusedException refused =
        catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(file));

    assertThat(refused).isNotNull();
    assertThat(refused.reason()).isEqualTo(Reason.IN_USE);
    assertThat(refused).hasMessageContaining(file.toString()).hasMessageContaining("already open");
    first.close();
    try (Database again = Database.open(file)) {
      assertThat(again.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }
  }

  @Test
  void symbolicLinkToAnOpenFileIsRefusedAsInUse() throws Exception {
    Path file = folder.resolve("clinic.db");
    Path link = Files.createSymbolicLink(folder.resolve("shortcut.db"), file);
    try (Database first = Database.open(file)) {
      DatabaseRefusedException refused =
          catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(link));

      assertThat(refused.reason()).isEqualTo(Reason.IN_USE);
      assertThat((Object) first.file()).isEqualTo(file.toRealPath());
    }
    try (Database throughLink = Database.open(link)) {
      assertThat((Object) throughLink.file())
          .as("the file, not its link")
          .isEqualTo(file.toRealPath());
    }
  }

  @Test
  void fileWithASecondHardLinkIsRefusedUntouched() throws Exception {
    Path file = folder.resolve("clinic.db");
    Database.open(file).close();
    Files.createDirectory(folder.resolve("other"));
    Files.createLink(folder.resolve("other/hard.db"), file);
    java.util.Map<String, String> before = FolderSnapshot.of(folder);

    for (Path name : List.of(file, folder.resolve("other/hard.db"))) {
      DatabaseRefusedException refused =
          catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(name));
      assertThat(refused.reason()).isEqualTo(Reason.LINKED);
      assertThat(refused).hasMessageContaining("hard links").hasMessageContaining("untouched");
    }
    assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
  }

  @Test
  void sqliteHoldsTheFileItselfSoANameMadeAfterOpeningFindsItLocked() throws Exception {
    Path file = folder.resolve("clinic.db");
    try (Database open = Database.open(file)) {
      Path late = Files.createLink(folder.resolve("late.db"), file);
      java.util.Properties noWait = new java.util.Properties();
      noWait.setProperty("busy_timeout", "0");
      try (java.sql.Connection other =
              java.sql.DriverManager.getConnection("jdbc:sqlite:" + late, noWait);
          java.sql.Statement statement = other.createStatement()) {
        java.sql.SQLException busy =
            catchThrowableOfType(
                java.sql.SQLException.class,
                () -> statement.executeQuery("SELECT count(*) FROM meta").next());

        assertThat((Throwable) busy).as("the read through another name is refused").isNotNull();
        assertThat(busy.getMessage()).contains("SQLITE_BUSY");
      }
      assertThat(folder.resolve("late.db-wal")).doesNotExist();
    }
  }

  @Test
  void samePathSpelledDifferentlyIsStillRefused() throws Exception {
    Files.createDirectory(folder.resolve("sub"));
    Path file = folder.resolve("myomap.db");
    Database first = Database.open(file);
    try {
      DatabaseRefusedException refused =
          catchThrowableOfType(
              DatabaseRefusedException.class,
              () -> Database.open(folder.resolve("sub/../myomap.db")));

      assertThat(refused).isNotNull();
      assertThat(refused.reason()).isEqualTo(Reason.IN_USE);
    } finally {
      first.close();
    }
  }

  @Test
  void databaseHeldByAnotherProcessIsRefusedUntilThatProcessCloses() throws Exception {
    Path file = folder.resolve("myomap.db");
    Child holder = startHolder(file);
    assertThat(holder.nextLine()).isEqualTo("OPEN");

    DatabaseRefusedException refused =
        catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(file));

    assertThat(refused).isNotNull();
    assertThat(refused.reason()).isEqualTo(Reason.IN_USE);
    holder.sendLine();
    assertThat(holder.nextLine()).isEqualTo("CLOSED");
    assertThat(holder.exitCode()).isZero();
    try (Database database = Database.open(file)) {
      assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }
  }

  @Test
  void refusedSecondOpenInThisJvmKeepsTheLockForOtherProcesses() throws Exception {
    Path file = folder.resolve("myomap.db");
    Database first = Database.open(file);
    try {
      DatabaseRefusedException refused =
          catchThrowableOfType(DatabaseRefusedException.class, () -> Database.open(file));
      assertThat(refused.reason()).isEqualTo(Reason.IN_USE);

      Child other = startHolder(file);

      assertThat(other.nextLine()).isEqualTo("REFUSED IN_USE");
      assertThat(other.exitCode()).isEqualTo(3);
    } finally {
      first.close();
    }
  }

  private Child startHolder(Path file) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    children.add(process);
    return new Child(process);
  }

  /** A running {@link DatabaseHolder} process and its lines of output. */
  private static final class Child {
    private final Process process;
    private final BufferedReader output;

    Child(Process process) {
      this.process = process;
      this.output =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    String nextLine() throws IOException {
      return output.readLine();
    }

    void sendLine() throws IOException {
      Writer input = process.outputWriter(StandardCharsets.UTF_8);
      input.write("close\n");
      input.flush();
    }

    int exitCode() throws InterruptedException {
      // A generous bound only so that a broken child cannot hang the build.
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("child process ended").isTrue();
      return process.exitValue();
    }
  }
}
