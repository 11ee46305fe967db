package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void noArgumentsMeansTheDefaultDatabase() {
    assertThat(CommandLine.parse().database()).isEmpty();
  }

  @Test
  void dbOptionInBothSpellings() {
    assertThat(CommandLine.parse("--db", "/tmp/a.db").database()).contains(Path.of("/tmp/a.db"));
    assertThat(CommandLine.parse("--db=/tmp/b.db").database()).contains(Path.of("/tmp/b.db"));
  }

  @Test
  void unknownOptionsAndAMissingPathAreRefused() {
    assertThatThrownBy(() -> CommandLine.parse("--frobnicate"))
        .hasMessageContaining("unknown option: --frobnicate");
    assertThatThrownBy(() -> CommandLine.parse("--db"))
        .hasMessageContaining("--db needs a file path");
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
