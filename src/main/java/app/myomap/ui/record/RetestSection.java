package app.myomap.ui.record;

import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.Retest;
import app.myomap.model.record.VisitRecord;
import java.util.Optional;
import java.util.OptionalInt;
import javax.swing.JComboBox;
import javax.swing.JTextField;

/** The re-test after needling: pain now, range of motion and pressure-pain threshold. */
final class RetestSection extends Section {
  private static final long serialVersionUID = 1L;

  private final JComboBox<String> pain;
  private final JTextField motion;
  private final JTextField pressure;

  RetestSection(Saver saver) {
    super("Record.retest", saver);
    pain = row("Record.retest.pain", rating("retestPain"));
    motion = row("Record.retest.motion", textField("retestMotion"));
    pressure = row("Record.retest.pressure", textField("retestPressure"));
  }

  @Override
  void fill(VisitRecord record) {
    Optional<Retest> stored = single(record, Retest.class);
    showRating(pain, stored.map(Retest::painNow).orElse(OptionalInt.empty()));
    motion.setText(stored.map(Retest::rangeOfMotion).orElse(""));
    pressure.setText(stored.map(Retest::pressurePain).orElse(""));
  }

  @Override
  Optional<RecordEntry> entry() {
    return Optional.of(new Retest(ratingOf(pain), motion.getText(), pressure.getText()));
  }
}
