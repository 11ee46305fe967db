package app.myomap.compare;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Zone;
import app.myomap.model.geometry.ShapeArea;
import java.awt.Shape;
import java.awt.geom.Area;

/**
 * The painted areas of two visits on one view laid over each other, inside the body silhouette:
 * what only the later visit painted (new), what only the earlier one painted (resolved), and what
 * both painted (persisting). Referral zones and symptom areas count alike, overlaps once. Exact
 * ({@link Area}) geometry in outline units, for drawing a difference map; the percentages come from
 * {@link PainExtent}'s mask, which stays fast with many zones.
 *
 * <p>Both charts must be on the same atlas version: outlines of different versions do not lie over
 * each other.
 */
public final class ZoneDifference {
  private final Area added;
  private final Area resolved;
  private final Area persisting;

  private ZoneDifference(Area added, Area resolved, Area persisting) {
    this.added = added;
    this.resolved = resolved;
    this.persisting = persisting;
  }

  /**
   * The difference of {@code earlier} and {@code later} on {@code view}, clipped to {@code
   * silhouette} (the view's body outline in outline units).
   */
  public static ZoneDifference between(
      Chart earlier, Chart later, BodyView view, Shape silhouette) {
    Area body = new Area(silhouette);
    Area before = painted(earlier, view);
    before.intersect(body);
    Area after = painted(later, view);
    after.intersect(body);
    Area added = new Area(after);
    added.subtract(before);
    Area resolved = new Area(before);
    resolved.subtract(after);
    Area persisting = new Area(before);
    persisting.intersect(after);
    return new ZoneDifference(added, resolved, persisting);
  }

  /** Painted only at the later visit, in outline units; a copy. */
  public Area added() {
    return new Area(added);
  }

  /** Painted only at the earlier visit; a copy. */
  public Area resolved() {
    return new Area(resolved);
  }

  /** Painted at both visits; a copy. */
  public Area persisting() {
    return new Area(persisting);
  }

  /** The new area in square outline units. */
  public double addedArea() {
    return ShapeArea.of(added);
  }

  /** The resolved area in square outline units. */
  public double resolvedArea() {
    return ShapeArea.of(resolved);
  }

  /** The persisting area in square outline units. */
  public double persistingArea() {
    return ShapeArea.of(persisting);
  }

  /** Whether neither visit painted anything inside the silhouette on this view. */
  public boolean isEmpty() {
    return added.isEmpty() && resolved.isEmpty() && persisting.isEmpty();
  }

  private static Area painted(Chart chart, BodyView view) {
    Area union = new Area();
    for (var mark : chart.marks(view)) {
      if (mark instanceof Zone zone) {
        union.add(zone.shape().toArea());
      }
    }
    return union;
  }
}
