package app.myomap.model;

/** A diagnostic sign a practitioner found positive at a trigger point, recorded one by one. */
public enum TriggerPointCriterion {
  TAUT_BAND,
  TENDER_SPOT,
  REFERRED_SENSATION,
  RECOGNITION,
  JUMP_SIGN
}
