package app.myomap.model.record;

import java.util.List;
import java.util.OptionalInt;

/**
 * The immediate re-test after needling (DOMAIN.md §3.3): pain now on the 0-10 scale, and range of
 * motion or pressure-pain threshold findings as the practitioner words them.
 */
public record Retest(OptionalInt painNow, String rangeOfMotion, String pressurePain)
    implements RecordEntry {

  private static final List<String> KEYS = List.of("pain-now", "range-of-motion", "pressure-pain");

  public Retest {
    painNow = RecordFields.rating(painNow, "Pain after needling");
    rangeOfMotion = RecordFields.note(rangeOfMotion, "Range of motion");
    pressurePain = RecordFields.note(pressurePain, "Pressure-pain threshold");
  }

  @Override
  public RecordSection section() {
    return RecordSection.RETEST;
  }

  @Override
  public RecordFields fields() {
    return RecordFields.create()
        .put("pain-now", painNow)
        .put("range-of-motion", rangeOfMotion)
        .put("pressure-pain", pressurePain);
  }

  static Retest of(RecordFields fields) {
    fields.only(KEYS);
    return new Retest(
        fields.optionalInteger("pain-now"),
        fields.text("range-of-motion"),
        fields.text("pressure-pain"));
  }
}
