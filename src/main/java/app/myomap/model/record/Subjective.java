package app.myomap.model.record;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the patient reports: the presenting complaint, what contributes to it, and pain on the 0-10
 * numeric rating scale now and at its worst in the last 24 hours.
 *
 * @param otherFactor the words for {@link ContributingFactor#OTHER}, empty when not chosen
 */
public record Subjective(
    String complaint,
    Set<ContributingFactor> factors,
    String otherFactor,
    OptionalInt painNow,
    OptionalInt painWorst24h)
    implements RecordEntry {

  private static final List<String> KEYS =
      List.of("complaint", "factors", "other-factor", "pain-now", "pain-worst-24h");

  public Subjective {
    complaint = RecordFields.note(complaint, "Presenting complaint");
    factors = Set.copyOf(factors);
    otherFactor = RecordFields.note(otherFactor, "Other contributing factor");
    if (!otherFactor.isEmpty() && !factors.contains(ContributingFactor.OTHER)) {
      throw new IllegalArgumentException("An other contributing factor is named but not ticked");
    }
    painNow = RecordFields.rating(painNow, "Pain now");
    painWorst24h = RecordFields.rating(painWorst24h, "Worst pain in 24 hours");
  }

  @Override
  public RecordSection section() {
    return RecordSection.SUBJECTIVE;
  }

  @Override
  public RecordFields fields() {
    return RecordFields.create()
        .put("complaint", complaint)
        .put("factors", factors)
        .put("other-factor", otherFactor)
        .put("pain-now", painNow)
        .put("pain-worst-24h", painWorst24h);
  }

  static Subjective of(RecordFields fields) {
    fields.only(KEYS);
    return new Subjective(
        fields.text("complaint"),
        fields.constants("factors", ContributingFactor.class),
        fields.text("other-factor"),
        fields.optionalInteger("pain-now"),
        fields.optionalInteger("pain-worst-24h"));
  }
}
