package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The selected marks, immutable, in the order they were selected. */
public record Selection(Set<MarkId> ids) {
  private static final Selection EMPTY = new Selection(Set.of());

  public Selection {
    Set<MarkId> copy = new LinkedHashSet<>();
    for (MarkId id : ids) {
      copy.add(Objects.requireNonNull(id, "selected mark id"));
    }
    ids = Collections.unmodifiableSet(copy);
  }

  public static Selection empty() {
    return EMPTY;
  }

  public static Selection of(Collection<MarkId> ids) {
    return new Selection(new LinkedHashSet<>(ids));
  }

  public boolean contains(MarkId id) {
    return ids.contains(id);
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }

  public int size() {
    return ids.size();
  }

  /** This selection with the mark removed if it was selected, added otherwise. */
  public Selection toggle(MarkId id) {
    Set<MarkId> changed = new LinkedHashSet<>(ids);
    if (!changed.remove(id)) {
      changed.add(id);
    }
    return new Selection(changed);
  }

  /** This selection with the marks added. */
  public Selection plus(Collection<MarkId> more) {
    Set<MarkId> changed = new LinkedHashSet<>(ids);
    changed.addAll(more);
    return new Selection(changed);
  }

  /** This selection without marks the chart no longer holds or holds only as resolved. */
  public Selection retainIn(Chart chart) {
    List<MarkId> kept =
        ids.stream().filter(id -> chart.find(id).filter(m -> !m.isResolved()).isPresent()).toList();
    return kept.size() == ids.size() ? this : Selection.of(kept);
  }
}
