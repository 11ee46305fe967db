package app.myomap.model.record;

import java.util.List;

/**
 * The close of a needling visit: needles counted out as in, the advice given (DOMAIN.md §3.3, §8)
 * and the plan: next appointment, home exercises, referral.
 *
 * @param needlesAccounted whether the needles taken out were counted against those put in
 */
public record AfterCare(
    boolean needlesAccounted,
    String advice,
    String nextAppointment,
    String homeExercises,
    String referral)
    implements RecordEntry {

  /** The advice most needling visits end with, offered as the default. */
  public static final String DEFAULT_ADVICE =
      "Soreness like after exercise is common and settles within 24-48 hours. Heat and gentle"
          + " movement help. Do not drive if you feel drowsy or faint. Seek help for breathlessness"
          + " or chest pain, spreading redness or fever, or pain that keeps getting worse.";

  private static final List<String> KEYS =
      List.of("needles-accounted", "advice", "next-appointment", "home-exercises", "referral");

  public AfterCare {
    advice = RecordFields.note(advice, "After-care advice");
    nextAppointment = RecordFields.note(nextAppointment, "Next appointment");
    homeExercises = RecordFields.note(homeExercises, "Home exercises");
    referral = RecordFields.note(referral, "Referral");
  }

  @Override
  public RecordSection section() {
    return RecordSection.AFTER_CARE;
  }

  @Override
  public RecordFields fields() {
    return RecordFields.create()
        .put("needles-accounted", needlesAccounted)
        .put("advice", advice)
        .put("next-appointment", nextAppointment)
        .put("home-exercises", homeExercises)
        .put("referral", referral);
  }

  static AfterCare of(RecordFields fields) {
    fields.only(KEYS);
    return new AfterCare(
        fields.flag("needles-accounted"),
        fields.text("advice"),
        fields.text("next-appointment"),
        fields.text("home-exercises"),
        fields.text("referral"));
  }
}
