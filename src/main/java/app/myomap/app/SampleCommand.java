package app.myomap.app;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.session.SampleDatabase;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myomap sample --db FILE}: a new database with a charted sample patient to try MyoMap. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    versionProvider = MyoMapCommand.VersionProvider.class,
    description = {
      "Creates a new database holding a sample patient (record number "
          + SampleDatabase.RECORD_NUMBER
          + ") with three charted visits: trigger points with twitch responses, referral zones"
          + " and symptom areas, with their history.",
      "Then open it with: myomap --db FILE"
    })
final class SampleCommand implements Callable<Integer> {
  private static final Logger LOG = Logger.getLogger(SampleCommand.class.getName());

  @Option(
      names = "--db",
      required = true,
      paramLabel = "FILE",
      description = "The database to create; an existing file is refused.")
  Path database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // A tool for scripts and terminals: no window, no display needed.
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (Files.exists(database, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      err.println(
          "myomap: \""
              + database
              + "\" already exists; the sample is only written into a new file, so nothing was"
              + " changed.");
      return 1;
    }
    // Written under a temporary name and renamed when complete, so no half sample is left.
    Path target = database.toAbsolutePath().normalize();
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    try {
      Patient patient;
      try (Database opened = Database.open(partial, false)) {
        patient =
            new SampleDatabase(opened, Atlas.load(Atlas.CURRENT_VERSION), Instant.now()).write();
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      out.println(
          "Sample written to "
              + target
              + ": patient "
              + patient.name()
              + " ("
              + patient.recordNumber()
              + ") with 3 visits.");
      out.println("Open it with: myomap --db " + target);
      return 0;
    } catch (DatabaseRefusedException e) {
      err.println(
          "myomap: "
              + e.getMessage()
                  .replace(partial.getFileName().toString(), target.getFileName().toString()));
      return 1;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "The sample could not be written to " + target, e);
      err.println("myomap: the sample could not be written (" + e.getMessage() + ").");
      return 1;
    } finally {
      deleteQuietly(partial);
      deleteQuietly(partial.resolveSibling(partial.getFileName() + "-wal"));
      deleteQuietly(partial.resolveSibling(partial.getFileName() + ".lock"));
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove " + file, e);
    }
  }
}
