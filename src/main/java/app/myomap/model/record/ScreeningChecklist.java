package app.myomap.model.record;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist a clinic screens with before needling, one version of it: the items asked, in
 * order, and the items retired from it, which are no longer asked but keep their ids so that no new
 * item takes one with another meaning. A visit's screening keeps the items as they were asked.
 *
 * @param version names this version, e.g. "screening-checklist-v1" or "clinic-3"
 */
public record ScreeningChecklist(
    String version, List<ScreeningItem> items, List<ScreeningItem> retired) {

  public ScreeningChecklist {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("A screening checklist names its version");
    }
    items = List.copyOf(items);
    retired = List.copyOf(retired);
    Set<String> ids = new HashSet<>();
    for (ScreeningItem item : items) {
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("Screening item listed twice: " + item.id());
      }
    }
    for (ScreeningItem item : retired) {
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("Screening item listed twice: " + item.id());
      }
    }
  }

  /** A checklist with no retired items. */
  public ScreeningChecklist(String version, List<ScreeningItem> items) {
    this(version, items, List.of());
  }

  /** The item with this id, if the checklist asks it. */
  public Optional<ScreeningItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Whether an item, asked or retired, has this id. */
  public boolean usesId(String id) {
    return item(id).isPresent() || retired.stream().anyMatch(i -> i.id().equals(id));
  }
}
