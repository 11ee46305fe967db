package app.myomap.ui.record;

import app.myomap.model.Visit;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.SinceLastVisit;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.OptionalInt;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTextField;

/**
 * How the patient fared since the last visit: post-needling soreness, how long it lasted and how
 * bad it was, and other reactions. Asked first on a follow-up of a visit that included needling.
 */
final class SinceLastVisitSection extends Section {
  private static final long serialVersionUID = 1L;

  private final JCheckBox soreness;
  private final JTextField hours;
  private final JComboBox<String> severity;
  private final JTextField other;
  private final JLabel ask = new JLabel(" ");

  SinceLastVisitSection(Saver saver) {
    super("Record.sinceLast", saver);
    ask.setName("record.sinceLast.ask");
    ask.putClientProperty("FlatLaf.styleClass", "semibold");
    wide(ask);
    soreness =
        row(
            "Record.sinceLast.soreness",
            control(new JCheckBox(Messages.get("Record.sinceLast.sorenessYes")), "soreness"));
    soreness.addActionListener(
        e -> {
          followSoreness();
          changed();
        });
    hours = row("Record.sinceLast.hours", textField("sorenessHours"));
    hours.setColumns(5);
    severity = row("Record.sinceLast.severity", rating("sorenessSeverity"));
    other = row("Record.sinceLast.other", textField("otherReactions"));
  }

  private void followSoreness() {
    hours.setEnabled(soreness.isSelected());
    severity.setEnabled(soreness.isSelected());
  }

  /**
   * Asks for this section when {@code needledBefore}, the patient's previous visit, included
   * needling and nothing is recorded here yet; says nothing otherwise. Returns whether it asks.
   */
  boolean ask(Optional<Visit> needledBefore, VisitRecord record) {
    boolean asking = needledBefore.isPresent() && single(record, SinceLastVisit.class).isEmpty();
    ask.setText(
        asking
            ? Messages.format(
                "Record.sinceLast.ask",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .format(needledBefore.get().startedAt().atZone(ZoneId.systemDefault())))
            : " ");
    ask.setVisible(needledBefore.isPresent());
    return asking;
  }

  @Override
  void fill(VisitRecord record) {
    Optional<SinceLastVisit> stored = single(record, SinceLastVisit.class);
    soreness.setSelected(stored.map(SinceLastVisit::soreness).orElse(false));
    OptionalInt lasted = stored.map(SinceLastVisit::sorenessHours).orElse(OptionalInt.empty());
    hours.setText(lasted.isPresent() ? Integer.toString(lasted.getAsInt()) : "");
    showRating(severity, stored.map(SinceLastVisit::sorenessSeverity).orElse(OptionalInt.empty()));
    other.setText(stored.map(SinceLastVisit::otherReactions).orElse(""));
    followSoreness();
    Fields.clearProblem(hours);
  }

  @Override
  Optional<RecordEntry> entry() {
    if (!soreness.isSelected()) {
      Fields.clearProblem(hours);
      return Optional.of(
          new SinceLastVisit(false, OptionalInt.empty(), OptionalInt.empty(), other.getText()));
    }
    Optional<OptionalInt> lasted =
        Fields.wholeNumber(hours, 0, SinceLastVisit.MAX_HOURS, "Record.sinceLast.hoursProblem");
    return lasted.map(h -> new SinceLastVisit(true, h, ratingOf(severity), other.getText()));
  }
}
