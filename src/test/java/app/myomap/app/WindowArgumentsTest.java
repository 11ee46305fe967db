package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's command line read without picocli opens what picocli would have opened. */
class WindowArgumentsTest {
  private static List<String> byPicocli(String... args) {
    List<String> started = new ArrayList<>();
    picocli.CommandLine cli = new picocli.CommandLine(new MyoMapCommand(recorder(started)));
    cli.setErr(new PrintWriter(new StringWriter()));
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.execute(args);
    return started;
  }

  private static List<String> byWindowArguments(String... args) {
    List<String> started = new ArrayList<>();
    WindowArguments.of(args).orElseThrow().start(recorder(started));
    return started;
  }

  private static MyoMapCommand.WindowStarter recorder(List<String> started) {
    return (db, create, readOnly) -> {
      started.add(db + " create=" + create + " readOnly=" + readOnly);
      return MyoMapCommand.WINDOW_OPEN;
    };
  }

  @Test
  void aPlainStartOpensWhatPicocliOpens() {
    String[][] starts = {
      {},
      {"--db", "/tmp/a.db"},
      {"--db=/tmp/b.db"},
      {"--create", "--db", "/tmp/c.db"},
      {"--db", "/tmp/d.db", "--read-only"},
      {"--read-only"},
      {"--read-only", "--create", "--db=relative.db"},
    };
    for (String[] args : starts) {
      assertThat(byWindowArguments(args)).isEqualTo(byPicocli(args)).hasSize(1);
    }
  }

  @Test
  void everythingElseIsLeftToPicocli() {
    String[][] others = {
      {"export", "--db", "/tmp/a.db"},
      {"--version"},
      {"-h"},
      {"--db"},
      {"--db="},
      {"--db", "--create"},
      {"--db", "/tmp/a.db", "--db", "/tmp/b.db"},
      {"--create", "--create"},
      {"--create=true"},
      {"--frobnicate"},
      {"--", "--db"},
      {"/tmp/a.db"},
    };
    for (String[] args : others) {
      assertThat(WindowArguments.of(args)).as(String.join(" ", args)).isEmpty();
    }
  }
}
