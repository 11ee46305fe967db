package app.myomap.model;

import java.util.Optional;
import java.util.Set;

/**
 * The local twitch response recorded at a trigger point. Count, strength and detection only apply
 * to a present response; a present response with a count of 0 was not counted.
 */
public record TwitchResponse(
    TwitchPresence presence,
    int count,
    Optional<TwitchStrength> strength,
    Set<TwitchDetection> detectedBy) {

  /** The largest twitch count that can be recorded. */
  public static final int MAX_COUNT = 99;

  private static final TwitchResponse NOT_TESTED =
      new TwitchResponse(TwitchPresence.NOT_TESTED, 0, Optional.empty(), Set.of());
  private static final TwitchResponse ABSENT =
      new TwitchResponse(TwitchPresence.ABSENT, 0, Optional.empty(), Set.of());

  public TwitchResponse {
    Checks.present(presence, "Twitch presence");
    Checks.present(strength, "Twitch strength");
    detectedBy = Checks.enumSet(detectedBy, TwitchDetection.class, "Twitch detection");
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException(
          "Twitch count must be between 0 and " + MAX_COUNT + ", got " + count);
    }
    if (presence != TwitchPresence.PRESENT) {
      String state = presence == TwitchPresence.ABSENT ? "absent" : "not tested";
      if (count != 0) {
        throw new IllegalArgumentException("A twitch response " + state + " cannot have a count");
      }
      if (strength.isPresent()) {
        throw new IllegalArgumentException(
            "A twitch response " + state + " cannot have a strength");
      }
      if (!detectedBy.isEmpty()) {
        throw new IllegalArgumentException(
            "A twitch response " + state + " cannot have a way of detection");
      }
    }
  }

  public static TwitchResponse notTested() {
    return NOT_TESTED;
  }

  public static TwitchResponse absent() {
    return ABSENT;
  }

  /** A present response with a count (0 when not counted), no strength and no detection yet. */
  public static TwitchResponse present(int count) {
    return new TwitchResponse(TwitchPresence.PRESENT, count, Optional.empty(), Set.of());
  }

  /** This response, made present, with the given count; strength and detection are kept. */
  public TwitchResponse withCount(int newCount) {
    return new TwitchResponse(TwitchPresence.PRESENT, newCount, strength, detectedBy);
  }

  /** This response, made present, with the given strength; count and detection are kept. */
  public TwitchResponse withStrength(TwitchStrength newStrength) {
    return new TwitchResponse(
        TwitchPresence.PRESENT,
        count,
        Optional.of(Checks.present(newStrength, "Twitch strength")),
        detectedBy);
  }

  /** This response, made present, detected in the given ways; count and strength are kept. */
  public TwitchResponse withDetectedBy(Set<TwitchDetection> ways) {
    return new TwitchResponse(TwitchPresence.PRESENT, count, strength, ways);
  }
}
