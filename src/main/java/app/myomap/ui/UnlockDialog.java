package app.myomap.ui;

import app.myomap.model.VisitUnlock;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * The modal question asked before a past visit is edited: it says whose record is about to change
 * and asks why; the reason is required and kept in the visit's history.
 */
final class UnlockDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JTextField reason = new JTextField(34);
  private final FieldProblem problem = new FieldProblem(reason, "unlock.reason.error");
  private final JButton ok = new JButton(Messages.get("Unlock.ok"));
  private boolean touched;
  private String result;

  private UnlockDialog(Window owner, String visitWhen) {
    super(owner, Messages.get("Unlock.title"));
    setModal(true);
    setName("unlockDialog");
    JLabel heading = new JLabel(Messages.format("Unlock.heading", visitWhen));
    heading.putClientProperty("FlatLaf.styleClass", "h3");
    WrappingLabel explanation = new WrappingLabel(360);
    explanation.setText(Messages.get("Unlock.explanation"));
    JLabel prompt = new JLabel(Messages.get("Unlock.prompt"));
    prompt.setDisplayedMnemonic(KeyEvent.VK_W);
    prompt.setLabelFor(reason);
    reason.setName("unlock.reason");
    ok.setName("unlock.ok");
    ok.addActionListener(e -> accept());
    JButton cancel = new JButton(Messages.get("Unlock.cancel"));
    cancel.setName("unlock.cancel");
    cancel.addActionListener(e -> dispose());

    JPanel form = new JPanel();
    form.setLayout(new BoxLayout(form, BoxLayout.Y_AXIS));
    for (JComponent part :
        new JComponent[] {heading, explanation, prompt, reason, problem.label()}) {
      part.setAlignmentX(LEFT_ALIGNMENT);
    }
    form.add(heading);
    form.add(Box.createVerticalStrut(8));
    form.add(explanation);
    form.add(Box.createVerticalStrut(10));
    form.add(prompt);
    form.add(Box.createVerticalStrut(4));
    form.add(reason);
    form.add(Box.createVerticalStrut(2));
    form.add(problem.label());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 14));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(form, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);

    TextEdits.onEdit(reason, this::edited);
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

  /**
   * Asks why the visit of {@code visitWhen} (as shown to the user) is to be edited; the stripped
   * reason, or empty when the user cancels.
   */
  static Optional<String> ask(Window owner, String visitWhen) {
    UnlockDialog dialog = new UnlockDialog(owner, visitWhen);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  /** What is wrong with a typed reason, or null when it is fine. */
  static String reasonProblem(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return Messages.get("Unlock.reason.required");
    }
    if (stripped.length() > VisitUnlock.MAX_REASON_LENGTH) {
      return Messages.format(
          "Unlock.reason.tooLong", String.valueOf(VisitUnlock.MAX_REASON_LENGTH));
    }
    return null;
  }

  private void edited() {
    touched = true;
    check();
  }

  private void check() {
    String text = reasonProblem(reason.getText());
    problem.show(touched ? text : null);
    ok.setEnabled(text == null);
  }

  private void accept() {
    if (reasonProblem(reason.getText()) == null) {
      result = reason.getText().strip();
      dispose();
    }
  }
}
