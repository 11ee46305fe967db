package app.myomap.compare;

import app.myomap.model.Chart;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchPresence;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The counted findings of one visit's chart, over all views.
 *
 * @param active active trigger points
 * @param latent latent trigger points
 * @param withTwitch trigger points with a local twitch response present
 * @param twitchTotal twitch responses in total: the sum of the recorded counts (a present response
 *     that was not counted adds nothing)
 * @param muscles muscles with a trigger point, irrespective of side (left and right trapezius count
 *     once)
 * @param muscleSides muscle-and-side pairs with a trigger point (left and right trapezius count
 *     twice)
 * @param needled trigger points needled at this visit
 */
public record ChartCounts(
    int active,
    int latent,
    int withTwitch,
    int twitchTotal,
    int muscles,
    int muscleSides,
    int needled) {

  /** Counts the trigger points of a chart. */
  public static ChartCounts of(Chart chart) {
    int active = 0;
    int latent = 0;
    int withTwitch = 0;
    int twitchTotal = 0;
    int needled = 0;
    Set<MuscleRef> muscles = new HashSet<>();
    Set<Map.Entry<MuscleRef, Side>> muscleSides = new HashSet<>();
    for (TriggerPoint point : chart.triggerPoints()) {
      if (point.status() == TriggerPointStatus.ACTIVE) {
        active++;
      } else {
        latent++;
      }
      if (point.twitch().presence() == TwitchPresence.PRESENT) {
        withTwitch++;
        twitchTotal += point.twitch().count();
      }
      if (point.needled()) {
        needled++;
      }
      muscles.add(point.muscle());
      muscleSides.add(Map.entry(point.muscle(), point.side()));
    }
    return new ChartCounts(
        active, latent, withTwitch, twitchTotal, muscles.size(), muscleSides.size(), needled);
  }

  /** All trigger points, active and latent. */
  public int triggerPoints() {
    return active + latent;
  }
}
