package app.myomap.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One attendance of a patient, charted by a practitioner on one atlas version.
 *
 * @param id a lower-case UUID, independent of any database row number
 * @param startedAt when the visit started (UTC), kept to the millisecond so it survives storage
 * @param atlasVersion the atlas version the visit's marks are charted on, for example "v1"
 */
public record Visit(
    String id, String patientId, Instant startedAt, String atlasVersion, String practitioner) {

  /** How far a start time may lie in the future, to tolerate clocks that disagree a little. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** The earliest start time accepted. */
  public static final Instant EARLIEST_START = Instant.parse("1900-01-01T00:00:00Z");

  public static final int MAX_PRACTITIONER_LENGTH = 200;

  private static final Pattern ATLAS_VERSION = Pattern.compile("v[1-9][0-9]*");

  public Visit {
    Checks.uuid(id, "Visit id");
    Checks.uuid(patientId, "Visit patient id");
    Checks.present(startedAt, "Visit start time");
    startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
    if (startedAt.isBefore(EARLIEST_START)) {
      throw new IllegalArgumentException(
          "Visit start time must not be before " + EARLIEST_START + ", got " + startedAt);
    }
    Instant latest = Instant.now().plus(CLOCK_SKEW);
    if (startedAt.isAfter(latest)) {
      throw new IllegalArgumentException(
          "Visit start time must not be in the future, got " + startedAt);
    }
    Checks.present(atlasVersion, "Visit atlas version");
    if (!ATLAS_VERSION.matcher(atlasVersion).matches()) {
      throw new IllegalArgumentException(
          "Visit atlas version must look like \"v1\", got \"" + atlasVersion + "\"");
    }
    practitioner =
        Checks.requiredText(
            NameText.checked(
                Checks.present(practitioner, "Visit practitioner"), "Visit practitioner"),
            "Visit practitioner",
            MAX_PRACTITIONER_LENGTH);
  }

  /** A new visit of the patient starting now by the given clock, with a fresh random id. */
  public static Visit start(
      String patientId, String atlasVersion, String practitioner, Clock clock) {
    return new Visit(
        UUID.randomUUID().toString(), patientId, clock.instant(), atlasVersion, practitioner);
  }

  /**
   * Whether the visit started on a local day before today, both days taken in the zone of {@code
   * clock}: such a visit is a record of the past and opens read-only.
   */
  public boolean startedBeforeToday(Clock clock) {
    LocalDate started = LocalDate.ofInstant(startedAt, clock.getZone());
    return started.isBefore(LocalDate.now(clock));
  }
}
