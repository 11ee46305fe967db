package app.myomap.model.record;

/** An answer to one of the intake self-assessment's questions (DOMAIN.md §8). */
public enum IntakeAnswer {
  YES,
  SOMETIMES,
  RARELY_OR_NO
}
