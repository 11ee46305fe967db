package app.myomap.model;

/**
 * Whether a referral zone is essential, felt by nearly everyone with an active trigger point in the
 * muscle (drawn solid), or spillover, felt by some patients only (drawn stippled).
 */
public enum ReferralKind {
  ESSENTIAL,
  SPILLOVER
}
