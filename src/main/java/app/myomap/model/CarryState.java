package app.myomap.model;

/** What re-examining a carried-forward mark found at the follow-up visit. */
public enum CarryState {
  /** Carried forward and not looked at yet: shown faded until the practitioner re-examines it. */
  NOT_REEXAMINED,
  /** Re-examined and still present (possibly with changed findings). */
  CONFIRMED,
  /** Re-examined and gone: kept in the visit's record as resolved, no longer a finding. */
  RESOLVED
}
