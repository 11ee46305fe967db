package app.myomap.chart;

import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import java.util.Set;
import java.util.function.Function;

/**
 * What, besides the marks themselves, decides how they are drawn: the selection, the mark under the
 * pointer, whether muscle labels are shown, how a muscle id is abbreviated, and which layers are
 * hidden.
 *
 * @param labelsAlways show every trigger point's muscle abbreviation (when zoomed in, in exports)
 * @param abbreviation the short label of a muscle id, e.g. "UT" for upper trapezius
 * @param hidden the kinds of mark whose layer is hidden (the toolbar's layer toggles)
 */
public record MarkAppearance(
    Set<MarkId> selected,
    MarkId hovered,
    boolean labelsAlways,
    Function<String, String> abbreviation,
    Set<MarkKind> hidden) {

  public MarkAppearance {
    selected = Set.copyOf(selected);
    hidden = Set.copyOf(hidden);
  }

  /** An appearance with every layer shown. */
  public MarkAppearance(
      Set<MarkId> selected,
      MarkId hovered,
      boolean labelsAlways,
      Function<String, String> abbreviation) {
    this(selected, hovered, labelsAlways, abbreviation, Set.of());
  }

  /** Plain marks: nothing selected or hovered, no labels, every layer shown. */
  public static MarkAppearance plain(Function<String, String> abbreviation) {
    return new MarkAppearance(Set.of(), null, false, abbreviation);
  }

  /** The same appearance with the layers of {@code kinds} hidden and all others shown. */
  public MarkAppearance withHidden(Set<MarkKind> kinds) {
    return new MarkAppearance(selected, hovered, labelsAlways, abbreviation, kinds);
  }

  /** Whether marks of this kind are drawn. */
  public boolean isVisible(MarkKind kind) {
    return !hidden.contains(kind);
  }

  boolean isSelected(MarkId id) {
    return selected.contains(id);
  }

  boolean isHovered(MarkId id) {
    return id.equals(hovered);
  }
}
