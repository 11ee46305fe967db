package app.myomap.ui.record;

import app.myomap.model.record.Amendment;
import app.myomap.ui.Messages;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Asks why a signed visit is amended. The reason is required: it is kept with the addendum, dated
 * and attributed, and shown wherever the visit is.
 */
final class AmendDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JTextField reason = new JTextField(36);
  private final JButton ok = new JButton(Messages.get("Record.amendDialog.ok"));
  private String result;

  private AmendDialog(Window owner) {
    super(owner, Messages.get("Record.amendDialog.title"), ModalityType.APPLICATION_MODAL);
    setName("amendDialog");
    reason.setName("amend.reason");
    JLabel explanation = new JLabel(Messages.get("Record.amendDialog.explanation"));
    JLabel prompt = new JLabel(Messages.get("Record.amendDialog.prompt"));
    prompt.setDisplayedMnemonic(KeyEvent.VK_R);
    prompt.setLabelFor(reason);
    ok.setName("amend.ok");
    ok.setEnabled(false);
    ok.addActionListener(
        e -> {
          result = Amendment.checkedReason(reason.getText());
          dispose();
        });
    JButton cancel = new JButton(Messages.get("Record.amendDialog.cancel"));
    cancel.setName("amend.cancel");
    cancel.addActionListener(e -> dispose());
    reason
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                follow();
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                follow();
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                follow();
              }
            });
    JPanel form = new JPanel(new BorderLayout(0, 6));
    form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
    form.add(explanation, BorderLayout.NORTH);
    form.add(prompt, BorderLayout.CENTER);
    form.add(reason, BorderLayout.SOUTH);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(ok);
    buttons.add(cancel);
    getContentPane().add(form, BorderLayout.CENTER);
    getContentPane().add(buttons, BorderLayout.SOUTH);
    getRootPane().setDefaultButton(ok);
    getRootPane()
        .registerKeyboardAction(
            e -> dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    pack();
    setLocationRelativeTo(owner);
  }

  private void follow() {
    String text = reason.getText().strip();
    ok.setEnabled(!text.isEmpty() && text.length() <= Amendment.MAX_REASON);
  }

  /** The reason given, or empty when cancelled. */
  static Optional<String> ask(Window owner) {
    AmendDialog dialog = new AmendDialog(owner);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }
}
