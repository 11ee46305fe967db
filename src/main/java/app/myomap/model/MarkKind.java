package app.myomap.model;

/**
 * The kinds of mark a chart holds, in drawing layers from bottom to top: a later layer is painted
 * over, and hit first before, an earlier one. Painted areas lie lowest (the patient's symptom
 * areas, then referral zones) so the practitioner's points and notes stay on top.
 */
public enum MarkKind {
  SYMPTOM_AREA("symptomArea"),
  REFERRAL_ZONE("referralZone"),
  TRIGGER_POINT("triggerPoint"),
  NOTE_PIN("notePin");

  private final String key;

  MarkKind(String key) {
    this.key = key;
  }

  /** The stable key used in label keys and storage, for example "triggerPoint". */
  public String key() {
    return key;
  }

  /** The drawing layer: higher layers are painted later, on top. */
  public int layer() {
    return ordinal();
  }
}
