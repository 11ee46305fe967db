package app.myomap.model;

/** How a local twitch response was detected; several ways may apply at once. */
public enum TwitchDetection {
  VISIBLE,
  PALPABLE,
  ULTRASOUND,
  PATIENT
}
