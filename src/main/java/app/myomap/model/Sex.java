package app.myomap.model;

/** A patient's sex as recorded by the clinic; {@link #NOT_STATED} until the patient says. */
public enum Sex {
  FEMALE,
  MALE,
  INTERSEX,
  OTHER,
  NOT_STATED
}
