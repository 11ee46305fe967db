package app.myomap.model;

/**
 * The sensations of the patient's own pain drawing, each with its classic pain-drawing symbol
 * (Ransford, Cairns and Mooney 1976) and colour: aching ^^^, burning xxx, stabbing ///, pins and
 * needles ooo, numbness ===.
 */
public enum SymptomSensation {
  ACHING,
  BURNING,
  STABBING,
  PINS_AND_NEEDLES,
  NUMBNESS
}
