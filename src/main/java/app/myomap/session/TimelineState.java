package app.myomap.session;

/** What the trigger-point timeline shows for one point at one visit. */
public enum TimelineState {
  /** Charted at this visit as an active trigger point. */
  ACTIVE,
  /** Charted at this visit as a latent trigger point. */
  LATENT,
  /** Charted at the visit before and not found at this one: resolved here. */
  RESOLVED,
  /** Not charted at this visit and not resolved at it: before the point was found, or later. */
  ABSENT;

  /** Whether the point was charted at this visit (active or latent). */
  public boolean present() {
    return this == ACTIVE || this == LATENT;
  }
}
