package app.myomap.ui.record;

import app.myomap.model.record.Screening;
import app.myomap.ui.Messages;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * Says that the screening found an absolute contraindication, so the point is not marked needled,
 * and offers to override it with a reason that is kept in the visit's screening.
 */
final class NeedlingBlockedDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JTextField reason = new JTextField(36);
  private final JButton override = new JButton(Messages.get("Record.blocked.override"));
  private String result;

  private NeedlingBlockedDialog(Window owner, List<Screening.Answer> blockers) {
    super(owner, Messages.get("Record.blocked.title"), ModalityType.APPLICATION_MODAL);
    setName("needlingBlocked");
    String items =
        blockers.stream()
            .map(a -> "<li>" + escape(a.item().words()) + "</li>")
            .collect(Collectors.joining());
    JLabel explanation = new JLabel(Messages.format("Record.blocked.explanation", items));
    explanation.setName("needlingBlocked.explanation");
    JLabel prompt = new JLabel(Messages.get("Record.blocked.prompt"));
    prompt.setDisplayedMnemonic(KeyEvent.VK_R);
    prompt.setLabelFor(reason);
    reason.setName("needlingBlocked.reason");
    override.setName("needlingBlocked.override");
    override.setMnemonic(KeyEvent.VK_O);
    override.setEnabled(false);
    override.addActionListener(
        e -> {
          result = reason.getText().strip();
          dispose();
        });
    JButton cancel = new JButton(Messages.get("Record.blocked.cancel"));
    cancel.setName("needlingBlocked.cancel");
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
    buttons.add(override);
    buttons.add(cancel);
    getContentPane().add(form, BorderLayout.CENTER);
    getContentPane().add(buttons, BorderLayout.SOUTH);
    getRootPane().setDefaultButton(override);
    getRootPane()
        .registerKeyboardAction(
            e -> dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    pack();
    setLocationRelativeTo(owner);
  }

  private void follow() {
    override.setEnabled(!reason.getText().isBlank());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The reason to needle despite {@code blockers}, or empty when the practitioner cancelled. */
  static Optional<String> ask(Window owner, List<Screening.Answer> blockers) {
    NeedlingBlockedDialog dialog = new NeedlingBlockedDialog(owner, blockers);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }
}
