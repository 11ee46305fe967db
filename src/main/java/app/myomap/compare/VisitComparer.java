package app.myomap.compare;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasWarp;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two visits of a patient, each measured on the atlas version it was charted on. Where the
 * versions differ, the earlier chart is also carried onto the later version through the landmark
 * warp ({@link AtlasWarp}), so that the painted places and the trigger points of both visits lie in
 * one outline space and compare as on one version. Keeps the rasterised silhouettes, warps and
 * region sets between comparisons; safe for one thread at a time.
 */
public final class VisitComparer {
  private final CompareSettings settings;
  private final PainExtent painExtent;
  private final TriggerPointMatcher matcher;
  private final Map<String, Optional<WidespreadPainIndex>> indexes = new HashMap<>();
  private final Map<String, AtlasWarp> warps = new HashMap<>();

  public VisitComparer() {
    this(CompareSettings.DEFAULTS);
  }

  public VisitComparer(CompareSettings settings) {
    this.settings = settings;
    this.painExtent = new PainExtent(settings.pxPerUnit());
    this.matcher = new TriggerPointMatcher(settings.matchTolerance());
  }

  public CompareSettings settings() {
    return settings;
  }

  /** Compares two visits charted from blank. */
  public VisitComparison compare(Chart earlier, Atlas earlierAtlas, Chart later, Atlas laterAtlas) {
    return compare(earlier, earlierAtlas, later, laterAtlas, Map.of());
  }

  /**
   * Compares two visits, trigger points in {@code knownPairs} (later id to earlier id, for example
   * from lineage) taken as the same point before any is matched by distance.
   */
  public VisitComparison compare(
      Chart earlier,
      Atlas earlierAtlas,
      Chart later,
      Atlas laterAtlas,
      Map<MarkId, MarkId> knownPairs) {
    return compare(earlier, earlierAtlas, later, laterAtlas, new Lineages(knownPairs, Set.of()));
  }

  /**
   * Compares two visits, what {@code lineages} knows of their trigger points taken first. Across
   * atlas versions, location agreement and trigger-point distances are taken on the later version,
   * the earlier chart carried onto it; the agreement is left out only when the earlier visit
   * painted on a view the later version does not draw, and points on such a view pair by muscle and
   * side alone.
   */
  public VisitComparison compare(
      Chart earlier, Atlas earlierAtlas, Chart later, Atlas laterAtlas, Lineages lineages) {
    VisitExtent earlierExtent = painExtent.measure(earlier, earlierAtlas);
    VisitExtent laterExtent = painExtent.measure(later, laterAtlas);
    boolean sameVersion = earlierAtlas.version().equals(laterAtlas.version());
    Chart carried = sameVersion ? earlier : onto(earlier, earlierAtlas, laterAtlas);
    VisitExtent carriedExtent =
        sameVersion ? earlierExtent : painExtent.measure(carried, laterAtlas);
    boolean zonesCarried =
        carried.referralZones().size() + carried.symptomAreas().size()
            == earlier.referralZones().size() + earlier.symptomAreas().size();
    Optional<LocationAgreement> agreement =
        zonesCarried ? Optional.of(agreement(carriedExtent, laterExtent)) : Optional.empty();
    return new VisitComparison(
        ChartCounts.of(earlier),
        ChartCounts.of(later),
        earlierExtent,
        laterExtent,
        wpi(earlierAtlas).map(index -> index.score(earlierExtent)),
        wpi(laterAtlas).map(index -> index.score(laterExtent)),
        agreement,
        points(earlier, carried, later, lineages),
        settings.smallestDetectableChange());
  }

  /**
   * {@code chart}, charted on {@code from}, drawn on {@code to}'s version: the same chart when the
   * versions are one, else carried through the landmark warp (marks on a view {@code to} does not
   * draw are left out).
   */
  public Chart onto(Chart chart, Atlas from, Atlas to) {
    if (from.version().equals(to.version())) {
      return chart;
    }
    return warps
        .computeIfAbsent(from.version() + ">" + to.version(), key -> AtlasWarp.between(from, to))
        .chart(chart);
  }

  /**
   * The trigger points matched: on one version (or carried onto it) by muscle, side, view and
   * distance; a point the warp could not carry pairs by muscle and side alone.
   */
  private PointMatches points(Chart earlier, Chart carried, Chart later, Lineages lineages) {
    if (carried == earlier) {
      return matcher.match(earlier.triggerPoints(), later.triggerPoints(), lineages);
    }
    List<TriggerPoint> carriedPoints = carried.triggerPoints();
    if (carriedPoints.size() == earlier.triggerPoints().size()) {
      return matcher.match(carriedPoints, later.triggerPoints(), lineages);
    }
    return matcher
        .acrossAtlasVersions()
        .match(earlier.triggerPoints(), later.triggerPoints(), lineages);
  }

  /** The extent of one visit's chart, for a visit shown alone. */
  public VisitExtent extent(Chart chart, Atlas atlas) {
    return painExtent.measure(chart, atlas);
  }

  /**
   * The Widespread Pain Index areas of a measured visit; empty when its atlas has no region set.
   */
  public Optional<WpiResult> wpi(VisitExtent extent, Atlas atlas) {
    return wpi(atlas).map(index -> index.score(extent));
  }

  private Optional<WidespreadPainIndex> wpi(Atlas atlas) {
    return indexes.computeIfAbsent(
        atlas.version(),
        version ->
            WpiRegions.forAtlas(atlas)
                .map(
                    regions ->
                        new WidespreadPainIndex(
                            regions, settings.wpiMinOverlap(), settings.wpiMinOverlapArea())));
  }

  private static LocationAgreement agreement(VisitExtent a, VisitExtent b) {
    Set<BodyView> views = EnumSet.noneOf(BodyView.class);
    views.addAll(a.views().keySet());
    views.addAll(b.views().keySet());
    Map<BodyView, Double> byView = new EnumMap<>(BodyView.class);
    long shared = 0;
    long combined = 0;
    for (BodyView view : views) {
      ViewMasks ma = a.masks(view).orElse(null);
      ViewMasks mb = b.masks(view).orElse(null);
      long s;
      long c;
      if (ma != null && mb != null) {
        s = BitMask.countAnd(ma.painted, mb.painted, ma.base.mask);
        c = BitMask.countOrAnd(ma.painted, mb.painted, ma.base.mask);
      } else {
        ViewMasks only = ma != null ? ma : mb;
        s = 0;
        c = BitMask.countAnd(only.painted, only.base.mask);
      }
      byView.put(view, LocationAgreement.jaccard(s, c));
      shared += s;
      combined += c;
    }
    return new LocationAgreement(byView, LocationAgreement.jaccard(shared, combined));
  }
}
