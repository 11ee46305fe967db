package app.myomap.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the practitioner records about a visit as a whole: when the session took place (editable,
 * unlike the visit's own start, which decides whether the visit is in the past), its kind and its
 * reason.
 *
 * @param sessionAt when the session took place (UTC), kept to the millisecond
 * @param reason why the patient came, possibly empty
 */
public record VisitDetails(Instant sessionAt, VisitType type, String reason) {

  public static final int MAX_REASON_LENGTH = 500;

  public VisitDetails {
    Checks.present(sessionAt, "Visit session time");
    sessionAt = sessionAt.truncatedTo(ChronoUnit.MILLIS);
    if (sessionAt.isBefore(Visit.EARLIEST_START)) {
      throw new IllegalArgumentException(
          "Visit session time must not be before " + Visit.EARLIEST_START + ", got " + sessionAt);
    }
    Checks.present(type, "Visit type");
    reason =
        Checks.optionalText(
            NameText.checked(Checks.present(reason, "Visit reason"), "Visit reason"),
            "Visit reason",
            MAX_REASON_LENGTH);
  }

  /** The details a new visit starts with: the session at its start, no reason yet. */
  public static VisitDetails startOf(Visit visit, VisitType type) {
    return new VisitDetails(visit.startedAt(), type, "");
  }
}
