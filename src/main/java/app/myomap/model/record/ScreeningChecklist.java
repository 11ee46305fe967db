package app.myomap.model.record;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist a clinic screens with before needling, one version of it: the items asked, in
 * order. Items retired from the checklist are simply left out of later versions; a visit's
 * screening keeps the items as they were asked.
 *
 * @param version names this version, e.g. "screening-checklist-v1" or "clinic-3"
 */
public record ScreeningChecklist(String version, List<ScreeningItem> items) {

  public ScreeningChecklist {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("A screening checklist names its version");
    }
    items = List.copyOf(items);
    Set<String> ids = new HashSet<>();
    for (ScreeningItem item : items) {
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("Screening item listed twice: " + item.id());
      }
    }
  }

  /** The item with this id, if the checklist asks it. */
  public Optional<ScreeningItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
