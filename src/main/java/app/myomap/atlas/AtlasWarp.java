package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.Zone;
import app.myomap.model.ZoneShape;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The map from one atlas version's outline coordinates to another's, view by view (see {@link
 * ViewWarp}), so that marks charted on an earlier version can be drawn and measured on a later one.
 * Only views both versions draw have a warp: the hand and foot views, which v1 does not have, have
 * none in either direction. Builds each view's warp on first use (which loads that view of both
 * atlases); safe for one thread at a time.
 */
public final class AtlasWarp {
  private final Atlas from;
  private final Atlas to;
  private final Map<BodyView, Optional<ViewWarp>> views = new EnumMap<>(BodyView.class);

  private AtlasWarp(Atlas from, Atlas to) {
    this.from = from;
    this.to = to;
  }

  /** The warp from {@code from}'s outline coordinates to {@code to}'s. */
  public static AtlasWarp between(Atlas from, Atlas to) {
    return new AtlasWarp(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
  }

  /** The version this warp draws onto. */
  public String toVersion() {
    return to.version();
  }

  /**
   * The warp of one view; empty when either version does not draw the view (v1 has no hand and no
   * foot view), so nothing charted on it can be carried over.
   *
   * @throws IllegalArgumentException if both versions draw the view but pair fewer than three of
   *     its landmarks by name
   */
  public Optional<ViewWarp> view(BodyView view) {
    return views.computeIfAbsent(view, this::build);
  }

  private Optional<ViewWarp> build(BodyView view) {
    if (!draws(from, view) || !draws(to, view)) {
      return Optional.empty();
    }
    return Optional.of(
        ViewWarp.of(
            view,
            from.landmarks(),
            from.view(view).viewBox(),
            to.landmarks(),
            to.view(view).viewBox()));
  }

  private static boolean draws(Atlas atlas, BodyView view) {
    return atlas.hasView(view);
  }

  /**
   * {@code chart} drawn on the target version: trigger points and note pins moved to where their
   * place goes, zones reshaped by mapping their outline. Everything else about a mark (id, muscle,
   * findings, lineage) is kept. Marks on a view without a warp are left out, and so is a zone that
   * the map shrinks to nothing.
   */
  public Chart chart(Chart chart) {
    List<Mark> mapped = new ArrayList<>(chart.size());
    for (Mark mark : chart.marks()) {
      Optional<ViewWarp> warp = view(mark.view());
      if (warp.isPresent()) {
        mark(mark, warp.get()).ifPresent(mapped::add);
      }
    }
    return new Chart(mapped);
  }

  private static Optional<Mark> mark(Mark mark, ViewWarp warp) {
    if (mark instanceof Zone zone) {
      return ZoneShape.of(warp.map(zone.shape().toPath2D())).map(zone::withShape);
    }
    Point2D.Double p = warp.map(mark.x(), mark.y());
    return Optional.of(mark.withPosition(p.x, p.y));
  }
}
