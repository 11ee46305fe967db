package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.store.Backup;
import app.myomap.store.BackupFolder;
import app.myomap.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code myomap backup --db FILE --to DIR}, on real database files. */
class BackupCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    picocli.CommandLine cli =
        new picocli.CommandLine(
            new MyoMapCommand(
                (db, create, readOnly) -> {
                  throw new AssertionError("no window for a command-line tool");
                }));
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(out, true));
    return cli.execute(args);
  }

  @Test
  void writesAVerifiedBackupWithItsManifest() throws Exception {
    Path db = dir.resolve("clinic.db");
    Database.open(db).close();
    Path folder = dir.resolve("nightly");

    assertThat(run("backup", "--db", db.toString(), "--to", folder.toString())).isZero();

    List<Backup> backups = new BackupFolder(folder, db).list();
    assertThat(backups)
        .singleElement()
        .satisfies(b -> assertThat(b.manifest().verified()).isTrue());
    assertThat(backups.get(0).file().getFileName().toString())
        .matches("clinic-\\d{8}-\\d{6}Z\\.db");
    assertThat(out.toString()).contains("Backup written and verified: " + backups.get(0).file());
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              backups.get(0).file().getFileName().toString(),
              backups
                  .get(0)
                  .file()
                  .getFileName()
                  .toString()
                  .replace(".db", ".manifest.properties"));
    }
  }

  @Test
  void aDatabaseMyoMapHasOpenIsRefusedNamingTheMenuItem() throws Exception {
    Path db = dir.resolve("clinic.db");
    Path folder = dir.resolve("nightly");
    try (Database open = Database.open(db)) {
      assertThat(run("backup", "--db", db.toString(), "--to", folder.toString()))
          .isEqualTo(BackupCommand.IN_USE);
    }
    assertThat(err.toString()).contains("MyoMap has").contains("File \u203a Back Up Now");
    assertThat(folder).doesNotExist();
  }

  @Test
  void aMissingDatabaseIsRefusedAndNothingIsCreated() {
    Path db = dir.resolve("typo.db");
    assertThat(run("backup", "--db", db.toString(), "--to", dir.resolve("b").toString()))
        .isEqualTo(BackupCommand.REFUSED);
    assertThat(err.toString()).contains("there is no database file");
    assertThat(db).doesNotExist();
  }

  @Test
  void theHelpListsTheExitCodes() {
    assertThat(run("backup", "--help")).isZero();
    assertThat(out.toString())
        .contains("Exit codes:")
        .contains("MyoMap has the database open")
        .contains("--to=DIR");
  }
}
