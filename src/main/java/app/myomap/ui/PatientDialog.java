package app.myomap.ui;

import app.myomap.model.MedicalAlert;
import app.myomap.model.Patient;
import app.myomap.model.PatientDetails;
import app.myomap.model.Sex;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * The modal form that creates a patient or edits one's name, date of birth (typed in the locale's
 * order or as ISO yyyy-mm-dd, see {@link BirthDateFormat}), clinic record number, sex, contact
 * details, referrer and medical alerts, checking each field as it is typed.
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
  private final JComboBox<Sex> sex = new JComboBox<>(Sex.values());
  private final JTextField phone = new JTextField(26);
  private final JTextField email = new JTextField(26);
  private final JTextArea address = new JTextArea(3, 26);
  private final JTextField referrer = new JTextField(26);
  private final JTextArea alertNote = new JTextArea(2, 26);
  private final Map<MedicalAlert, JCheckBox> alerts = new EnumMap<>(MedicalAlert.class);
  private final FieldProblem phoneProblem = new FieldProblem(phone, "patientDialog.phone.error");
  private final FieldProblem emailProblem = new FieldProblem(email, "patientDialog.email.error");
  private final FieldProblem addressProblem =
      new FieldProblem(address, "patientDialog.address.error");
  private final FieldProblem referrerProblem =
      new FieldProblem(referrer, "patientDialog.referrer.error");
  private final FieldProblem alertNoteProblem =
      new FieldProblem(alertNote, "patientDialog.alertNote.error");
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
    sex.setName("patientDialog.sex");
    sex.setRenderer(new EnumNameRenderer<>("Sex."));
    sex.setSelectedItem(Sex.NOT_STATED);
    phone.setName("patientDialog.phone");
    email.setName("patientDialog.email");
    address.setName("patientDialog.address");
    referrer.setName("patientDialog.referrer");
    alertNote.setName("patientDialog.alertNote");
    for (JTextArea area : List.of(address, alertNote)) {
      area.setLineWrap(true);
      area.setWrapStyleWord(true);
      // Tab moves on, as in the one-line fields, rather than typing a tab.
      area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
      area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    }
    for (MedicalAlert alert : MedicalAlert.values()) {
      JCheckBox box = new JCheckBox(AlertsBanner.words(alert));
      box.setName("patientDialog.alert." + alert.id());
      alerts.put(alert, box);
    }
    if (existing != null) {
      name.setText(existing.name());
      dateOfBirth.setText(format.format(existing.dateOfBirth()));
      record.setText(existing.recordNumber());
      PatientDetails details = existing.details();
      sex.setSelectedItem(details.sex());
      phone.setText(details.phone());
      email.setText(details.email());
      address.setText(details.address());
      referrer.setText(details.referrer());
      alertNote.setText(details.alertNote());
      for (MedicalAlert alert : details.alerts()) {
        alerts.get(alert).setSelected(true);
      }
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
    addField(form, 9, "PatientDialog.sex", KeyEvent.VK_S, sex, null);
    addField(form, 12, "PatientDialog.phone", KeyEvent.VK_P, phone, phoneProblem);
    addField(form, 15, "PatientDialog.email", KeyEvent.VK_E, email, emailProblem);
    JPanel more = new JPanel(new GridBagLayout());
    addField(more, 0, "PatientDialog.address", KeyEvent.VK_A, scrolled(address), addressProblem);
    addField(more, 3, "PatientDialog.referrer", KeyEvent.VK_F, referrer, referrerProblem);
    addField(
        more, 6, "PatientDialog.alertNote", KeyEvent.VK_T, scrolled(alertNote), alertNoteProblem);
    JPanel alertBoxes = new JPanel(new GridLayout(0, 2, 8, 0));
    alertBoxes.setName("patientDialog.alerts");
    alertBoxes.setToolTipText(Messages.get("PatientDialog.alerts.tooltip"));
    alertBoxes.setBorder(BorderFactory.createTitledBorder(Messages.get("PatientDialog.alerts")));
    for (JCheckBox box : alerts.values()) {
      box.setToolTipText(Messages.get("PatientDialog.alerts.tooltip"));
      alertBoxes.add(box);
    }
    GridBagConstraints boxes = new GridBagConstraints();
    boxes.gridx = 0;
    boxes.gridy = 9;
    boxes.fill = GridBagConstraints.HORIZONTAL;
    boxes.insets = new Insets(8, 0, 0, 0);
    more.add(alertBoxes, boxes);
    JPanel columns = new JPanel(new GridLayout(1, 2, 18, 0));
    columns.add(top(form));
    columns.add(top(more));
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 10));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(columns, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);

    onEdit(name, () -> nameTouched = true);
    onEdit(dateOfBirth, () -> dateTouched = true);
    onEdit(record, () -> {});
    for (javax.swing.text.JTextComponent field :
        List.of(phone, email, address, referrer, alertNote)) {
      TextEdits.onEdit(field, this::check);
    }
    dateOfBirth.addFocusListener(
        new FocusAdapter() {
          @Override
          public void focusLost(FocusEvent e) {
            dateLeft = dateTouched;
            check();
          }
        });
    getRootPane().setDefaultButton(ok);
    Dialogs.closeOnEscape(this);
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

  /** What is wrong with a typed phone number, or null when it is fine (it may be empty). */
  static String phoneProblem(String text) {
    String phone = text.strip();
    if (phone.length() > PatientDetails.MAX_PHONE_LENGTH) {
      return Messages.format(
          "PatientDialog.phone.tooLong", String.valueOf(PatientDetails.MAX_PHONE_LENGTH));
    }
    return phone.isEmpty() || PatientDetails.isPhone(phone)
        ? null
        : Messages.get("PatientDialog.phone.error");
  }

  /** What is wrong with a typed email address, or null when it is fine (it may be empty). */
  static String emailProblem(String text) {
    String email = text.strip();
    if (email.length() > PatientDetails.MAX_EMAIL_LENGTH) {
      return Messages.format(
          "PatientDialog.email.tooLong", String.valueOf(PatientDetails.MAX_EMAIL_LENGTH));
    }
    return email.isEmpty() || PatientDetails.isEmail(email)
        ? null
        : Messages.get("PatientDialog.email.error");
  }

  private static String lengthProblem(String text, int max, String key) {
    return text.strip().length() > max ? Messages.format(key, String.valueOf(max)) : null;
  }

  private void check() {
    String nameText = nameProblem(name.getText());
    String dateText = dateOfBirthProblem(dateOfBirth.getText(), LocalDate.now(), format);
    String recordText = recordProblem(record.getText());
    String phoneText = phoneProblem(phone.getText());
    String emailText = emailProblem(email.getText());
    String addressText =
        lengthProblem(
            address.getText(), PatientDetails.MAX_ADDRESS_LENGTH, "PatientDialog.address.tooLong");
    String referrerText =
        lengthProblem(
            referrer.getText(),
            PatientDetails.MAX_REFERRER_LENGTH,
            "PatientDialog.referrer.tooLong");
    String noteText =
        lengthProblem(
            alertNote.getText(),
            PatientDetails.MAX_ALERT_NOTE_LENGTH,
            "PatientDialog.alertNote.tooLong");
    phoneProblem.show(phoneText);
    emailProblem.show(emailText);
    addressProblem.show(addressText);
    referrerProblem.show(referrerText);
    alertNoteProblem.show(noteText);
    boolean detailsFine =
        phoneText == null
            && emailText == null
            && addressText == null
            && referrerText == null
            && noteText == null;
    nameProblem.show(nameTouched ? nameText : null);
    // A half-typed date is not wrong yet: its shape is judged once it is complete or left.
    boolean judgeDate =
        dateTouched && (dateLeft || dateOfBirth.getText().strip().length() >= COMPLETE_DATE_LENGTH);
    dateProblem.show(judgeDate ? dateText : null);
    recordProblem.show(recordText);
    ok.setEnabled(nameText == null && dateText == null && recordText == null && detailsFine);
  }

  private void accept() {
    check();
    if (!ok.isEnabled()) {
      return;
    }
    Set<MedicalAlert> ticked = EnumSet.noneOf(MedicalAlert.class);
    alerts.forEach(
        (alert, box) -> {
          if (box.isSelected()) {
            ticked.add(alert);
          }
        });
    PatientDetails details =
        new PatientDetails(
            (Sex) sex.getSelectedItem(),
            phone.getText(),
            email.getText(),
            address.getText(),
            referrer.getText(),
            ticked,
            alertNote.getText());
    result =
        new Patient(
            patientId,
            name.getText(),
            format.parse(dateOfBirth.getText()),
            record.getText(),
            details);
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

  private static JScrollPane scrolled(JTextArea area) {
    JScrollPane scroll = new JScrollPane(area);
    scroll.setName(area.getName() + ".scroll");
    return scroll;
  }

  /** {@code panel} held at the top of its cell. */
  private static JPanel top(JPanel panel) {
    JPanel holder = new JPanel(new BorderLayout());
    holder.add(panel, BorderLayout.NORTH);
    return holder;
  }

  private static void addField(
      JPanel form, int row, String labelKey, int mnemonic, JComponent field, FieldProblem problem) {
    JLabel label = new JLabel(Messages.get(labelKey));
    label.setDisplayedMnemonic(mnemonic);
    label.setLabelFor(field instanceof JScrollPane scroll ? scroll.getViewport().getView() : field);
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
    if (problem != null) {
      c.gridy = row + 2;
      c.insets = new Insets(2, 2, 0, 0);
      form.add(problem.label(), c);
    }
  }

  private static JButton button(String textKey, String name, Runnable action) {
    JButton button = new JButton(Messages.get(textKey));
    button.setName(name);
    button.addActionListener(e -> action.run());
    return button;
  }
}
