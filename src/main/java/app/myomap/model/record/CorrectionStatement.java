package app.myomap.model.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's statement that part of a visit's record is wrong, attached to the visit (Australian
 * Privacy Principle 13): their words, the day the clinic received them and, if given, the clinic's
 * answer (the correction made by addendum, or why it was declined). It changes nothing the
 * practitioner wrote; it travels with the visit wherever the visit is shown or exported.
 *
 * @param n its number among the visit's statements, from 1
 * @param response the clinic's answer, empty if none was recorded
 */
public record CorrectionStatement(
    String visitId,
    int n,
    String statement,
    LocalDate receivedOn,
    Optional<String> response,
    String author,
    Instant recordedAt) {
  public static final int MAX_STATEMENT = 4000;
  public static final int MAX_RESPONSE = 2000;

  public CorrectionStatement {
    Objects.requireNonNull(visitId, "visitId");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (n < 1) {
      throw new IllegalArgumentException("Correction statements count from 1, got " + n);
    }
    statement = checkedStatement(statement);
    response = Objects.requireNonNull(response, "response").map(CorrectionStatement::checked);
  }

  /**
   * The statement stripped, which must be given.
   *
   * @throws IllegalArgumentException if it is blank or too long
   */
  public static String checkedStatement(String statement) {
    if (statement == null || statement.isBlank()) {
      throw new IllegalArgumentException("A correction statement needs the patient's words");
    }
    String stripped = statement.strip();
    if (stripped.length() > MAX_STATEMENT) {
      throw new IllegalArgumentException(
          "A statement must be at most " + MAX_STATEMENT + " characters, got " + stripped.length());
    }
    return stripped;
  }

  /**
   * The clinic's answer stripped; blank means none.
   *
   * @throws IllegalArgumentException if it is too long
   */
  public static Optional<String> checkedResponse(String response) {
    if (response == null || response.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(checked(response));
  }

  private static String checked(String response) {
    String stripped = response.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_RESPONSE) {
      throw new IllegalArgumentException(
          "A response must be 1 to " + MAX_RESPONSE + " characters, got " + stripped.length());
    }
    return stripped;
  }
}
