package app.myomap.model;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One completed edit of a chart as storage sees it: the new versions of the marks it added or
 * changed and the ids of the marks it deleted, with the label key of the edit.
 */
public record ChartChange(Set<Mark> upserted, Set<MarkId> deleted, String labelKey) {

  public ChartChange {
    upserted = orderedCopy(Checks.present(upserted, "Upserted marks"));
    deleted = orderedCopy(Checks.present(deleted, "Deleted mark ids"));
    Checks.requiredText(labelKey, "Change label key", 200);
    for (Mark mark : upserted) {
      if (deleted.contains(mark.id())) {
        throw new IllegalArgumentException("Mark " + mark.id() + " is both upserted and deleted");
      }
    }
  }

  /**
   * The change that turns {@code before} into {@code after}: marks that are new or differ in any
   * field are upserted (in the order of {@code after}), marks missing from {@code after} deleted.
   */
  public static ChartChange between(Chart before, Chart after, String labelKey) {
    Map<MarkId, Mark> old = new HashMap<>();
    for (Mark mark : before.marks()) {
      old.put(mark.id(), mark);
    }
    Set<Mark> upserted = new LinkedHashSet<>();
    for (Mark mark : after.marks()) {
      if (!mark.equals(old.remove(mark.id()))) {
        upserted.add(mark);
      }
    }
    Set<MarkId> deleted = new LinkedHashSet<>();
    for (Mark mark : before.marks()) {
      if (old.containsKey(mark.id())) {
        deleted.add(mark.id());
      }
    }
    return new ChartChange(upserted, deleted, labelKey);
  }

  /** Whether the change neither upserts nor deletes anything. */
  public boolean isEmpty() {
    return upserted.isEmpty() && deleted.isEmpty();
  }

  private static <T> Set<T> orderedCopy(Collection<T> values) {
    Set<T> copy = new LinkedHashSet<>();
    for (T value : values) {
      copy.add(Checks.present(value, "Changed mark"));
    }
    return Collections.unmodifiableSet(copy);
  }
}
