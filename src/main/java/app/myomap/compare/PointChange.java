package app.myomap.compare;

/** How a trigger point found at both visits differs at the later one. */
public enum PointChange {
  /** Latent before, active now. */
  BECAME_ACTIVE,
  /** Active before, latent now. */
  BECAME_LATENT,
  /** The recorded twitch count differs (not tested or absent count as 0). */
  TWITCH_COUNT_CHANGED,
  /** A twitch response present at one visit and not at the other. */
  TWITCH_PRESENCE_CHANGED
}
