package app.myomap.model.record;

import java.util.List;
import java.util.stream.Stream;

/**
 * The patient's answers to the three-question self-assessment of the brief MyoMap grew from: knots
 * that come back soon after massage, pain that feels deep and hard to reach, and stretching that
 * helps little for long. Answering "yes" more than once suggests dry needling may suit; the
 * practitioner is shown that reading, never bound by it.
 */
public record IntakeAnswers(
    IntakeAnswer knotsReturnAfterMassage,
    IntakeAnswer deepHardToReachPain,
    IntakeAnswer stretchingHelpsLittle)
    implements RecordEntry {

  private static final List<String> KEYS =
      List.of("knots-return-after-massage", "deep-hard-to-reach-pain", "stretching-helps-little");

  public IntakeAnswers {
    if (knotsReturnAfterMassage == null
        || deepHardToReachPain == null
        || stretchingHelpsLittle == null) {
      throw new IllegalArgumentException("Each of the three intake questions needs an answer");
    }
  }

  /** How many questions were answered "yes". */
  public int yesCount() {
    return (int)
        Stream.of(knotsReturnAfterMassage, deepHardToReachPain, stretchingHelpsLittle)
            .filter(a -> a == IntakeAnswer.YES)
            .count();
  }

  /** The brief's reading: "yes" more than once suggests dry needling may be appropriate. */
  public boolean suggestsDryNeedling() {
    return yesCount() > 1;
  }

  @Override
  public RecordSection section() {
    return RecordSection.INTAKE;
  }

  @Override
  public RecordFields fields() {
    return RecordFields.create()
        .put(KEYS.get(0), knotsReturnAfterMassage)
        .put(KEYS.get(1), deepHardToReachPain)
        .put(KEYS.get(2), stretchingHelpsLittle);
  }

  static IntakeAnswers of(RecordFields fields) {
    fields.only(KEYS);
    return new IntakeAnswers(
        fields.constant(KEYS.get(0), IntakeAnswer.class),
        fields.constant(KEYS.get(1), IntakeAnswer.class),
        fields.constant(KEYS.get(2), IntakeAnswer.class));
  }
}
