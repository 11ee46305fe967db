package app.myomap.model.record;

import app.myomap.model.MarkId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What was done at one needled trigger point (DOMAIN.md §3.2). It names the trigger point's mark,
 * so the chart and the record never disagree: muscle, side, status and the twitch responses are the
 * mark's, read from the chart, never copied here.
 *
 * @param needleDiameterMm commonly 0.16-0.30
 * @param needleLengthMm commonly 13-75
 * @param depthMm the approximate depth reached, when noted
 * @param minutesInSitu for static needling and electrical stimulation
 * @param stimulation the electrical stimulation's settings; only with that technique
 */
public record NeedlingEntry(
    MarkId point,
    NeedlingTechnique technique,
    double needleDiameterMm,
    double needleLengthMm,
    OptionalDouble depthMm,
    int insertions,
    OptionalInt minutesInSitu,
    OptionalStimulation stimulation,
    Set<NeedlingResponse> responses,
    String note)
    implements RecordEntry {

  public static final int MAX_INSERTIONS = 99;
  public static final int MAX_MINUTES = 60;

  private static final List<String> KEYS =
      List.of(
          "point",
          "technique",
          "diameter-mm",
          "length-mm",
          "depth-mm",
          "insertions",
          "minutes",
          "stim-hz",
          "stim-pulse-us",
          "stim-ma",
          "responses",
          "note");

  public NeedlingEntry {
    if (point == null || technique == null || stimulation == null) {
      throw new IllegalArgumentException("A needling entry names its point and technique");
    }
    if (!(needleDiameterMm >= 0.10 && needleDiameterMm <= 0.50)) {
      throw new IllegalArgumentException(
          "Needle diameter must be 0.10 to 0.50 mm, got " + needleDiameterMm);
    }
    if (!(needleLengthMm >= 5 && needleLengthMm <= 150)) {
      throw new IllegalArgumentException(
          "Needle length must be 5 to 150 mm, got " + needleLengthMm);
    }
    if (depthMm == null
        || (depthMm.isPresent()
            && !(depthMm.getAsDouble() > 0 && depthMm.getAsDouble() <= needleLengthMm))) {
      throw new IllegalArgumentException("Depth must be above 0 and within the needle's length");
    }
    if (insertions < 1 || insertions > MAX_INSERTIONS) {
      throw new IllegalArgumentException(
          "Insertions must be 1 to " + MAX_INSERTIONS + ", got " + insertions);
    }
    if (minutesInSitu == null
        || (minutesInSitu.isPresent()
            && (minutesInSitu.getAsInt() < 0 || minutesInSitu.getAsInt() > MAX_MINUTES))) {
      throw new IllegalArgumentException("Time in situ must be 0 to " + MAX_MINUTES + " minutes");
    }
    if ((technique == NeedlingTechnique.ELECTRICAL_STIMULATION) != stimulation.isPresent()) {
      throw new IllegalArgumentException(
          "Stimulation settings go with electrical stimulation, and only with it");
    }
    responses = Set.copyOf(responses);
    note = RecordFields.note(note, "Needling note");
  }

  /** The settings of electrical stimulation through the needle, or none. */
  public record OptionalStimulation(double frequencyHz, int pulseWidthMicros, double intensityMa) {
    private static final OptionalStimulation NONE = new OptionalStimulation(0, 0, 0);

    public OptionalStimulation {
      boolean none = frequencyHz == 0 && pulseWidthMicros == 0 && intensityMa == 0;
      if (!none
          && !(frequencyHz > 0
              && frequencyHz <= 200
              && pulseWidthMicros > 0
              && pulseWidthMicros <= 1000
              && intensityMa > 0
              && intensityMa <= 100)) {
        throw new IllegalArgumentException(
            "Stimulation needs 0-200 Hz, a pulse of 1-1000 µs and 0-100 mA");
      }
    }

    public static OptionalStimulation none() {
      return NONE;
    }

    public boolean isPresent() {
      return !equals(NONE);
    }
  }

  @Override
  public RecordSection section() {
    return RecordSection.NEEDLING;
  }

  @Override
  public RecordFields fields() {
    RecordFields fields =
        RecordFields.create()
            .put("point", point.value())
            .put("technique", technique)
            .put("diameter-mm", RecordFields.number(needleDiameterMm))
            .put("length-mm", RecordFields.number(needleLengthMm))
            .put("depth-mm", depthMm)
            .put("insertions", insertions)
            .put("minutes", minutesInSitu);
    if (stimulation.isPresent()) {
      fields
          .put("stim-hz", RecordFields.number(stimulation.frequencyHz()))
          .put("stim-pulse-us", stimulation.pulseWidthMicros())
          .put("stim-ma", RecordFields.number(stimulation.intensityMa()));
    }
    return fields.put("responses", responses).put("note", note);
  }

  static NeedlingEntry of(RecordFields fields) {
    fields.only(KEYS);
    OptionalDouble hz = fields.optionalNumber("stim-hz");
    OptionalStimulation stimulation =
        hz.isPresent()
            ? new OptionalStimulation(
                hz.getAsDouble(),
                fields.integer("stim-pulse-us"),
                fields
                    .optionalNumber("stim-ma")
                    .orElseThrow(
                        () -> new IllegalArgumentException("Stimulation lacks its intensity")))
            : OptionalStimulation.none();
    return new NeedlingEntry(
        new MarkId(fields.text("point")),
        fields.constant("technique", NeedlingTechnique.class),
        number(fields, "diameter-mm"),
        number(fields, "length-mm"),
        fields.optionalNumber("depth-mm"),
        fields.integer("insertions"),
        fields.optionalInteger("minutes"),
        stimulation,
        fields.constants("responses", NeedlingResponse.class),
        fields.text("note"));
  }

  private static double number(RecordFields fields, String key) {
    return fields
        .optionalNumber(key)
        .orElseThrow(() -> new IllegalArgumentException("A needling entry lacks " + key));
  }
}
