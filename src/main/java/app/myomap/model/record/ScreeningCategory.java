package app.myomap.model.record;

/** How a screening item weighs on needling (DOMAIN.md §3.1); the clinic decides which is which. */
public enum ScreeningCategory {
  /** Needling is not done while the item is present, unless the practitioner overrides it. */
  ABSOLUTE,
  /** Needling may go ahead with care; the answer is recorded. */
  PRECAUTION
}
