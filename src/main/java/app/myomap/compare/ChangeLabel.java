package app.myomap.compare;

/** Whether a change of pain extent exceeds the smallest detectable change. */
public enum ChangeLabel {
  /** Smaller than the smallest detectable change: measurement error cannot be ruled out. */
  WITHIN_ERROR,
  /** At least the smallest detectable change. */
  LIKELY_REAL
}
