package app.myomap.store;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart a sequence of changes should leave, worked out in memory without the database: every
 * mark keeps the place where it first appeared, and a deleted mark remembers its last version so
 * that it can be restored.
 */
final class ChartReplay {
  /** Each mark ever added, in order of first appearance, with its last version and whether live. */
  private final Map<MarkId, Entry> entries = new LinkedHashMap<>();

  private record Entry(Mark last, boolean live) {}

  void apply(ChartChange change) {
    for (Mark mark : change.upserted()) {
      entries.put(mark.id(), new Entry(mark, true));
    }
    for (MarkId id : change.deleted()) {
      Entry entry = entries.get(id);
      if (entry == null || !entry.live()) {
        throw new IllegalArgumentException("Deleting a mark not on the chart: " + id);
      }
      entries.put(id, new Entry(entry.last(), false));
    }
  }

  Chart chart() {
    List<Mark> marks = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (entry.live()) {
        marks.add(entry.last());
      }
    }
    return new Chart(marks);
  }

  /** The last versions of the marks deleted and not restored, in order of first appearance. */
  List<Mark> deleted() {
    List<Mark> marks = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (!entry.live()) {
        marks.add(entry.last());
      }
    }
    return marks;
  }
}
