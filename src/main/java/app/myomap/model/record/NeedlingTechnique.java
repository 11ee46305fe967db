package app.myomap.model.record;

/** How a trigger point was needled (DOMAIN.md §3.2). */
public enum NeedlingTechnique {
  /** Needle left in place. */
  STATIC,
  /** Fast-in, fast-out (Hong). */
  FAST_IN_FAST_OUT,
  /** Repeated partial withdrawal and re-insertion ("sparrow-pecking"). */
  PISTONING,
  /** Needle rotated or wound. */
  ROTATION,
  /** Electrical stimulation through the needle. */
  ELECTRICAL_STIMULATION
}
