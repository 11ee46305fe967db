package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {
  @Test
  void scriptSplitsIntoStatementsWithoutComments() {
    String script =
        "-- two tables\n"
            + "CREATE TABLE a (\n  id TEXT PRIMARY KEY\n);\n\n"
            + "  -- the second one\n"
            + "CREATE TABLE b (id TEXT);\r\n"
            + "INSERT INTO b VALUES ('x')";

    assertThat(Migration.split(script))
        .containsExactly(
            "CREATE TABLE a (\nid TEXT PRIMARY KEY\n)",
            "CREATE TABLE b (id TEXT)",
            "INSERT INTO b VALUES ('x')");
  }

  @Test
  void firstMigrationCreatesOnlyTheMetaTable() {
    Migration first = Migration.ALL.get(0);

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.statements()).singleElement().asString().startsWith("CREATE TABLE meta (");
  }

  @Test
  void versionsMustCountUpFromOneWithoutGaps() {
    Migration one = Migration.of(1, "V001", "CREATE TABLE a (id TEXT);");
    Migration three = Migration.of(3, "V003", "CREATE TABLE c (id TEXT);");

    assertThat(Migration.latestVersion(List.of(one))).isEqualTo(1);
    assertThatThrownBy(() -> Migration.latestVersion(List.of(one, three)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Migration.of(0, "V000", "CREATE TABLE z (id TEXT);"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
