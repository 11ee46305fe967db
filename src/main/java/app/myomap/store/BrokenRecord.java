package app.myomap.store;

/**
 * A change to the clinical record that no longer matches its record chain, or a protection of the
 * file that is gone, named so that a practitioner can find it: whose record, which visit, when.
 *
 * @param seq the chain entry's number, 0 when the rows are not in the chain at all
 * @param problem what is wrong
 * @param what the kind of change in plain words ("chart edit", "patient details", ...)
 * @param patientId the patient's id, or null when unknown
 * @param patientName the patient's name as the file holds it now, or null when unknown
 * @param visitId the visit's id, or null for a patient's details or a protection
 * @param visitStartedAt when the visit started (ISO-8601 UTC), or null
 * @param recordedAt when the change was recorded (ISO-8601 UTC), or null
 */
public record BrokenRecord(
    long seq,
    Problem problem,
    String what,
    String patientId,
    String patientName,
    String visitId,
    String visitStartedAt,
    String recordedAt) {

  /** What verification found. */
  public enum Problem {
    /** The rows of a recorded change differ from what was recorded. */
    CHANGED("was changed outside MyoMap"),
    /** The rows of a recorded change are gone. */
    REMOVED("was removed outside MyoMap"),
    /** Rows that no recorded change accounts for. */
    ADDED("was added outside MyoMap"),
    /** A chain entry itself was altered, removed or inserted. */
    CHAIN_ALTERED("has a history entry that was altered outside MyoMap"),
    /** The chain was rewritten after it had been verified. */
    CHAIN_REWRITTEN("has a history that was rewritten after it was last verified"),
    /** A patient's current details differ from their newest recorded version. */
    CURRENT_DIFFERS("shows details that differ from its newest recorded version"),
    /** A trigger that keeps the history append-only is missing. */
    GUARD_REMOVED("protection was removed outside MyoMap");

    private final String words;

    Problem(String words) {
      this.words = words;
    }

    /** The problem in plain words, to follow the name of what it is about. */
    public String words() {
      return words;
    }
  }

  /**
   * One line in plain words, such as "Jordan Lee, visit of 2026-11-28 09:30 UTC: chart edit ...".
   */
  public String describe() {
    StringBuilder line = new StringBuilder();
    if (patientName != null || patientId != null) {
      line.append(patientName != null ? patientName : "patient " + patientId);
      if (visitStartedAt != null) {
        line.append(", visit of ").append(shortTime(visitStartedAt));
      } else if (visitId != null) {
        line.append(", visit ").append(visitId);
      }
      line.append(": ");
    }
    line.append(what);
    if (recordedAt != null) {
      line.append(" of ").append(shortTime(recordedAt));
    }
    line.append(' ').append(problem.words());
    if (seq > 0) {
      line.append(" (history entry ").append(seq).append(')');
    }
    return line.toString();
  }

  private static String shortTime(String iso) {
    return iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC" : iso;
  }
}
