package app.myomap.compare;

import app.myomap.model.BodyView;
import java.awt.geom.Path2D;
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
 * <p>Each view's areas are rasterised once on its mask grid as one label per pixel.
 */
public final class WidespreadPainIndex {
  /** The fraction of an area that must be painted for it to count, unless told otherwise. */
  public static final double DEFAULT_MIN_OVERLAP = 0.01;

  /** The painted area, in square outline units, that always counts, unless told otherwise. */
  public static final double DEFAULT_MIN_OVERLAP_AREA = 25;

  private final WpiRegions regions;
  private final double minOverlap;
  private final double minOverlapArea;
  private final Map<SilhouetteMask, Labels> labels = new IdentityHashMap<>();

  /** The areas of one view as pixel labels (0 = none, else ordinal + 1) and their sizes. */
  private record Labels(byte[] label, long[] pixels) {}

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
      Labels l = labels(masks.base, view);
      long[] counts = new long[l.pixels().length];
      BitMask.tallyAnd(masks.painted, masks.base.mask, l.label(), counts);
      for (WpiArea area : WpiArea.values()) {
        long size = l.pixels()[area.ordinal() + 1];
        if (size == 0) {
          continue;
        }
        long painted = counts[area.ordinal() + 1];
        double fraction = (double) painted / size;
        overlap.merge(area, fraction, Math::max);
        double needed = Math.min(minOverlap * size, minOverlapArea / masks.base.grid.pixelArea());
        if (painted > 0 && painted >= needed) {
          touched.add(area);
        }
      }
    }
    for (WpiArea area : WpiArea.values()) {
      overlap.putIfAbsent(area, 0.0);
    }
    return new WpiResult(touched, overlap);
  }

  private Labels labels(SilhouetteMask base, BodyView view) {
    return labels.computeIfAbsent(base, b -> rasterise(b, regions.areas(view)));
  }

  private static Labels rasterise(SilhouetteMask base, Map<WpiArea, Path2D.Double> areas) {
    int width = base.grid.width();
    int height = base.grid.height();
    byte[] label = new byte[width * height];
    long[] pixels = new long[WpiArea.values().length + 1];
    for (Map.Entry<WpiArea, Path2D.Double> entry : areas.entrySet()) {
      BitMask mask = base.grid.newMask();
      mask.fill(entry.getValue(), base.grid.toMask());
      byte code = (byte) (entry.getKey().ordinal() + 1);
      var bounds = base.grid.pixelBounds(entry.getValue().getBounds2D());
      for (int y = bounds.y; y < bounds.y + bounds.height; y++) {
        for (int x = bounds.x; x < bounds.x + bounds.width; x++) {
          if (mask.get(x, y) && base.mask.get(x, y) && label[y * width + x] == 0) {
            label[y * width + x] = code;
            pixels[code]++;
          }
        }
      }
    }
    return new Labels(label, pixels);
  }

  /** The views the areas are drawn on. */
  public static List<BodyView> views() {
    return WpiRegions.VIEWS;
  }
}
