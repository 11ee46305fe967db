package app.myomap.ui.record;

import app.myomap.model.MarkId;
import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.NeedlingEntry.OptionalStimulation;
import app.myomap.model.record.NeedlingResponse;
import app.myomap.model.record.NeedlingTechnique;
import app.myomap.ui.Dialogs;
import app.myomap.ui.Messages;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The needling entry of one trigger point, keyboard first: it opens filled with the entry, or with
 * the practitioner's last technique and needle (their presets), so a usual entry is one key to open
 * and Enter to save. A number out of range is marked in its field and nothing is saved.
 */
final class NeedlingDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private static final String[] DIAMETERS = {"0.16", "0.18", "0.20", "0.22", "0.25", "0.30"};
  private static final String[] LENGTHS = {"13", "15", "25", "30", "40", "50", "60", "75"};

  private final MarkId point;
  private final JComboBox<NeedlingTechnique> technique =
      new JComboBox<>(NeedlingTechnique.values());
  private final JComboBox<String> diameter = new JComboBox<>(DIAMETERS);
  private final JComboBox<String> length = new JComboBox<>(LENGTHS);
  private final JTextField depth = new JTextField(5);
  private final JTextField insertions = new JTextField(4);
  private final JTextField minutes = new JTextField(4);
  private final JTextField hertz = new JTextField(4);
  private final JTextField pulse = new JTextField(4);
  private final JTextField milliamps = new JTextField(4);
  private final Map<NeedlingResponse, JCheckBox> responses = new EnumMap<>(NeedlingResponse.class);
  private final JTextField note = new JTextField(28);
  private final JLabel problem = new JLabel(" ");
  private NeedlingEntry result;

  private NeedlingDialog(Window owner, String pointWords, MarkId point, NeedlingEntry shown) {
    super(
        owner,
        Messages.format("Record.needling.dialogTitle", pointWords),
        ModalityType.APPLICATION_MODAL);
    this.point = point;
    setName("needlingDialog");
    technique.setName("needling.technique");
    technique.setRenderer(
        new javax.swing.DefaultListCellRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.awt.Component getListCellRendererComponent(
              javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focus) {
            return super.getListCellRendererComponent(
                list,
                Messages.get("Record.technique." + ((NeedlingTechnique) value).name()),
                index,
                selected,
                focus);
          }
        });
    diameter.setEditable(true);
    diameter.setName("needling.diameter");
    length.setEditable(true);
    length.setName("needling.length");
    depth.setName("needling.depth");
    insertions.setName("needling.insertions");
    minutes.setName("needling.minutes");
    hertz.setName("needling.hertz");
    pulse.setName("needling.pulse");
    milliamps.setName("needling.milliamps");
    note.setName("needling.note");
    problem.setName("needling.problem");
    technique.addActionListener(e -> followTechnique());

    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(10, 12, 6, 12));
    int row = 0;
    row = add(form, row, "Record.needling.technique", technique, KeyEvent.VK_T);
    row = add(form, row, "Record.needling.diameter", diameter, KeyEvent.VK_D);
    row = add(form, row, "Record.needling.length", length, KeyEvent.VK_L);
    row = add(form, row, "Record.needling.depth", depth, KeyEvent.VK_P);
    row = add(form, row, "Record.needling.insertions", insertions, KeyEvent.VK_I);
    row = add(form, row, "Record.needling.minutes", minutes, KeyEvent.VK_M);
    JPanel stimulation = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    stimulation.add(hertz);
    stimulation.add(new JLabel(Messages.get("Record.needling.hz")));
    stimulation.add(pulse);
    stimulation.add(new JLabel(Messages.get("Record.needling.us")));
    stimulation.add(milliamps);
    stimulation.add(new JLabel(Messages.get("Record.needling.ma")));
    row = add(form, row, "Record.needling.stimulation", stimulation, 0);
    JPanel boxes = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    for (NeedlingResponse response : NeedlingResponse.values()) {
      JCheckBox box = new JCheckBox(Messages.get("Record.response." + response.name()));
      box.setName("needling.response." + response.name());
      responses.put(response, box);
      boxes.add(box);
    }
    row = add(form, row, "Record.needling.responses", boxes, 0);
    row = add(form, row, "Record.needling.note", note, KeyEvent.VK_N);
    GridBagConstraints at = new GridBagConstraints();
    at.gridy = row;
    at.gridwidth = 2;
    at.anchor = GridBagConstraints.LINE_START;
    form.add(problem, at);

    JButton save = new JButton(Messages.get("Record.needling.save"));
    save.setName("needling.save");
    save.addActionListener(e -> save());
    JButton cancel = new JButton(Messages.get("Record.needling.cancel"));
    cancel.setName("needling.cancel");
    cancel.addActionListener(e -> dispose());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(save);
    buttons.add(cancel);
    getContentPane().add(form, BorderLayout.CENTER);
    getContentPane().add(buttons, BorderLayout.SOUTH);
    getRootPane().setDefaultButton(save);
    Dialogs.closeOnEscape(this);
    show(shown);
    pack();
    setLocationRelativeTo(owner);
  }

  /**
   * Asks for the needling entry of {@code point} ({@code pointWords}: "R upper trapezius"), showing
   * {@code shown}; the entry saved, or empty when cancelled.
   */
  static Optional<NeedlingEntry> ask(
      Window owner, String pointWords, MarkId point, NeedlingEntry shown) {
    java.awt.Component focused =
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    NeedlingDialog dialog = new NeedlingDialog(owner, pointWords, point, shown);
    dialog.setVisible(true);
    // The chart's keys go on working after the answer.
    if (focused != null) {
      focused.requestFocus();
    }
    return Optional.ofNullable(dialog.result);
  }

  private static int add(JPanel form, int row, String labelKey, JComponent field, int mnemonic) {
    JLabel label = new JLabel(Messages.get(labelKey));
    label.setLabelFor(field);
    if (mnemonic != 0) {
      label.setDisplayedMnemonic(mnemonic);
    }
    GridBagConstraints at = new GridBagConstraints();
    at.gridx = 0;
    at.gridy = row;
    at.anchor = GridBagConstraints.LINE_START;
    at.insets = new Insets(3, 0, 3, 10);
    form.add(label, at);
    at = new GridBagConstraints();
    at.gridx = 1;
    at.gridy = row;
    at.anchor = GridBagConstraints.LINE_START;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.insets = new Insets(3, 0, 3, 0);
    form.add(field, at);
    return row + 1;
  }

  private void show(NeedlingEntry entry) {
    technique.setSelectedItem(entry.technique());
    diameter.setSelectedItem(decimal(entry.needleDiameterMm(), 2));
    length.setSelectedItem(decimal(entry.needleLengthMm(), 0));
    depth.setText(entry.depthMm().isPresent() ? decimal(entry.depthMm().getAsDouble(), 0) : "");
    insertions.setText(Integer.toString(entry.insertions()));
    minutes.setText(
        entry.minutesInSitu().isPresent()
            ? Integer.toString(entry.minutesInSitu().getAsInt())
            : "");
    OptionalStimulation stim = entry.stimulation();
    hertz.setText(stim.isPresent() ? decimal(stim.frequencyHz(), 0) : "");
    pulse.setText(stim.isPresent() ? Integer.toString(stim.pulseWidthMicros()) : "");
    milliamps.setText(stim.isPresent() ? decimal(stim.intensityMa(), 1) : "");
    responses.forEach((r, box) -> box.setSelected(entry.responses().contains(r)));
    note.setText(entry.note());
    followTechnique();
  }

  private void followTechnique() {
    boolean electrical = technique.getSelectedItem() == NeedlingTechnique.ELECTRICAL_STIMULATION;
    hertz.setEnabled(electrical);
    pulse.setEnabled(electrical);
    milliamps.setEnabled(electrical);
  }

  private void save() {
    Optional<OptionalDouble> dia =
        Fields.number(comboField(diameter), 0.10, 0.50, "Record.needling.range");
    Optional<OptionalDouble> len =
        Fields.number(comboField(length), 5, 150, "Record.needling.range");
    Optional<OptionalDouble> deep = Fields.number(depth, 0.5, 150, "Record.needling.range");
    Optional<OptionalInt> count =
        Fields.wholeNumber(insertions, 1, NeedlingEntry.MAX_INSERTIONS, "Record.needling.range");
    Optional<OptionalInt> mins =
        Fields.wholeNumber(minutes, 0, NeedlingEntry.MAX_MINUTES, "Record.needling.range");
    boolean electrical = technique.getSelectedItem() == NeedlingTechnique.ELECTRICAL_STIMULATION;
    Optional<OptionalDouble> hz =
        electrical
            ? Fields.number(hertz, 0.1, 200, "Record.needling.range")
            : Optional.of(OptionalDouble.empty());
    Optional<OptionalInt> us =
        electrical
            ? Fields.wholeNumber(pulse, 1, 1000, "Record.needling.range")
            : Optional.of(OptionalInt.empty());
    Optional<OptionalDouble> ma =
        electrical
            ? Fields.number(milliamps, 0.1, 100, "Record.needling.range")
            : Optional.of(OptionalDouble.empty());
    if (dia.isEmpty()
        || len.isEmpty()
        || deep.isEmpty()
        || count.isEmpty()
        || mins.isEmpty()
        || hz.isEmpty()
        || us.isEmpty()
        || ma.isEmpty()) {
      problem.setText(Messages.get("Record.needling.fix"));
      return;
    }
    if (dia.get().isEmpty()
        || len.get().isEmpty()
        || count.get().isEmpty()
        || (electrical && (hz.get().isEmpty() || us.get().isEmpty() || ma.get().isEmpty()))) {
      problem.setText(Messages.get("Record.needling.required"));
      return;
    }
    Set<NeedlingResponse> ticked = EnumSet.noneOf(NeedlingResponse.class);
    responses.forEach(
        (r, box) -> {
          if (box.isSelected()) {
            ticked.add(r);
          }
        });
    try {
      result =
          new NeedlingEntry(
              point,
              (NeedlingTechnique) technique.getSelectedItem(),
              dia.get().getAsDouble(),
              len.get().getAsDouble(),
              deep.get(),
              count.get().getAsInt(),
              mins.get(),
              electrical
                  ? new OptionalStimulation(
                      hz.get().getAsDouble(), us.get().getAsInt(), ma.get().getAsDouble())
                  : OptionalStimulation.none(),
              ticked,
              note.getText());
    } catch (IllegalArgumentException e) {
      problem.setText(e.getMessage());
      return;
    }
    dispose();
  }

  private static JTextField comboField(JComboBox<String> box) {
    JTextField field = (JTextField) box.getEditor().getEditorComponent();
    Object item = box.getEditor().getItem();
    if (item != null && !field.getText().equals(item.toString())) {
      field.setText(item.toString());
    }
    return field;
  }

  private static String decimal(double value, int places) {
    if (value == Math.rint(value) && places == 0) {
      return Long.toString((long) value);
    }
    return String.format(java.util.Locale.ROOT, "%." + Math.max(places, 1) + "f", value);
  }
}
