package app.myomap.chart;

import app.myomap.model.MarkId;
import java.util.Set;
import java.util.function.Function;

/**
 * What, besides the marks themselves, decides how they are drawn: the selection, the mark under
 * the pointer, whether muscle labels are shown, and how a muscle id is abbreviated.
 *
 * @param labelsAlways show every trigger point's muscle abbreviation (when zoomed in, in exports)
 * @param abbreviation the short label of a muscle id, e.g. "UT" for upper trapezius
 */
public record MarkAppearance(
    Set<MarkId> selected,
    MarkId hovered,
    boolean labelsAlways,
    Function<String, String> abbreviation) {

  public MarkAppearance {
    selected = Set.copyOf(selected);
  }

  /** Plain marks: nothing selected or hovered, no labels. */
  public static MarkAppearance plain(Function<String, String> abbreviation) {
    return new MarkAppearance(Set.of(), null, false, abbreviation);
  }

  boolean isSelected(MarkId id) {
    return selected.contains(id);
  }

  boolean isHovered(MarkId id) {
    return id.equals(hovered);
  }
}
