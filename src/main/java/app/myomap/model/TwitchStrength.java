package app.myomap.model;

/** The graded strength of a local twitch response. */
public enum TwitchStrength {
  WEAK,
  MODERATE,
  STRONG
}
