package app.myomap.store;

import app.myomap.model.ChartChange;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A MyoMap process for the durability test that charts without end: it opens the database named by
 * its first argument, checks that the chart of the visit (second argument) is what the {@link
 * ChartScript} of the seed (third argument) says, prints {@code READY <seq>}, then commits the
 * script's next edits one by one and prints each edit's sequence number only after its commit
 * returned. A chart that differs from the script prints {@code MISMATCH} and exits with 2.
 */
public final class ChartingChild {
  static final String AUTHOR = "Durability Child";

  private ChartingChild() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String visitId = args[1];
    ChartScript script = new ChartScript(Long.parseLong(args[2]));
    PrintStream out = System.out;
    try (Database database = Database.open(file)) {
      ChartStore store = new ChartStore(database);
      ChartReplay replay = new ChartReplay();
      long latest = store.latestSeq(visitId);
      for (long seq = 1; seq <= latest; seq++) {
        replay.apply(script.change(seq, replay));
      }
      if (!store.load(visitId).equals(replay.chart())) {
        out.println("MISMATCH");
        out.flush();
        System.exit(2);
      }
      out.println("READY " + latest);
      out.flush();
      for (long seq = latest + 1; ; seq++) {
        ChartChange change = script.change(seq, replay);
        long committed = store.commit(visitId, change, AUTHOR);
        replay.apply(change);
        out.println(committed);
        out.flush();
      }
    }
  }
}
