package app.myomap.ui.record;

import app.myomap.atlas.NeedlingHazard;
import app.myomap.model.record.Consent;
import app.myomap.model.record.Consent.ConsentForm;
import app.myomap.model.record.Consent.ConsentGiver;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import app.myomap.ui.Segmented;
import java.awt.GridLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * Informed consent before needling: verbal or written, by the patient or a guardian, when, and the
 * material risks discussed. Pneumothorax is ticked and called out as soon as the safety table says
 * a needled muscle lies over the lung; the other hazards of the needled muscles suggest their
 * risks.
 */
final class ConsentSection extends Section {
  private static final long serialVersionUID = 1L;

  /** The risks offered, by message key; their words are what the record keeps. */
  private static final List<String> RISKS =
      List.of(
          "bruising", "bleeding", "soreness", "fainting", "drowsiness", "nerve", "pneumothorax");

  private final Segmented<ConsentForm> form;
  private final Segmented<ConsentGiver> by;
  private final JTextField guardian;
  private final JLabel when = new JLabel(" ");
  private final Map<String, JCheckBox> risks = new LinkedHashMap<>();
  private final JLabel lungWarning = new JLabel(" ");
  private final JLabel suggested = new JLabel(" ");
  private final transient Supplier<Instant> now;
  private final transient Supplier<Set<NeedlingHazard>> needledHazards;
  private Instant givenAt;

  /**
   * A consent section; {@code needledHazards} gives what the safety table says the chart's needled
   * muscles endanger.
   */
  ConsentSection(Saver saver, Supplier<Instant> now, Supplier<Set<NeedlingHazard>> needledHazards) {
    super("Record.consent", saver);
    this.now = now;
    this.needledHazards = needledHazards;
    form =
        row(
            "Record.consent.form",
            control(
                new Segmented<>(
                    "record.consent.form",
                    ConsentForm.class,
                    f -> Messages.get("Record.consent." + f.name()),
                    f -> null,
                    f -> changed()),
                "consent.form"));
    by =
        row(
            "Record.consent.by",
            control(
                new Segmented<>(
                    "record.consent.by",
                    ConsentGiver.class,
                    g -> Messages.get("Record.consent." + g.name()),
                    g -> null,
                    g -> guardianChosen(g)),
                "consent.by"));
    guardian = row("Record.consent.guardian", textField("guardian"));
    when.setName("record.consent.when");
    row("Record.consent.when", when);
    JPanel boxes = new JPanel(new GridLayout(0, 2, 8, 0));
    for (String risk : RISKS) {
      JCheckBox box = control(new JCheckBox(Messages.get("Record.risk." + risk)), "risk." + risk);
      box.addActionListener(e -> changed());
      risks.put(risk, box);
      boxes.add(box);
    }
    row("Record.consent.risks", boxes);
    lungWarning.setName("record.consent.lung");
    lungWarning.putClientProperty("FlatLaf.styleClass", "semibold");
    wide(lungWarning);
    suggested.setName("record.consent.suggested");
    wide(suggested);
  }

  /** The risk (by message key) a hazard of a needled muscle suggests discussing, if any. */
  private static Optional<String> riskOf(NeedlingHazard hazard) {
    return switch (hazard) {
      case LUNG -> Optional.of("pneumothorax");
      case NERVE, SPINAL_CORD -> Optional.of("nerve");
      case ARTERY, VEIN -> Optional.of("bleeding");
      case ORGAN, THIN_BONE, JOINT, GLAND -> Optional.empty();
    };
  }

  private void guardianChosen(ConsentGiver giver) {
    guardian.setEnabled(giver == ConsentGiver.GUARDIAN);
    changed();
  }

  @Override
  void fill(VisitRecord record) {
    Optional<Consent> stored = single(record, Consent.class);
    form.setValue(stored.map(Consent::form).orElse(null));
    by.setValue(stored.map(Consent::by).orElse(null));
    guardian.setText(stored.map(Consent::guardianName).orElse(""));
    guardian.setEnabled(stored.map(c -> c.by() == ConsentGiver.GUARDIAN).orElse(false));
    givenAt = stored.map(Consent::givenAt).orElse(null);
    when.setText(
        givenAt == null
            ? Messages.get("Record.consent.notGiven")
            : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(givenAt.atZone(ZoneId.systemDefault())));
    List<String> discussed = stored.map(Consent::risksDiscussed).orElse(List.of());
    risks.forEach(
        (risk, box) -> box.setSelected(discussed.contains(Messages.get("Record.risk." + risk))));
    followLung();
  }

  /**
   * Ticks pneumothorax and says why when a needled muscle lies over the lung, and names the other
   * risks the needled muscles' hazards suggest that are not ticked yet.
   */
  void followLung() {
    Set<NeedlingHazard> hazards = needledHazards.get();
    boolean lung = hazards.contains(NeedlingHazard.LUNG);
    lungWarning.setText(lung ? Messages.get("Record.consent.lungWarning") : " ");
    if (lung) {
      risks.get("pneumothorax").setSelected(true);
    }
    List<String> open =
        hazards.stream()
            .map(ConsentSection::riskOf)
            .flatMap(Optional::stream)
            .distinct()
            .filter(risk -> !risks.get(risk).isSelected())
            .map(risk -> Messages.get("Record.risk." + risk))
            .toList();
    suggested.setText(
        open.isEmpty()
            ? " "
            : Messages.format("Record.consent.suggested", String.join(", ", open)));
  }

  @Override
  Optional<RecordEntry> entry() {
    if (form.value() == null || by.value() == null) {
      return Optional.empty();
    }
    String guardianName = by.value() == ConsentGiver.GUARDIAN ? guardian.getText() : "";
    if (by.value() == ConsentGiver.GUARDIAN && guardianName.isBlank()) {
      Fields.markProblem(guardian, Messages.get("Record.consent.guardianProblem"));
      return Optional.empty();
    }
    Fields.clearProblem(guardian);
    List<String> discussed = new ArrayList<>();
    risks.forEach(
        (risk, box) -> {
          if (box.isSelected()) {
            discussed.add(Messages.get("Record.risk." + risk));
          }
        });
    Instant at = givenAt == null ? now.get() : givenAt;
    return Optional.of(new Consent(form.value(), by.value(), guardianName, at, discussed));
  }
}
