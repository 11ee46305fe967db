package app.myomap.model;

/** Whether a local twitch response was elicited at a trigger point, or not tested. */
public enum TwitchPresence {
  NOT_TESTED,
  ABSENT,
  PRESENT
}
