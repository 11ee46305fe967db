package app.myomap.app;

import app.myomap.store.DatabaseRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.swing.SwingUtilities;

/**
 * The training run behind the class-data archive the packaged MyoMap ships (see {@code
 * packaging/}): in one JVM, the window opens on a sample database and paints the body, then the
 * command line's {@code export} writes that patient's PDF reports, so that the archive holds the
 * classes of both kinds of start. The packaging script runs it with the installed image's class
 * path and options; it leaves nothing behind but the archive the JVM writes at exit.
 */
public final class TrainingRun {
  private static final long FIRST_PAINT_TIMEOUT_SECONDS = 120;

  private TrainingRun() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createTempDirectory("myomap-training");
    // Settings, the log and the kept picture of the body go into the scratch folder, never into
    // the building user's own.
    System.setProperty("java.util.prefs.userRoot", folder.resolve("prefs").toString());
    System.setProperty(Logs.LOG_DIR_PROPERTY, folder.resolve("logs").toString());
    System.setProperty(OutlineSnapshots.CACHE_DIR_PROPERTY, folder.resolve("cache").toString());
    Logs.start(Version.current());
    int status = 1;
    try {
      status = train(folder);
    } catch (Exception | Error e) {
      e.printStackTrace();
    } finally {
      deleteQuietly(folder);
    }
    // The window's threads would keep the JVM alive; the archive is written at this exit.
    System.exit(status);
  }

  private static int train(Path folder) throws Exception {
    // Two files, as the window holds its database locked while the export runs.
    Path charted = folder.resolve("window.db");
    Path exported = folder.resolve("export.db");
    for (Path db : new Path[] {charted, exported}) {
      if (command("sample", "--db", db.toString()) != 0) {
        System.err.println("training: the sample database could not be written");
        return 1;
      }
    }

    CountDownLatch painted = new CountDownLatch(1);
    PreferencesSettings settings = PreferencesSettings.forUser();
    try {
      Startup.start(charted, false, false, settings, () -> {}, painted::countDown);
    } catch (DatabaseRefusedException e) {
      System.err.println("training: the window refused its database: " + e.getMessage());
      return 1;
    }
    if (!painted.await(FIRST_PAINT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      System.err.println("training: the window did not paint the body");
      return 1;
    }

    Path reports = Files.createDirectories(folder.resolve("reports"));
    int exportStatus =
        command(
            "export",
            "--db",
            exported.toString(),
            "--patient",
            "DEMO-001",
            "--visit",
            "all",
            "--format",
            "pdf",
            "-o",
            reports.toString());
    if (exportStatus != 0) {
      System.err.println("training: the export failed with status " + exportStatus);
      return 1;
    }
    // Whatever the window queued meanwhile (the rest of the atlas, the patients list) runs too.
    SwingUtilities.invokeAndWait(() -> {});
    settings.flush();
    System.out.println("training: window painted, reports written");
    return 0;
  }

  private static int command(String... args) {
    MyoMapCommand root =
        new MyoMapCommand(
            (db, create, readOnly) -> {
              throw new IllegalStateException("the training run opens no window by command");
            });
    return new picocli.CommandLine(root).execute(args);
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("training: could not remove " + folder + ": " + e.getMessage());
    }
  }
}
