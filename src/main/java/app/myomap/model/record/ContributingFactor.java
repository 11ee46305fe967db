package app.myomap.model.record;

/** What the patient's history suggests keeps the trigger points going (DOMAIN.md §8). */
public enum ContributingFactor {
  REPETITIVE_MOVEMENT,
  PROLONGED_SITTING_OR_POSTURE,
  TRAINING_OVERLOAD,
  OLD_INJURY,
  STRESS,
  OTHER
}
