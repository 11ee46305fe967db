package app.myomap.compare;

import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs the trigger points of an earlier and a later visit one-to-one. What lineage knows comes
 * first and wins over distance ({@link Lineages}: a carried-forward point is the point it descends
 * from; an earlier point the later visit found resolved stays resolved even with a new point beside
 * it); visits charted from blank have none. The rest are paired when they have the same muscle,
 * side and view and lie within the tolerance, closest pairs first (ties in chart order), so a point
 * is never taken by a farther one while its nearest partner is free.
 */
public final class TriggerPointMatcher {
  /** Distance tolerance unless told otherwise: 15 outline units, about 3.5 cm on an adult. */
  public static final double DEFAULT_TOLERANCE = 15;

  private final double tolerance;

  /** Whether places are ignored: the points' outline coordinates do not correspond. */
  private final boolean acrossVersions;

  public TriggerPointMatcher() {
    this(DEFAULT_TOLERANCE);
  }

  /**
   * @param tolerance the largest distance, in outline units, at which two points of the same muscle
   *     and side are taken for the same point
   */
  public TriggerPointMatcher(double tolerance) {
    this(tolerance, false);
  }

  private TriggerPointMatcher(double tolerance, boolean acrossVersions) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("Match tolerance must be finite and not negative");
    }
    this.tolerance = tolerance;
    this.acrossVersions = acrossVersions;
  }

  /**
   * A matcher for points whose outline coordinates do not correspond (two atlas versions where the
   * earlier points could not all be carried onto the later version): points pair by muscle and side
   * alone (the same view first, then in chart order), after the known pairs.
   */
  public TriggerPointMatcher acrossAtlasVersions() {
    return new TriggerPointMatcher(tolerance, true);
  }

  public double tolerance() {
    return tolerance;
  }

  /** Pairs the points of two visits charted from blank: by muscle, side, view and distance. */
  public PointMatches match(List<TriggerPoint> earlier, List<TriggerPoint> later) {
    return match(earlier, later, Map.of());
  }

  /**
   * Pairs the points of two visits, {@code known} pairs first.
   *
   * @param known later mark id to the id of the earlier mark it is known to be (for example by
   *     lineage); a pair naming a mark missing from either list is ignored
   */
  public PointMatches match(
      List<TriggerPoint> earlier, List<TriggerPoint> later, Map<MarkId, MarkId> known) {
    return match(earlier, later, new Lineages(known, Set.of()));
  }

  /**
   * Pairs the points of two visits with what lineage knows first: its pairs, and the earlier points
   * known to be resolved, which no later point takes by distance.
   */
  public PointMatches match(
      List<TriggerPoint> earlier, List<TriggerPoint> later, Lineages lineages) {
    Map<MarkId, MarkId> known = lineages.pairs();
    Map<MarkId, TriggerPoint> earlierById = new HashMap<>();
    earlier.forEach(p -> earlierById.put(p.id(), p));
    Set<MarkId> settled = new HashSet<>(lineages.resolved());
    Set<MarkId> takenEarlier = new HashSet<>();
    Set<MarkId> takenLater = new HashSet<>();
    List<PointMatch> matched = new ArrayList<>();
    for (TriggerPoint point : later) {
      TriggerPoint source = earlierById.get(known.get(point.id()));
      if (source != null && takenEarlier.add(source.id())) {
        takenLater.add(point.id());
        matched.add(
            new PointMatch(source, point, PointMatch.Pairing.KNOWN, distance(source, point)));
      }
    }
    settled.addAll(takenEarlier);
    matched.addAll(byProximity(earlier, later, settled, takenLater));
    Set<MarkId> paired = new HashSet<>();
    matched.forEach(m -> paired.add(m.earlier().id()));
    List<TriggerPoint> resolved = earlier.stream().filter(p -> !paired.contains(p.id())).toList();
    List<TriggerPoint> added = later.stream().filter(p -> !takenLater.contains(p.id())).toList();
    return new PointMatches(matched, resolved, added);
  }

  private record Candidate(int earlierIndex, int laterIndex, double distance) {}

  private record Key(String muscle, Object side, Object view) {}

  private List<PointMatch> byProximity(
      List<TriggerPoint> earlier,
      List<TriggerPoint> later,
      Set<MarkId> takenEarlier,
      Set<MarkId> takenLater) {
    Map<Key, List<Integer>> earlierByKey = new HashMap<>();
    for (int i = 0; i < earlier.size(); i++) {
      TriggerPoint p = earlier.get(i);
      if (!takenEarlier.contains(p.id())) {
        earlierByKey.computeIfAbsent(key(p), k -> new ArrayList<>()).add(i);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int j = 0; j < later.size(); j++) {
      TriggerPoint q = later.get(j);
      if (takenLater.contains(q.id())) {
        continue;
      }
      for (int i : earlierByKey.getOrDefault(key(q), List.of())) {
        TriggerPoint p = earlier.get(i);
        if (acrossVersions) {
          // No distance between versions: a point on the same view comes before one on another.
          candidates.add(new Candidate(i, j, p.view() == q.view() ? 0 : 1));
          continue;
        }
        double d = distance(p, q);
        if (d <= tolerance) {
          candidates.add(new Candidate(i, j, d));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::distance)
            .thenComparingInt(Candidate::earlierIndex)
            .thenComparingInt(Candidate::laterIndex));
    List<PointMatch> matched = new ArrayList<>();
    for (Candidate c : candidates) {
      TriggerPoint p = earlier.get(c.earlierIndex());
      TriggerPoint q = later.get(c.laterIndex());
      if (!takenEarlier.contains(p.id()) && !takenLater.contains(q.id())) {
        takenEarlier.add(p.id());
        takenLater.add(q.id());
        matched.add(
            acrossVersions
                ? new PointMatch(p, q, PointMatch.Pairing.MUSCLE_AND_SIDE, Double.NaN)
                : new PointMatch(p, q, PointMatch.Pairing.PROXIMITY, c.distance()));
      }
    }
    return matched;
  }

  private Key key(TriggerPoint p) {
    return new Key(p.muscle().id(), p.side(), acrossVersions ? null : p.view());
  }

  private static double distance(TriggerPoint a, TriggerPoint b) {
    return Objects.equals(a.view(), b.view())
        ? Math.hypot(a.x() - b.x(), a.y() - b.y())
        : Double.POSITIVE_INFINITY;
  }
}
