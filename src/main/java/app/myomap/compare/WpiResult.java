package app.myomap.compare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The Widespread Pain Index areas a chart's painted zones touch, and the score.
 *
 * @param touched the areas whose overlap reached the threshold
 * @param overlap for every area, the largest fraction of it painted on any view (0 to 1)
 */
public record WpiResult(Set<WpiArea> touched, Map<WpiArea, Double> overlap) {

  public WpiResult {
    touched =
        Collections.unmodifiableSet(
            touched.isEmpty() ? EnumSet.noneOf(WpiArea.class) : EnumSet.copyOf(touched));
    overlap = Collections.unmodifiableMap(new EnumMap<>(overlap));
  }

  /** The Widespread Pain Index: the number of areas touched, 0 to 19. */
  public int score() {
    return touched.size();
  }
}
