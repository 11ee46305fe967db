package app.myomap.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
    /** A signed visit's content differs from what its signature covers. */
    SIGNATURE_MISMATCH("no longer matches the content it was signed with"),
    /** A trigger that keeps the history append-only is missing. */
    GUARD_REMOVED("was removed outside MyoMap");

    private final String words;

    Problem(String words) {
      this.words = words;
    }

    /** The problem in plain words, to follow the name of what it is about. */
    public String words() {
      return words;
    }
  }

  /** One line in plain words, times in UTC: "Jordan Lee, visit of 28 Nov 2026 09:30 UTC: ...". */
  public String describe() {
    return describe(ZoneOffset.UTC);
  }

  /**
   * One line in plain words, times in {@code zone}: "Jordan Lee, visit of 28 Nov 2026 10:30: ...".
   */
  public String describe(ZoneId zone) {
    StringBuilder line = new StringBuilder();
    if (patientName != null || patientId != null) {
      line.append(patientName != null ? patientName : "patient " + patientId);
      if (visitStartedAt != null) {
        line.append(", visit of ").append(time(visitStartedAt, zone));
      } else if (visitId != null) {
        line.append(", visit ").append(visitId);
      }
      line.append(": ");
    }
    line.append(what);
    if (recordedAt != null) {
      line.append(" of ").append(time(recordedAt, zone));
    }
    line.append(' ').append(problem.words());
    if (seq > 0) {
      line.append(" (history entry ").append(seq).append(')');
    }
    return line.toString();
  }

  private static String time(String iso, ZoneId zone) {
    try {
      String local =
          DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH)
              .format(Instant.parse(iso).atZone(zone));
      return zone.equals(ZoneOffset.UTC) ? local + " UTC" : local;
    } catch (DateTimeException e) {
      return iso; // a time altered into something that is not one is shown as it is
    }
  }
}
