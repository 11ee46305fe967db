package app.myomap.model.record;

/**
 * One entry of a visit's clinical record: a section's answers, kept as canonical {@link
 * RecordFields} text so that it is stored, compared and signed as exactly the same bytes.
 */
public sealed interface RecordEntry
    permits Subjective,
        IntakeAnswers,
        SinceLastVisit,
        Consent,
        NeedlingEntry,
        Retest,
        AdverseEvent,
        AfterCare,
        Screening {

  /** The section this entry belongs to. */
  RecordSection section();

  /** The entry's fields, in their canonical order. */
  RecordFields fields();

  /** The canonical text stored and signed. */
  default String text() {
    return fields().text();
  }

  /**
   * The entry of {@code section} stored as {@code text}.
   *
   * @throws IllegalArgumentException if the text is not a valid entry of that section
   */
  static RecordEntry parse(RecordSection section, String text) {
    RecordFields fields = RecordFields.parse(text);
    return switch (section) {
      case SUBJECTIVE -> Subjective.of(fields);
      case INTAKE -> IntakeAnswers.of(fields);
      case SINCE_LAST_VISIT -> SinceLastVisit.of(fields);
      case CONSENT -> Consent.of(fields);
      case NEEDLING -> NeedlingEntry.of(fields);
      case RETEST -> Retest.of(fields);
      case ADVERSE_EVENT -> AdverseEvent.of(fields);
      case AFTER_CARE -> AfterCare.of(fields);
      case SCREENING -> Screening.of(fields);
    };
  }
}
