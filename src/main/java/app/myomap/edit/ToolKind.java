package app.myomap.edit;

/** The tools of the chart editor; exactly one is active at a time. */
public enum ToolKind {
  SELECT,
  TRIGGER_POINT,
  NOTE_PIN
}
