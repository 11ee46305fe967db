package app.myomap.compare;

import app.myomap.model.BodyView;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How well the painted areas (referral zones and symptom areas, inside the silhouette) of two
 * visits coincide on one atlas version (the earlier visit's carried onto the later one's version
 * when they differ): the Jaccard index, shared area over combined area, from 0 (no overlap) to 1
 * (the same area). When both visits painted nothing the index is 1: they agree completely.
 *
 * @param byView the index on each view either visit painted on, and on the anterior and posterior
 * @param overall shared area over combined area summed over all those views
 */
public record LocationAgreement(Map<BodyView, Double> byView, double overall) {

  public LocationAgreement {
    byView = Collections.unmodifiableMap(new EnumMap<>(byView));
  }

  /** The index on a view; 1 for a view neither visit painted on. */
  public double view(BodyView view) {
    return byView.getOrDefault(view, 1.0);
  }

  static double jaccard(long shared, long combined) {
    return combined == 0 ? 1.0 : (double) shared / combined;
  }
}
