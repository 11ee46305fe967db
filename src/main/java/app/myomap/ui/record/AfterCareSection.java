package app.myomap.ui.record;

import app.myomap.model.record.AfterCare;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import java.util.Optional;
import javax.swing.JCheckBox;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * The close of the visit: needles counted out as in, the after-care advice (the usual words
 * offered) and the plan.
 */
final class AfterCareSection extends Section {
  private static final long serialVersionUID = 1L;

  private final JCheckBox needles;
  private final JTextArea advice;
  private final JTextField next;
  private final JTextField exercises;
  private final JTextField referral;

  AfterCareSection(Saver saver) {
    super("Record.afterCare", saver);
    needles =
        row(
            "Record.afterCare.needles",
            control(
                new JCheckBox(Messages.get("Record.afterCare.needlesYes")), "needlesAccounted"));
    needles.addActionListener(e -> changed());
    advice = row("Record.afterCare.advice", textArea("advice", 3));
    next = row("Record.afterCare.next", textField("nextAppointment"));
    exercises = row("Record.afterCare.exercises", textField("homeExercises"));
    referral = row("Record.afterCare.referral", textField("referral"));
  }

  @Override
  void fill(VisitRecord record) {
    Optional<AfterCare> stored = single(record, AfterCare.class);
    needles.setSelected(stored.map(AfterCare::needlesAccounted).orElse(false));
    advice.setText(stored.map(AfterCare::advice).orElse(AfterCare.DEFAULT_ADVICE));
    next.setText(stored.map(AfterCare::nextAppointment).orElse(""));
    exercises.setText(stored.map(AfterCare::homeExercises).orElse(""));
    referral.setText(stored.map(AfterCare::referral).orElse(""));
  }

  @Override
  Optional<RecordEntry> entry() {
    return Optional.of(
        new AfterCare(
            needles.isSelected(),
            advice.getText(),
            next.getText(),
            exercises.getText(),
            referral.getText()));
  }
}
