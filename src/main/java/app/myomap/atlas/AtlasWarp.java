package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Zone;
import app.myomap.model.ZoneShape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The map from one atlas version's outline coordinates to another's, view by view (see {@link
 * ViewWarp}), so that marks charted on an earlier version can be drawn and measured on a later one.
 * Only views both versions draw have a warp: the hand and foot views, which v1 does not have, have
 * none in either direction.
 *
 * <p>In the side views v1 draws the near arm hanging over the flank and v2 draws it forward. There
 * the plain landmark map folds (arm landmarks pass trunk landmarks), so where it does, the arm's
 * regions move with the arm's landmarks and everything else with the trunk's: a trigger point goes
 * with the arm when its muscle is an arm muscle, a zone with what its anchor lies on, a region with
 * its muscle. Builds each view's warp on first use (which loads that view of both atlases); safe
 * for one thread at a time.
 */
public final class AtlasWarp {
  /** The views in which one version may draw the near arm over the trunk and another not. */
  private static final Set<BodyView> SIDE_VIEWS =
      Set.of(BodyView.LATERAL_LEFT, BodyView.LATERAL_RIGHT);

  /** The landmarks of the near arm in the side views, which move with the arm. */
  private static final Set<String> ARM_LANDMARKS =
      Set.of("elbow", "lateral-epicondyle", "wrist", "fingertip");

  /** The muscles whose side-view regions are the near arm: what moves with it. */
  private static final Set<String> ARM_MUSCLES =
      Set.of(
          "biceps-brachii",
          "triceps-brachii",
          "brachioradialis",
          "extensor-carpi-radialis-longus",
          "extensor-carpi-radialis-brevis");

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
    AtlasView source = from.view(view);
    AtlasView target = to.view(view);
    ViewWarp plain =
        ViewWarp.of(view, from.landmarks(), source.viewBox(), to.landmarks(), target.viewBox());
    if (plain.foldedTriangles() == 0 || !SIDE_VIEWS.contains(view)) {
      return Optional.of(plain);
    }
    Path2D.Double arm = new Path2D.Double(Path2D.WIND_NON_ZERO);
    for (MuscleRegion region : source.regions()) {
      if (ARM_MUSCLES.contains(region.muscleId())) {
        arm.append(region.shape(), false);
      }
    }
    return Optional.of(
        ViewWarp.of(
            view,
            from.landmarks(),
            source.viewBox(),
            to.landmarks(),
            target.viewBox(),
            ARM_LANDMARKS,
            arm));
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

  /**
   * The outline of a region of the source version on the target version: an arm muscle's with the
   * arm, any other's with the body; empty when the target version does not draw the view.
   */
  public Optional<Path2D.Double> region(MuscleRegion region) {
    return view(region.view())
        .map(warp -> warp.map(region.shape(), ARM_MUSCLES.contains(region.muscleId())));
  }

  /**
   * A mark on the target version: a trigger point moves with the arm if its muscle is an arm
   * muscle, else with the body; a zone moves as one piece with what its anchor lies on.
   */
  private static Optional<Mark> mark(Mark mark, ViewWarp warp) {
    if (mark instanceof Zone zone) {
      boolean withLimb = warp.onLimb(zone.x(), zone.y());
      return ZoneShape.of(warp.map(zone.shape().toPath2D(), withLimb)).map(zone::withShape);
    }
    boolean withLimb =
        mark instanceof TriggerPoint point
            ? ARM_MUSCLES.contains(point.muscle().id())
            : warp.onLimb(mark.x(), mark.y());
    Point2D.Double p = warp.map(mark.x(), mark.y(), withLimb);
    return Optional.of(mark.withPosition(p.x, p.y));
  }
}
