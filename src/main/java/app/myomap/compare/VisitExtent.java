package app.myomap.compare;

import app.myomap.model.BodyView;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pain extent of one visit's chart on its own atlas version: per view, and over the anterior
 * and posterior views together. Lateral and head views are reported on their own, never added to
 * the front and back.
 */
public final class VisitExtent {
  private final String atlasVersion;
  private final Map<BodyView, ViewMasks> masks;
  private final Map<BodyView, Extent> extents;

  VisitExtent(String atlasVersion, Map<BodyView, ViewMasks> masks) {
    this.atlasVersion = atlasVersion;
    this.masks = Collections.unmodifiableMap(new EnumMap<>(masks));
    Map<BodyView, Extent> measured = new EnumMap<>(BodyView.class);
    masks.forEach((view, m) -> measured.put(view, m.extent()));
    this.extents = Collections.unmodifiableMap(measured);
  }

  /** The atlas version the chart was measured on. */
  public String atlasVersion() {
    return atlasVersion;
  }

  /**
   * The extent on one view; {@link Extent#NONE} for a lateral or head view with nothing painted,
   * which is not measured.
   */
  public Extent view(BodyView view) {
    return extents.getOrDefault(view, Extent.NONE);
  }

  /** The measured views: anterior, posterior and every view with a zone. */
  public Map<BodyView, Extent> views() {
    return extents;
  }

  /** The anterior and posterior views together: painted area over both silhouettes' area. */
  public Extent frontAndBack() {
    return view(BodyView.ANTERIOR).plus(view(BodyView.POSTERIOR));
  }

  Optional<ViewMasks> masks(BodyView view) {
    return Optional.ofNullable(masks.get(view));
  }
}
