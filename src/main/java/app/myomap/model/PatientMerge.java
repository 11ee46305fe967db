package app.myomap.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Two records of the same person made one: {@code mergedId}'s record keeps every version, visit and
 * entry it had and is shown from then on as part of {@code intoId}'s record.
 */
public record PatientMerge(
    String mergedId, String intoId, String reason, String author, Instant mergedAt) {
  public static final int MAX_REASON = 2000;

  public PatientMerge {
    Objects.requireNonNull(mergedId, "mergedId");
    Objects.requireNonNull(intoId, "intoId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(mergedAt, "mergedAt");
    if (mergedId.equals(intoId)) {
      throw new IllegalArgumentException("A record is not merged into itself");
    }
    reason = checkedReason(reason);
  }

  /**
   * The reason stripped, which must be given.
   *
   * @throws IllegalArgumentException if it is blank or too long
   */
  public static String checkedReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A merge needs its reason");
    }
    String stripped = reason.strip();
    if (stripped.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "A reason must be at most " + MAX_REASON + " characters, got " + stripped.length());
    }
    return stripped;
  }
}
