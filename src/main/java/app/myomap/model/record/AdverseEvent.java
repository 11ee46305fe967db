package app.myomap.model.record;

import java.util.List;

/**
 * An adverse event of the visit (DOMAIN.md §3.3), its severity (mild: short, reversible, no
 * disruption; significant: needs medical care or disrupts activities; serious: hospital, lasting
 * harm or death), what was done, and a note.
 */
public record AdverseEvent(Type type, Severity severity, String actionTaken, String note)
    implements RecordEntry {

  /** The kinds of adverse event reported after dry needling. */
  public enum Type {
    BRUISING,
    BLEEDING,
    PAIN_DURING,
    PAIN_AFTER,
    SYMPTOM_AGGRAVATION,
    DROWSINESS,
    HEADACHE,
    NAUSEA,
    FATIGUE,
    ALTERED_EMOTION,
    SHAKING,
    ITCHING,
    NUMBNESS,
    POST_NEEDLING_SORENESS,
    FAINTING,
    FORGOTTEN_NEEDLE,
    BROKEN_NEEDLE,
    NERVE_IRRITATION,
    INFECTION,
    PNEUMOTHORAX,
    OTHER
  }

  /** How serious the event was. */
  public enum Severity {
    MILD,
    SIGNIFICANT,
    SERIOUS
  }

  private static final List<String> KEYS = List.of("type", "severity", "action", "note");

  public AdverseEvent {
    if (type == null || severity == null) {
      throw new IllegalArgumentException("An adverse event needs its type and severity");
    }
    actionTaken = RecordFields.note(actionTaken, "Action taken");
    note = RecordFields.note(note, "Adverse event note");
    if (type == Type.OTHER && note.isEmpty()) {
      throw new IllegalArgumentException("An other adverse event is described in its note");
    }
  }

  @Override
  public RecordSection section() {
    return RecordSection.ADVERSE_EVENT;
  }

  @Override
  public RecordFields fields() {
    return RecordFields.create()
        .put("type", type)
        .put("severity", severity)
        .put("action", actionTaken)
        .put("note", note);
  }

  static AdverseEvent of(RecordFields fields) {
    fields.only(KEYS);
    return new AdverseEvent(
        fields.constant("type", Type.class),
        fields.constant("severity", Severity.class),
        fields.text("action"),
        fields.text("note"));
  }
}
