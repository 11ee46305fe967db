package app.myomap.ui;

import app.myomap.model.Patient;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * The modal form that creates a patient or edits one's name, date of birth (typed in the locale's
 * order or as ISO yyyy-mm-dd, see {@link BirthDateFormat}) and clinic record number, checking each
 * field as it is typed.
 */
public final class PatientDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  /** A date of birth typed at least this long is judged before the field is left. */
  private static final int COMPLETE_DATE_LENGTH = 10;

  private final String patientId;
  private final BirthDateFormat format;
  private final JTextField name = new JTextField(26);
  private final JTextField dateOfBirth = new JTextField(26);
  private final JTextField record = new JTextField(26);
  private final FieldProblem nameProblem = new FieldProblem(name, "patientDialog.name.error");
  private final FieldProblem dateProblem = new FieldProblem(dateOfBirth, "patientDialog.dob.error");
  private final FieldProblem recordProblem = new FieldProblem(record, "patientDialog.record.error");
  private final JButton ok;
  private boolean nameTouched;
  private boolean dateTouched;
  private boolean dateLeft;
  private Patient result;

  private PatientDialog(Window owner, Patient existing, BirthDateFormat format) {
    super(
        owner,
        Messages.get(existing == null ? "PatientDialog.newTitle" : "PatientDialog.editTitle"));
    setModal(true);
    setName("patientDialog");
    patientId = existing == null ? UUID.randomUUID().toString() : existing.id();
    this.format = format;
    name.setName("patientDialog.name");
    dateOfBirth.setName("patientDialog.dob");
    dateOfBirth.putClientProperty(
        "JTextField.placeholderText",
        Messages.format("PatientDialog.dob.placeholder", format.hint(), example(format)));
    record.setName("patientDialog.record");
    if (existing != null) {
      name.setText(existing.name());
      dateOfBirth.setText(format.format(existing.dateOfBirth()));
      record.setText(existing.recordNumber());
      nameTouched = true;
      dateTouched = true;
    }
    ok =
        button(
            existing == null ? "PatientDialog.create" : "PatientDialog.save",
            "patientDialog.ok",
            this::accept);
    JButton cancel = button("PatientDialog.cancel", "patientDialog.cancel", this::dispose);

    JPanel form = new JPanel(new GridBagLayout());
    addField(form, 0, "PatientDialog.name", KeyEvent.VK_N, name, nameProblem);
    addField(form, 3, "PatientDialog.dob", KeyEvent.VK_D, dateOfBirth, dateProblem);
    addField(form, 6, "PatientDialog.record", KeyEvent.VK_R, record, recordProblem);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 10));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(form, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);

    onEdit(name, () -> nameTouched = true);
    onEdit(dateOfBirth, () -> dateTouched = true);
    onEdit(record, () -> {});
    dateOfBirth.addFocusListener(
        new FocusAdapter() {
          @Override
          public void focusLost(FocusEvent e) {
            dateLeft = dateTouched;
            check();
          }
        });
    getRootPane().setDefaultButton(ok);
    getRootPane()
        .registerKeyboardAction(
            e -> dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    check();
    pack();
    setResizable(false);
    setLocationRelativeTo(owner);
  }

  /** Asks for a new patient; empty when the user cancels. */
  public static Optional<Patient> create(Window owner) {
    return create(owner, BirthDateFormat.ofDefaultLocale());
  }

  /** Asks for a new patient, dates of birth in {@code format}; empty when the user cancels. */
  static Optional<Patient> create(Window owner, BirthDateFormat format) {
    return show(owner, null, format);
  }

  /** Asks for new details of {@code patient}, keeping its id; empty when the user cancels. */
  public static Optional<Patient> edit(Window owner, Patient patient) {
    return edit(owner, patient, BirthDateFormat.ofDefaultLocale());
  }

  /** Asks for new details of {@code patient}, dates of birth in {@code format}. */
  static Optional<Patient> edit(Window owner, Patient patient, BirthDateFormat format) {
    return show(owner, patient, format);
  }

  private static Optional<Patient> show(Window owner, Patient existing, BirthDateFormat format) {
    PatientDialog dialog = new PatientDialog(owner, existing, format);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  /** What is wrong with a typed name, or null when it is fine. */
  static String nameProblem(String text) {
    String name = text.strip();
    if (name.isEmpty()) {
      return Messages.get("PatientDialog.name.required");
    }
    if (name.length() > Patient.MAX_NAME_LENGTH) {
      return Messages.format("PatientDialog.name.tooLong", String.valueOf(Patient.MAX_NAME_LENGTH));
    }
    return null;
  }

  /**
   * What is wrong with a date of birth typed in {@code format} on {@code today}, or null when it is
   * fine.
   */
  static String dateOfBirthProblem(String text, LocalDate today, BirthDateFormat format) {
    String date = text.strip();
    if (date.isEmpty()) {
      return Messages.get("PatientDialog.dob.required");
    }
    if (!format.hasShape(date)) {
      return Messages.format("PatientDialog.dob.format", format.hint(), example(format));
    }
    LocalDate parsed;
    try {
      parsed = format.parse(date);
    } catch (DateTimeException e) {
      return Messages.get("PatientDialog.dob.noSuchDate");
    }
    if (parsed.isAfter(today)) {
      return Messages.get("PatientDialog.dob.future");
    }
    if (parsed.isBefore(Patient.EARLIEST_BIRTH_DATE)) {
      return Messages.format(
          "PatientDialog.dob.tooEarly", format.format(Patient.EARLIEST_BIRTH_DATE));
    }
    return null;
  }

  private static String example(BirthDateFormat format) {
    return format.format(LocalDate.of(1984, 3, 27));
  }

  /** What is wrong with a typed record number, or null when it is fine (it may be empty). */
  static String recordProblem(String text) {
    if (text.strip().length() > Patient.MAX_RECORD_NUMBER_LENGTH) {
      return Messages.format(
          "PatientDialog.record.tooLong", String.valueOf(Patient.MAX_RECORD_NUMBER_LENGTH));
    }
    return null;
  }

  private void check() {
    String nameText = nameProblem(name.getText());
    String dateText = dateOfBirthProblem(dateOfBirth.getText(), LocalDate.now(), format);
    String recordText = recordProblem(record.getText());
    nameProblem.show(nameTouched ? nameText : null);
    // A half-typed date is not wrong yet: its shape is judged once it is complete or left.
    boolean judgeDate =
        dateTouched && (dateLeft || dateOfBirth.getText().strip().length() >= COMPLETE_DATE_LENGTH);
    dateProblem.show(judgeDate ? dateText : null);
    recordProblem.show(recordText);
    ok.setEnabled(nameText == null && dateText == null && recordText == null);
  }

  private void accept() {
    check();
    if (!ok.isEnabled()) {
      return;
    }
    result =
        new Patient(
            patientId, name.getText(), format.parse(dateOfBirth.getText()), record.getText());
    dispose();
  }

  private void onEdit(JTextField field, Runnable touched) {
    TextEdits.onEdit(
        field,
        () -> {
          touched.run();
          check();
        });
  }

  private static void addField(
      JPanel form, int row, String labelKey, int mnemonic, JTextField field, FieldProblem problem) {
    JLabel label = new JLabel(Messages.get(labelKey));
    label.setDisplayedMnemonic(mnemonic);
    label.setLabelFor(field);
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    c.gridy = row;
    c.insets = new Insets(row == 0 ? 0 : 8, 0, 3, 0);
    form.add(label, c);
    c.gridy = row + 1;
    c.insets = new Insets(0, 0, 0, 0);
    form.add(field, c);
    c.gridy = row + 2;
    c.insets = new Insets(2, 2, 0, 0);
    form.add(problem.label(), c);
  }

  private static JButton button(String textKey, String name, Runnable action) {
    JButton button = new JButton(Messages.get(textKey));
    button.setName(name);
    button.addActionListener(e -> action.run());
    return button;
  }
}
