package app.myomap.app;

import app.myomap.store.DatabaseRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

/**
 * The training run behind the class-data archive the packaged MyoMap ships (see {@code
 * packaging/}). The packaging script runs it twice with the installed image's class path and
 * options, on one scratch folder it makes and removes:
 *
 * <ol>
 *   <li>{@code TrainingRun FOLDER --first-start}, without the archive option: writes two sample
 *       databases and starts the window once, as a practitioner's first start does, which keeps the
 *       picture of the body for the next start;
 *   <li>{@code TrainingRun FOLDER}, recording the archive: the window starts as every later start
 *       does, from that picture, and paints the body; then the command line's {@code export} writes
 *       the sample patient's PDF reports. The archive holds the classes of both kinds of start, and
 *       those of a start as practitioners have it every day.
 * </ol>
 *
 * Settings, the log and the kept picture go into the folder, never into the building user's own.
 */
public final class TrainingRun {
  private static final long WAIT_SECONDS = 120;
  private static final String FIRST_START = "--first-start";

  private TrainingRun() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0
        || args.length > 2
        || (args.length == 2 && !args[1].equals(FIRST_START))
        || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("usage: TrainingRun FOLDER [" + FIRST_START + "] (FOLDER must exist)");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    System.setProperty("java.util.prefs.userRoot", folder.resolve("prefs").toString());
    System.setProperty(Logs.LOG_DIR_PROPERTY, folder.resolve("logs").toString());
    System.setProperty(OutlineSnapshots.CACHE_DIR_PROPERTY, folder.resolve("cache").toString());
    Logs.start(Version.current());
    int status = 1;
    try {
      status = args.length == 2 ? firstStart(folder) : train(folder);
    } catch (Exception | Error e) {
      e.printStackTrace();
    }
    // The window's threads would keep the JVM alive; the archive is written at this exit.
    System.exit(status);
  }

  /** Two files, as the window holds its database locked while the export runs. */
  private static Path charted(Path folder) {
    return folder.resolve("window.db");
  }

  private static Path exported(Path folder) {
    return folder.resolve("export.db");
  }

  private static int firstStart(Path folder) throws Exception {
    for (Path db : new Path[] {charted(folder), exported(folder)}) {
      if (command("sample", "--db", db.toString()) != 0) {
        System.err.println("training: the sample database could not be written");
        return 1;
      }
    }
    PreferencesSettings settings = PreferencesSettings.forUser();
    Startup.Running running;
    try {
      running = Startup.start(charted(folder), false, false, settings, () -> {});
    } catch (DatabaseRefusedException e) {
      System.err.println("training: the window refused its database: " + e.getMessage());
      return 1;
    }
    running.outlinePictureKept().get(WAIT_SECONDS, TimeUnit.SECONDS);
    SwingUtilities.invokeAndWait(() -> {});
    settings.flush();
    System.out.println("training: first start done, the picture of the body kept");
    return 0;
  }

  private static int train(Path folder) throws Exception {
    CountDownLatch painted = new CountDownLatch(1);
    PreferencesSettings settings = PreferencesSettings.forUser();
    try {
      Startup.start(charted(folder), false, false, settings, () -> {}, painted::countDown);
    } catch (DatabaseRefusedException e) {
      System.err.println("training: the window refused its database: " + e.getMessage());
      return 1;
    }
    if (!painted.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
      System.err.println("training: the window did not paint the body");
      return 1;
    }

    Path reports = Files.createDirectories(folder.resolve("reports"));
    int exportStatus =
        command(
            "export",
            "--db",
            exported(folder).toString(),
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
}
