package app.myomap.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * Asks for a patient's correction statement (Australian Privacy Principle 13): their words, the day
 * the clinic received them, and the clinic's answer if there is one. The statement is attached to
 * the visit as it is; nothing of the visit changes.
 */
final class CorrectionDialog extends JDialog {
  private static final long serialVersionUID = 1L;
  private static final int MAX_STATEMENT = 4000;
  private static final int MAX_RESPONSE = 2000;

  /** What was typed: the statement, the day received, the clinic's answer (blank for none). */
  record Answer(String statement, LocalDate receivedOn, String response) {}

  private final transient BirthDateFormat dates = BirthDateFormat.ofDefaultLocale();
  private final LocalDate today;
  private final JTextArea statement = new JTextArea(6, 44);
  private final JTextField received = new JTextField(12);
  private final JTextArea response = new JTextArea(3, 44);
  private final FieldProblem receivedProblem =
      new FieldProblem(received, "correction.received.problem");
  private final JButton ok = new JButton(Messages.get("Correction.ok"));
  private transient Answer answer;

  private CorrectionDialog(Window owner, LocalDate today) {
    super(owner, Messages.get("Correction.title"), ModalityType.APPLICATION_MODAL);
    this.today = today;
    setName("correctionDialog");
    statement.setName("correction.statement");
    statement.setLineWrap(true);
    statement.setWrapStyleWord(true);
    received.setName("correction.received");
    received.setText(dates.format(today));
    received.setToolTipText(Messages.format("Correction.received.tooltip", dates.hint()));
    response.setName("correction.response");
    response.setLineWrap(true);
    response.setWrapStyleWord(true);
    ok.setName("correction.ok");
    ok.setMnemonic(KeyEvent.VK_A);
    ok.setEnabled(false);
    ok.addActionListener(e -> take());
    JButton cancel = new JButton(Messages.get("Correction.cancel"));
    cancel.setName("correction.cancel");
    cancel.addActionListener(e -> dispose());
    JLabel statementCount =
        TextLimit.install(statement, MAX_STATEMENT, "correction.statement.count");
    JLabel responseCount = TextLimit.install(response, MAX_RESPONSE, "correction.response.count");
    TextEdits.onEdit(statement, this::check);
    TextEdits.onEdit(received, this::check);

    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
    GridBagConstraints at = new GridBagConstraints();
    at.gridx = 0;
    at.gridy = 0;
    at.anchor = GridBagConstraints.WEST;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.weightx = 1;
    at.insets = new Insets(0, 0, 6, 0);
    WrappingLabel explanation = new WrappingLabel(460);
    explanation.setText(Messages.get("Correction.explanation"));
    form.add(explanation, at);
    at.gridy++;
    form.add(Dialogs.label("Correction.statement", KeyEvent.VK_S, statement), at);
    at.gridy++;
    at.fill = GridBagConstraints.BOTH;
    at.weighty = 1;
    form.add(new JScrollPane(statement), at);
    at.gridy++;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.weighty = 0;
    form.add(statementCount, at);
    at.gridy++;
    form.add(Dialogs.label("Correction.received", KeyEvent.VK_D, received), at);
    at.gridy++;
    at.insets = new Insets(0, 0, 0, 0);
    at.fill = GridBagConstraints.NONE;
    form.add(received, at);
    at.gridy++;
    at.insets = new Insets(0, 0, 6, 0);
    form.add(receivedProblem.label(), at);
    at.gridy++;
    at.fill = GridBagConstraints.HORIZONTAL;
    form.add(Dialogs.label("Correction.response", KeyEvent.VK_R, response), at);
    at.gridy++;
    at.fill = GridBagConstraints.BOTH;
    at.weighty = 0.5;
    form.add(new JScrollPane(response), at);
    at.gridy++;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.weighty = 0;
    form.add(responseCount, at);

    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(ok);
    buttons.add(cancel);
    getContentPane().add(form, BorderLayout.CENTER);
    getContentPane().add(buttons, BorderLayout.SOUTH);
    Dialogs.closeOnEscape(this);
    pack();
    setLocationRelativeTo(owner);
  }

  /** Shows the dialog; what was typed once the practitioner attaches it, else empty. */
  static Optional<Answer> ask(Window owner, LocalDate today) {
    CorrectionDialog dialog = new CorrectionDialog(owner, today);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.answer);
  }

  private Optional<LocalDate> receivedOn() {
    String text = received.getText().strip();
    try {
      LocalDate date = dates.parse(text);
      if (date.isAfter(today)) {
        receivedProblem.show(Messages.get("Correction.received.future"));
        return Optional.empty();
      }
      receivedProblem.show(null);
      return Optional.of(date);
    } catch (DateTimeException e) {
      receivedProblem.show(Messages.format("Correction.received.invalid", dates.hint()));
      return Optional.empty();
    }
  }

  private void check() {
    boolean dated = receivedOn().isPresent();
    ok.setEnabled(dated && !statement.getText().isBlank());
  }

  private void take() {
    Optional<LocalDate> date = receivedOn();
    if (date.isEmpty() || statement.getText().isBlank()) {
      return;
    }
    answer = new Answer(statement.getText().strip(), date.get(), response.getText().strip());
    dispose();
  }
}
