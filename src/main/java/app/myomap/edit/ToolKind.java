package app.myomap.edit;

/** The tools of the chart editor; exactly one is active at a time. */
public enum ToolKind {
  SELECT,
  TRIGGER_POINT,
  NOTE_PIN,
  /** Paints referral zones of a trigger point with the brush, or clicks a polygon with Alt (R). */
  REFERRAL_ZONE,
  /** Paints the patient's symptom areas with the brush, or clicks a polygon with Alt (S). */
  SYMPTOM_AREA,
  /** Carves the brush shape, or an Alt-clicked polygon, out of the zones it touches (E). */
  ERASER
}
