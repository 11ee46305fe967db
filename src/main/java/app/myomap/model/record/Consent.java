package app.myomap.model.record;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The patient's informed consent to needling (DOMAIN.md §3.1): verbal or written, given by the
 * patient or a guardian, when, and the material risks discussed.
 *
 * @param guardianName who consented for the patient; only when {@code by} is a guardian
 * @param risksDiscussed the risks disclosed, in the words shown to the patient, in order
 */
public record Consent(
    ConsentForm form,
    ConsentGiver by,
    String guardianName,
    Instant givenAt,
    List<String> risksDiscussed)
    implements RecordEntry {

  /** The kind of consent. */
  public enum ConsentForm {
    VERBAL,
    WRITTEN
  }

  /** Who gave consent. */
  public enum ConsentGiver {
    PATIENT,
    GUARDIAN
  }

  private static final List<String> KEYS = List.of("form", "by", "guardian", "given-at", "risks");

  public Consent {
    if (form == null || by == null || givenAt == null) {
      throw new IllegalArgumentException("Consent needs its form, who gave it and when");
    }
    guardianName = RecordFields.note(guardianName, "Guardian's name");
    if (by == ConsentGiver.GUARDIAN && guardianName.isEmpty()) {
      throw new IllegalArgumentException("Consent by a guardian names the guardian");
    }
    if (by == ConsentGiver.PATIENT && !guardianName.isEmpty()) {
      throw new IllegalArgumentException("Consent by the patient names no guardian");
    }
    risksDiscussed =
        risksDiscussed.stream().map(r -> RecordFields.note(r, "A risk discussed")).toList();
    if (risksDiscussed.stream().anyMatch(r -> r.isEmpty() || r.contains("\n"))) {
      throw new IllegalArgumentException("Each risk discussed is one non-blank line");
    }
    if (risksDiscussed.stream().distinct().count() != risksDiscussed.size()) {
      throw new IllegalArgumentException("A risk discussed is listed twice");
    }
  }

  @Override
  public RecordSection section() {
    return RecordSection.CONSENT;
  }

  @Override
  public RecordFields fields() {
    return RecordFields.create()
        .put("form", form)
        .put("by", by)
        .put("guardian", guardianName)
        .put("given-at", givenAt.toString())
        .putLines("risks", risksDiscussed);
  }

  static Consent of(RecordFields fields) {
    fields.only(KEYS);
    Instant at;
    try {
      at = Instant.parse(fields.text("given-at"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Consent time is not a time: " + e.getParsedString(), e);
    }
    return new Consent(
        fields.constant("form", ConsentForm.class),
        fields.constant("by", ConsentGiver.class),
        fields.text("guardian"),
        at,
        fields.lines("risks"));
  }
}
