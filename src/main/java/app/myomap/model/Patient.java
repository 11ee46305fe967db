package app.myomap.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A person whose charts are kept.
 *
 * @param id a lower-case UUID, independent of any database row number
 * @param recordNumber the clinic's own record number, empty when the clinic uses none
 * @param details sex, contact, referrer and medical alerts, {@link PatientDetails#NONE} when none
 *     were recorded
 */
public record Patient(
    String id, String name, LocalDate dateOfBirth, String recordNumber, PatientDetails details) {

  /** The earliest date of birth accepted. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_RECORD_NUMBER_LENGTH = 40;

  public Patient {
    Checks.uuid(id, "Patient id");
    name =
        Checks.requiredText(
            NameText.checked(Checks.present(name, "Patient name"), "Patient name"),
            "Patient name",
            MAX_NAME_LENGTH);
    Checks.present(dateOfBirth, "Patient date of birth");
    if (dateOfBirth.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new IllegalArgumentException(
          "Patient date of birth must not be before "
              + EARLIEST_BIRTH_DATE
              + ", got "
              + dateOfBirth);
    }
    // The latest calendar date anywhere on earth, so that no time zone sees a birth today as
    // future.
    LocalDate latest = LocalDate.now(ZoneOffset.MAX);
    if (dateOfBirth.isAfter(latest)) {
      throw new IllegalArgumentException(
          "Patient date of birth must not be in the future, got " + dateOfBirth);
    }
    recordNumber =
        Checks.optionalText(
            NameText.checked(
                Checks.present(recordNumber, "Patient record number"), "Patient record number"),
            "Patient record number",
            MAX_RECORD_NUMBER_LENGTH);
    Checks.present(details, "Patient details");
  }

  /** A patient with no details beyond name, date of birth and record number. */
  public Patient(String id, String name, LocalDate dateOfBirth, String recordNumber) {
    this(id, name, dateOfBirth, recordNumber, PatientDetails.NONE);
  }

  /** The same patient with {@code newDetails}. */
  public Patient withDetails(PatientDetails newDetails) {
    return new Patient(id, name, dateOfBirth, recordNumber, newDetails);
  }

  /** A new patient with a fresh random id. */
  public static Patient create(String name, LocalDate dateOfBirth, String recordNumber) {
    return new Patient(UUID.randomUUID().toString(), name, dateOfBirth, recordNumber);
  }
}
