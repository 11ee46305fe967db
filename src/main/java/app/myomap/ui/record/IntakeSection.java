package app.myomap.ui.record;

import app.myomap.model.record.IntakeAnswer;
import app.myomap.model.record.IntakeAnswers;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import app.myomap.ui.Segmented;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;

/**
 * The three-question self-assessment, each answered yes / sometimes / rarely or no, with the
 * brief's reading shown beside the answers and never imposed.
 */
final class IntakeSection extends Section {
  private static final long serialVersionUID = 1L;

  private final List<Segmented<IntakeAnswer>> answers;
  private final JLabel reading = new JLabel(" ");

  IntakeSection(Saver saver) {
    super("Record.intake", saver);
    answers =
        List.of(
            question("knots", "Record.intake.knots"),
            question("deep", "Record.intake.deep"),
            question("stretching", "Record.intake.stretching"));
    reading.setName("record.intake.reading");
    wide(reading);
  }

  private Segmented<IntakeAnswer> question(String name, String labelKey) {
    Segmented<IntakeAnswer> control =
        new Segmented<>(
            "record.intake." + name,
            IntakeAnswer.class,
            a -> Messages.get("Record.answer." + a.name()),
            a -> null,
            a -> changed());
    control(control, "intake." + name);
    control.setName("record.intake." + name);
    return row(labelKey, control);
  }

  @Override
  void fill(VisitRecord record) {
    Optional<IntakeAnswers> stored = single(record, IntakeAnswers.class);
    answers.get(0).setValue(stored.map(IntakeAnswers::knotsReturnAfterMassage).orElse(null));
    answers.get(1).setValue(stored.map(IntakeAnswers::deepHardToReachPain).orElse(null));
    answers.get(2).setValue(stored.map(IntakeAnswers::stretchingHelpsLittle).orElse(null));
    showReading(stored);
  }

  @Override
  Optional<RecordEntry> entry() {
    if (answers.stream().anyMatch(a -> a.value() == null)) {
      reading.setText(Messages.get("Record.intake.unanswered"));
      return Optional.empty();
    }
    IntakeAnswers entry =
        new IntakeAnswers(answers.get(0).value(), answers.get(1).value(), answers.get(2).value());
    showReading(Optional.of(entry));
    return Optional.of(entry);
  }

  private void showReading(Optional<IntakeAnswers> stored) {
    reading.setText(
        stored
            .map(
                a ->
                    Messages.format(
                        a.suggestsDryNeedling()
                            ? "Record.intake.suggests"
                            : "Record.intake.doesNotSuggest",
                        a.yesCount()))
            .orElse(Messages.get("Record.intake.unanswered")));
  }
}
