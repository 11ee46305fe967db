package app.myomap.ui;

import app.myomap.model.Patient;
import app.myomap.store.PatientStore;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;

/**
 * Asks which other record of the open patient's person to merge into theirs, and why. Possible
 * duplicates (same name and date of birth, or the same record number) are listed first; a search
 * finds any other record.
 */
final class MergeDialog extends JDialog {
  private static final long serialVersionUID = 1L;
  private static final int LIST_LIMIT = 50;

  /** The record chosen to merge into the open patient's, and the reason. */
  record Answer(Patient merged, String reason) {}

  private final transient PatientStore patients;
  private final transient Patient kept;
  private final transient Set<String> lookAlikes;
  private final transient BirthDateFormat dates = BirthDateFormat.ofDefaultLocale();
  private final JTextField search = new JTextField(24);
  private final DefaultListModel<Patient> candidates = new DefaultListModel<>();
  private final JList<Patient> list = new JList<>(candidates);
  private final JTextField reason = new JTextField(36);
  private final JButton ok = new JButton(Messages.get("Merge.ok"));
  private transient Answer answer;

  private MergeDialog(Window owner, PatientStore patients, Patient kept) {
    super(owner, Messages.get("Merge.title"), ModalityType.APPLICATION_MODAL);
    this.patients = patients;
    this.kept = kept;
    this.lookAlikes =
        patients.lookAlikes(kept).stream().map(Patient::id).collect(Collectors.toSet());
    setName("mergeDialog");
    search.setName("merge.search");
    list.setName("merge.candidates");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(6);
    list.setCellRenderer(new TwoLineCell<>(Patient::name, this::describe, p -> false));
    reason.setName("merge.reason");
    ok.setName("merge.ok");
    ok.setMnemonic(KeyEvent.VK_M);
    ok.setEnabled(false);
    ok.addActionListener(e -> take());
    JButton cancel = new JButton(Messages.get("Merge.cancel"));
    cancel.setName("merge.cancel");
    cancel.addActionListener(e -> dispose());
    TextEdits.onEdit(search, this::find);
    TextEdits.onEdit(reason, this::check);
    list.addListSelectionListener(e -> check());

    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
    GridBagConstraints at = new GridBagConstraints();
    at.gridx = 0;
    at.gridy = 0;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.weightx = 1;
    at.insets = new Insets(0, 0, 8, 0);
    WrappingLabel explanation = new WrappingLabel(440);
    explanation.setText(Messages.format("Merge.explanation", kept.name(), describe(kept)));
    form.add(explanation, at);
    at.gridy++;
    at.insets = new Insets(0, 0, 2, 0);
    form.add(Dialogs.label("Merge.search", KeyEvent.VK_F, search), at);
    at.gridy++;
    at.insets = new Insets(0, 0, 4, 0);
    form.add(search, at);
    at.gridy++;
    at.fill = GridBagConstraints.BOTH;
    at.weighty = 1;
    at.insets = new Insets(0, 0, 8, 0);
    form.add(new JScrollPane(list), at);
    at.gridy++;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.weighty = 0;
    at.insets = new Insets(0, 0, 2, 0);
    form.add(Dialogs.label("Merge.reason", KeyEvent.VK_R, reason), at);
    at.gridy++;
    form.add(reason, at);

    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(ok);
    buttons.add(cancel);
    getContentPane().add(form, BorderLayout.CENTER);
    getContentPane().add(buttons, BorderLayout.SOUTH);
    Dialogs.closeOnEscape(this);
    find();
    pack();
    setLocationRelativeTo(owner);
  }

  /**
   * Shows the dialog for {@code kept}, the record that stays; the answer, or empty if cancelled.
   */
  static Optional<Answer> ask(Window owner, PatientStore patients, Patient kept) {
    MergeDialog dialog = new MergeDialog(owner, patients, kept);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.answer);
  }

  private String describe(Patient patient) {
    String born = dates.format(patient.dateOfBirth());
    String line =
        patient.recordNumber().isEmpty()
            ? born
            : Messages.format("Patients.row", born, patient.recordNumber());
    return lookAlikes.contains(patient.id())
        ? Messages.format("Merge.possibleDuplicate", line)
        : line;
  }

  /** Lists the possible duplicates, then the records the search finds, never the kept one. */
  private void find() {
    Map<String, Patient> found = new LinkedHashMap<>();
    String text = search.getText().strip();
    if (text.isEmpty()) {
      patients.lookAlikes(kept).forEach(p -> found.put(p.id(), p));
    }
    List<Patient> searched = patients.search(text, LIST_LIMIT, true);
    searched.forEach(p -> found.putIfAbsent(p.id(), p));
    found.remove(kept.id());
    Patient selected = list.getSelectedValue();
    candidates.clear();
    found.values().forEach(candidates::addElement);
    if (selected != null && found.containsKey(selected.id())) {
      list.setSelectedValue(found.get(selected.id()), true);
    } else if (!lookAlikes.isEmpty() && !candidates.isEmpty() && text.isEmpty()) {
      list.setSelectedIndex(0);
    }
    check();
  }

  private void check() {
    ok.setEnabled(list.getSelectedValue() != null && !reason.getText().isBlank());
  }

  private void take() {
    Patient merged = list.getSelectedValue();
    if (merged == null || reason.getText().isBlank()) {
      return;
    }
    answer = new Answer(merged, reason.getText().strip());
    dispose();
  }
}
