package app.myomap.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A practitioner's decision to edit a visit that started on an earlier day, with the reason they
 * gave; kept so that later changes to a past visit stay traceable.
 *
 * @param visitId the visit made editable
 * @param unlockedAt when (UTC), kept to the millisecond so it survives storage
 * @param practitioner who decided
 * @param reason why, in the practitioner's words
 */
public record VisitUnlock(String visitId, Instant unlockedAt, String practitioner, String reason) {

  public static final int MAX_REASON_LENGTH = 500;

  public VisitUnlock {
    Checks.uuid(visitId, "Unlocked visit id");
    unlockedAt = Checks.present(unlockedAt, "Unlock time").truncatedTo(ChronoUnit.MILLIS);
    practitioner =
        Checks.requiredText(
            NameText.checked(
                Checks.present(practitioner, "Unlock practitioner"), "Unlock practitioner"),
            "Unlock practitioner",
            Visit.MAX_PRACTITIONER_LENGTH);
    reason = Checks.requiredText(reason, "Unlock reason", MAX_REASON_LENGTH);
  }
}
