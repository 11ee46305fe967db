package app.myomap.model;

/** Whether the patient feels a symptom all the time or on and off. */
public enum SymptomConstancy {
  CONSTANT,
  INTERMITTENT
}
