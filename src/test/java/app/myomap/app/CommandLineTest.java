package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line as picocli reads it, without starting a window. */
class CommandLineTest {
  private final List<String> started = new ArrayList<>();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    picocli.CommandLine cli =
        new picocli.CommandLine(
            new MyoMapCommand(
                (db, create, readOnly) -> {
                  started.add(db + " create=" + create + (readOnly ? " read-only" : ""));
                  return MyoMapCommand.WINDOW_OPEN;
                }));
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void noArgumentsOpensTheDefaultDatabaseCreatingItsFolder() {
    assertThat(run()).isEqualTo(MyoMapCommand.WINDOW_OPEN);
    assertThat(started).containsExactly(DataFolder.defaultDatabase() + " create=true");
  }

  @Test
  void aTypedDatabaseIsCreatedOnlyInAnExistingFolderUnlessAskedTo() {
    run("--db", "/tmp/a.db");
    run("--db=/tmp/b.db", "--create");
    assertThat(started).containsExactly("/tmp/a.db create=false", "/tmp/b.db create=true");
  }

  @Test
  void unknownOptionsAndAMissingPathAreUsageErrors() {
    assertThat(run("--frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--frobnicate'").contains("Usage: myomap");
    assertThat(run("--db")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter for option '--db'");
    assertThat(started).isEmpty();
  }

  @Test
  void defaultDatabaseFollowsEachPlatformsConvention() {
    Path home = Path.of("/home/pat");
    assertThat(DataFolder.defaultDatabase("Linux", Map.of(), home))
        .isEqualTo(Path.of("/home/pat/.local/share/myomap/myomap.db"));
    assertThat(DataFolder.defaultDatabase("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
        .isEqualTo(Path.of("/data/myomap/myomap.db"));
    assertThat(DataFolder.defaultDatabase("Linux", Map.of("XDG_DATA_HOME", "relative"), home))
        .isEqualTo(Path.of("/home/pat/.local/share/myomap/myomap.db"));
    assertThat(DataFolder.defaultDatabase("Mac OS X", Map.of(), home))
        .isEqualTo(Path.of("/home/pat/Library/Application Support/MyoMap/myomap.db"));
    assertThat(DataFolder.defaultDatabase("Windows 11", Map.of("APPDATA", "/appdata"), home))
        .isEqualTo(Path.of("/appdata/MyoMap/myomap.db"));
  }
}
