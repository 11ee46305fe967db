package app.myomap.ui.record;

import app.myomap.model.record.ContributingFactor;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.Subjective;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import java.awt.GridLayout;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/** The presenting complaint, contributing factors and pain ratings the patient reports. */
final class SubjectiveSection extends Section {
  private static final long serialVersionUID = 1L;

  private final JTextArea complaint;
  private final Map<ContributingFactor, JCheckBox> factors =
      new EnumMap<>(ContributingFactor.class);
  private final JTextField other;
  private final JComboBox<String> painNow;
  private final JComboBox<String> painWorst;

  SubjectiveSection(Saver saver) {
    super("Record.subjective", saver);
    complaint = row("Record.subjective.complaint", textArea("complaint", 2));
    JPanel boxes = new JPanel(new GridLayout(0, 2, 8, 0));
    for (ContributingFactor factor : ContributingFactor.values()) {
      JCheckBox box =
          control(
              new JCheckBox(Messages.get("Record.factor." + factor.name())),
              "factor." + factor.name());
      box.addActionListener(e -> changed());
      factors.put(factor, box);
      boxes.add(box);
    }
    row("Record.subjective.factors", boxes);
    other = row("Record.subjective.other", textField("otherFactor"));
    painNow = row("Record.subjective.painNow", rating("painNow"));
    painWorst = row("Record.subjective.painWorst", rating("painWorst"));
  }

  @Override
  void fill(VisitRecord record) {
    Optional<Subjective> stored = single(record, Subjective.class);
    complaint.setText(stored.map(Subjective::complaint).orElse(""));
    Set<ContributingFactor> ticked = stored.map(Subjective::factors).orElse(Set.of());
    factors.forEach((factor, box) -> box.setSelected(ticked.contains(factor)));
    other.setText(stored.map(Subjective::otherFactor).orElse(""));
    showRating(painNow, stored.map(Subjective::painNow).orElse(OptionalInt.empty()));
    showRating(painWorst, stored.map(Subjective::painWorst24h).orElse(OptionalInt.empty()));
  }

  @Override
  Optional<RecordEntry> entry() {
    Set<ContributingFactor> ticked = EnumSet.noneOf(ContributingFactor.class);
    factors.forEach(
        (factor, box) -> {
          if (box.isSelected()) {
            ticked.add(factor);
          }
        });
    String otherWords = other.getText().strip();
    if (!otherWords.isEmpty()) {
      // Naming another factor ticks it.
      ticked.add(ContributingFactor.OTHER);
      factors.get(ContributingFactor.OTHER).setSelected(true);
    }
    return Optional.of(
        new Subjective(
            complaint.getText(), ticked, otherWords, ratingOf(painNow), ratingOf(painWorst)));
  }
}
