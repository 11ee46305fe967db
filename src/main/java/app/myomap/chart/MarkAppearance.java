package app.myomap.chart;

import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.Zone;
import java.awt.geom.Rectangle2D;
import java.util.Set;
import java.util.function.Function;

/**
 * What, besides the marks themselves, decides how they are drawn: the selection, the mark under the
 * pointer, whether labels are shown, how a muscle id is abbreviated and a zone's sensation named,
 * where labels may go, and which layers are hidden.
 *
 * @param labelsAlways show the short labels of every mark where there is room (View &gt; Labels,
 *     exports); otherwise only the selected or hovered trigger points are labelled
 * @param abbreviation the short label of a muscle id, e.g. "UT" for upper trapezius
 * @param hidden the kinds of mark whose layer is hidden (the toolbar's layer toggles)
 * @param zoneLabel the small label of a zone, its sensation, e.g. "Burning"; empty for none
 * @param frame the outline area labels must stay inside (the view's drawing), or null for anywhere
 */
public record MarkAppearance(
    Set<MarkId> selected,
    MarkId hovered,
    boolean labelsAlways,
    Function<String, String> abbreviation,
    Set<MarkKind> hidden,
    Function<Zone, String> zoneLabel,
    Rectangle2D frame) {

  public MarkAppearance {
    selected = Set.copyOf(selected);
    hidden = Set.copyOf(hidden);
    frame = frame == null ? null : (Rectangle2D) frame.clone();
  }

  /** An appearance with zones unlabelled and labels placed anywhere. */
  public MarkAppearance(
      Set<MarkId> selected,
      MarkId hovered,
      boolean labelsAlways,
      Function<String, String> abbreviation,
      Set<MarkKind> hidden) {
    this(selected, hovered, labelsAlways, abbreviation, hidden, zone -> "", null);
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
    return new MarkAppearance(
        selected, hovered, labelsAlways, abbreviation, kinds, zoneLabel, frame);
  }

  /** The same appearance naming zones with {@code label}, with labels kept inside {@code area}. */
  public MarkAppearance withLabels(Function<Zone, String> label, Rectangle2D area) {
    return new MarkAppearance(selected, hovered, labelsAlways, abbreviation, hidden, label, area);
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
