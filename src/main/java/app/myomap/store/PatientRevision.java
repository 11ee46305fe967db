package app.myomap.store;

import app.myomap.model.Patient;
import java.time.Instant;

/**
 * One recorded version of a patient's details, kept for good when the details are later edited.
 *
 * @param version counts the versions of one patient from 1, the version created with the patient
 * @param author who recorded this version
 * @param recordedAt when it was recorded (UTC, to the millisecond)
 * @param archived whether this version archived the patient (hidden from the list, kept)
 */
public record PatientRevision(
    int version, Patient patient, String author, Instant recordedAt, boolean archived) {

  /** A version of a patient who is not archived. */
  public PatientRevision(int version, Patient patient, String author, Instant recordedAt) {
    this(version, patient, author, recordedAt, false);
  }
}
