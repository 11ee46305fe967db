package app.myomap.model.record;

import java.util.List;
import java.util.OptionalInt;

/**
 * How the patient fared since the last visit: post-needling soreness (which usually settles within
 * 24-48 hours, DOMAIN.md §8) with how long it lasted and how bad it was, and any other reaction.
 *
 * @param soreness whether the patient had post-needling soreness
 * @param sorenessHours how many hours it lasted; only with soreness
 * @param sorenessSeverity 0-10; only with soreness
 */
public record SinceLastVisit(
    boolean soreness,
    OptionalInt sorenessHours,
    OptionalInt sorenessSeverity,
    String otherReactions)
    implements RecordEntry {

  /** The longest soreness recorded: four weeks. */
  public static final int MAX_HOURS = 24 * 28;

  private static final List<String> KEYS =
      List.of("soreness", "soreness-hours", "soreness-severity", "other-reactions");

  public SinceLastVisit {
    sorenessSeverity = RecordFields.rating(sorenessSeverity, "Soreness severity");
    if (sorenessHours == null) {
      throw new IllegalArgumentException("Soreness hours must be given (empty for none)");
    }
    if (sorenessHours.isPresent()
        && (sorenessHours.getAsInt() < 0 || sorenessHours.getAsInt() > MAX_HOURS)) {
      throw new IllegalArgumentException(
          "Soreness must have lasted 0 to "
              + MAX_HOURS
              + " hours, got "
              + sorenessHours.getAsInt());
    }
    if (!soreness && (sorenessHours.isPresent() || sorenessSeverity.isPresent())) {
      throw new IllegalArgumentException("Soreness hours and severity need soreness");
    }
    otherReactions = RecordFields.note(otherReactions, "Other reactions");
  }

  @Override
  public RecordSection section() {
    return RecordSection.SINCE_LAST_VISIT;
  }

  @Override
  public RecordFields fields() {
    return RecordFields.create()
        .put("soreness", soreness)
        .put("soreness-hours", sorenessHours)
        .put("soreness-severity", sorenessSeverity)
        .put("other-reactions", otherReactions);
  }

  static SinceLastVisit of(RecordFields fields) {
    fields.only(KEYS);
    return new SinceLastVisit(
        fields.flag("soreness"),
        fields.optionalInteger("soreness-hours"),
        fields.optionalInteger("soreness-severity"),
        fields.text("other-reactions"));
  }
}
