package app.myomap.model.record;

import java.util.OptionalInt;

/**
 * The pain ratings (NRS 0-10) a visit's record holds, for trends across visits: pain now and at its
 * worst in the last 24 hours as the patient reported them, and pain at the re-test after needling.
 * Each is empty when it was not recorded.
 */
public record PainRatings(OptionalInt now, OptionalInt worst24h, OptionalInt afterNeedling) {

  /** The ratings of {@code record}. */
  public static PainRatings of(VisitRecord record) {
    OptionalInt now =
        record.single(Subjective.class).map(Subjective::painNow).orElse(OptionalInt.empty());
    OptionalInt worst =
        record.single(Subjective.class).map(Subjective::painWorst24h).orElse(OptionalInt.empty());
    OptionalInt after =
        record.single(Retest.class).map(Retest::painNow).orElse(OptionalInt.empty());
    return new PainRatings(now, worst, after);
  }

  /** Whether any rating was recorded. */
  public boolean any() {
    return now.isPresent() || worst24h.isPresent() || afterNeedling.isPresent();
  }
}
