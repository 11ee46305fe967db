package app.myomap.compare;

import app.myomap.model.BodyView;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the Widespread Pain Index areas a visit's painted zones (referral zones and symptom areas)
 * touch on the anterior and posterior views. An area counts as touched when the painted part of it
 * (inside the silhouette) on some view reaches 1 % of the area or 25 square outline units,
 * whichever is smaller: a spot of about 5 × 5 units (a centimetre or so on an adult) counts in the
 * largest area, and 1 % keeps the small ones (the jaw) fair, while a zone that only grazes a
 * neighbouring area along a shared edge (a unit or so past it) does not count it.
 *
 * <p>Each view's areas are rasterised once on its mask grid, inside the silhouette, each as a strip
 * of rows as tall as the area.
 */
public final class WidespreadPainIndex {
  /** The fraction of an area that must be painted for it to count, unless told otherwise. */
  public static final double DEFAULT_MIN_OVERLAP = 0.01;

  /** The painted area, in square outline units, that always counts, unless told otherwise. */
  public static final double DEFAULT_MIN_OVERLAP_AREA = 25;

  private final WpiRegions regions;
  private final double minOverlap;
  private final double minOverlapArea;
  private final Map<SilhouetteMask, List<AreaMask>> masks = new IdentityHashMap<>();

  /** One area inside the silhouette: a strip of the view's mask from row {@code y0}. */
  private record AreaMask(WpiArea area, int y0, BitMask strip, long pixels) {}

  public WidespreadPainIndex(WpiRegions regions) {
    this(regions, DEFAULT_MIN_OVERLAP, DEFAULT_MIN_OVERLAP_AREA);
  }

  /**
   * @param minOverlap the fraction of an area, above 0 and at most 1, whose painting always counts
   * @param minOverlapArea the painted square outline units that always count, above 0
   */
  public WidespreadPainIndex(WpiRegions regions, double minOverlap, double minOverlapArea) {
    if (!(minOverlap > 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException("Minimum overlap must be above 0 and at most 1");
    }
    if (!(minOverlapArea > 0) || Double.isInfinite(minOverlapArea)) {
      throw new IllegalArgumentException("Minimum overlap area must be finite and above 0");
    }
    this.regions = regions;
    this.minOverlap = minOverlap;
    this.minOverlapArea = minOverlapArea;
  }

  /**
   * The areas a visit's painted zones touch.
   *
   * @throws IllegalArgumentException if the visit was charted on another atlas version than the
   *     region set's
   */
  public WpiResult score(VisitExtent extent) {
    if (!extent.atlasVersion().equals(regions.atlasVersion())) {
      throw new IllegalArgumentException(
          "Region set for atlas "
              + regions.atlasVersion()
              + " cannot score a visit charted on "
              + extent.atlasVersion());
    }
    Map<WpiArea, Double> overlap = new EnumMap<>(WpiArea.class);
    Set<WpiArea> touched = EnumSet.noneOf(WpiArea.class);
    for (BodyView view : WpiRegions.VIEWS) {
      ViewMasks masks = extent.masks(view).orElse(null);
      if (masks == null) {
        continue;
      }
      for (AreaMask a : areaMasks(masks.base, view)) {
        if (a.pixels() == 0) {
          continue;
        }
        long painted = BitMask.countAnd(masks.painted, a.y0(), a.strip());
        double fraction = (double) painted / a.pixels();
        overlap.merge(a.area(), fraction, Math::max);
        double needed =
            Math.min(minOverlap * a.pixels(), minOverlapArea / masks.base.grid.pixelArea());
        if (painted > 0 && painted >= needed) {
          touched.add(a.area());
        }
      }
    }
    for (WpiArea area : WpiArea.values()) {
      overlap.putIfAbsent(area, 0.0);
    }
    return new WpiResult(touched, overlap);
  }

  private List<AreaMask> areaMasks(SilhouetteMask base, BodyView view) {
    return masks.computeIfAbsent(base, b -> rasterise(b, regions.areas(view)));
  }

  private static List<AreaMask> rasterise(SilhouetteMask base, Map<WpiArea, Path2D.Double> areas) {
    List<AreaMask> rasterised = new ArrayList<>();
    for (Map.Entry<WpiArea, Path2D.Double> entry : areas.entrySet()) {
      Rectangle rows = base.grid.pixelBounds(entry.getValue().getBounds2D());
      if (rows.isEmpty()) {
        continue;
      }
      BitMask strip = new BitMask(base.grid.width(), rows.height);
      AffineTransform toStrip = AffineTransform.getTranslateInstance(0, -rows.y);
      toStrip.concatenate(base.grid.toMask());
      strip.fill(entry.getValue(), toStrip);
      strip.retainAll(base.mask, rows.y);
      rasterised.add(new AreaMask(entry.getKey(), rows.y, strip, strip.count()));
    }
    return rasterised;
  }

  /** The views the areas are drawn on. */
  public static List<BodyView> views() {
    return WpiRegions.VIEWS;
  }
}
