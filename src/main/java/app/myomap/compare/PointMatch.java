package app.myomap.compare;

import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchPresence;
import java.util.EnumSet;
import java.util.Set;

/**
 * One trigger point found at both visits: the earlier and the later mark, how they were paired, and
 * what changed.
 *
 * @param distance how far the later mark lies from the earlier one, in outline units (infinite when
 *     they lie on different views)
 */
public record PointMatch(
    TriggerPoint earlier, TriggerPoint later, Pairing pairing, double distance) {

  /** How two marks were found to be the same trigger point. */
  public enum Pairing {
    /** Given as a known pair, for example by lineage: the later mark descends from the earlier. */
    KNOWN,
    /** Same muscle, side and view, within the distance tolerance, closest pairs first. */
    PROXIMITY,
    /**
     * Same muscle and side, where the two visits were charted on different atlas versions and the
     * earlier points could not all be carried onto the later one, so places cannot be compared; the
     * same view first, then in chart order.
     */
    MUSCLE_AND_SIDE
  }

  /** What differs between the two marks; empty for a point that persists unchanged. */
  public Set<PointChange> changes() {
    Set<PointChange> changes = EnumSet.noneOf(PointChange.class);
    if (earlier.status() != later.status()) {
      changes.add(
          later.status() == TriggerPointStatus.ACTIVE
              ? PointChange.BECAME_ACTIVE
              : PointChange.BECAME_LATENT);
    }
    boolean twitchBefore = earlier.twitch().presence() == TwitchPresence.PRESENT;
    boolean twitchNow = later.twitch().presence() == TwitchPresence.PRESENT;
    if (twitchBefore != twitchNow) {
      changes.add(PointChange.TWITCH_PRESENCE_CHANGED);
    }
    if (earlier.twitch().count() != later.twitch().count()) {
      changes.add(PointChange.TWITCH_COUNT_CHANGED);
    }
    return changes;
  }

  public boolean changed() {
    return !changes().isEmpty();
  }
}
