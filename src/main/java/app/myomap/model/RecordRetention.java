package app.myomap.model;

import java.time.LocalDate;

/**
 * The Australian working rule for how long a patient's record must be kept (DOMAIN 6.2): seven
 * years after the last entry, or, for a patient first seen under 18, until their 25th birthday,
 * whichever is later. A patient born on 29 February turns a year older on 28 February in a common
 * year.
 */
public final class RecordRetention {
  /** Years a record is kept after its last entry. */
  public static final int YEARS_AFTER_LAST_ENTRY = 7;

  /** The age under which a patient counts as a minor when seen. */
  public static final int ADULT_AGE = 18;

  /** The age a minor's record is kept until. */
  public static final int MINOR_KEPT_UNTIL_AGE = 25;

  private RecordRetention() {}

  /**
   * The last day the record must be kept.
   *
   * @param firstEntry the day of the first entry, which shows whether the patient was seen under 18
   * @param lastEntry the day of the last entry
   */
  public static LocalDate keepUntil(
      LocalDate dateOfBirth, LocalDate firstEntry, LocalDate lastEntry) {
    Checks.present(dateOfBirth, "Date of birth");
    Checks.present(firstEntry, "First entry");
    Checks.present(lastEntry, "Last entry");
    if (lastEntry.isBefore(firstEntry)) {
      throw new IllegalArgumentException(
          "Last entry " + lastEntry + " must not be before the first " + firstEntry);
    }
    LocalDate afterLastEntry = lastEntry.plusYears(YEARS_AFTER_LAST_ENTRY);
    boolean seenAsMinor = firstEntry.isBefore(dateOfBirth.plusYears(ADULT_AGE));
    if (!seenAsMinor) {
      return afterLastEntry;
    }
    LocalDate turns25 = dateOfBirth.plusYears(MINOR_KEPT_UNTIL_AGE);
    return turns25.isAfter(afterLastEntry) ? turns25 : afterLastEntry;
  }
}
