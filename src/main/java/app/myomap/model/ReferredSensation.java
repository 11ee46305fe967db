package app.myomap.model;

/** What the patient feels in a referral zone; referred "pain" may be another sensation. */
public enum ReferredSensation {
  PAIN,
  DEEP_ACHE,
  TINGLING,
  BURNING,
  NUMBNESS
}
