package app.myomap.model.record;

import java.time.Instant;
import java.util.Objects;

/**
 * An addendum opened on a signed visit: its number (from 1), the reason it was opened, who opened
 * it and when. Changes made while it is open belong to it; its signature closes it.
 */
public record Amendment(String visitId, int n, String reason, Instant openedAt, String author) {
  public static final int MAX_REASON = 2000;

  public Amendment {
    Objects.requireNonNull(visitId, "visitId");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(author, "author");
    if (n < 1) {
      throw new IllegalArgumentException("Addenda count from 1, got " + n);
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
      throw new IllegalArgumentException("An addendum needs its reason");
    }
    String stripped = reason.strip();
    if (stripped.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "A reason must be at most " + MAX_REASON + " characters, got " + stripped.length());
    }
    return stripped;
  }
}
