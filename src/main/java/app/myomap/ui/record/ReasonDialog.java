package app.myomap.ui.record;

import app.myomap.ui.Dialogs;
import app.myomap.ui.Messages;
import app.myomap.ui.TextEdits;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Predicate;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * A modal question whose answer is a reason the record keeps (why a signed visit is amended, why
 * needling goes ahead despite the screening): what is at stake, the reason field, and a button that
 * takes it only while the reason is acceptable. Escape or Cancel gives no reason.
 */
final class ReasonDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JTextField reason = new JTextField(36);
  private final JButton ok;
  private final transient Predicate<String> acceptable;
  private String result;

  /**
   * A dialog named {@code name} whose parts are named {@code prefix + ".reason"}, {@code prefix +
   * "." + okName} and {@code prefix + ".cancel"}; the words come from the keys given, and {@code
   * okMnemonic} (0 for none) underlines a letter of the button that takes the reason.
   */
  private ReasonDialog(
      Window owner,
      String name,
      String titleKey,
      JComponent explanation,
      String promptKey,
      String prefix,
      String okName,
      String okKey,
      int okMnemonic,
      String cancelKey,
      Predicate<String> acceptable) {
    super(owner, Messages.get(titleKey), ModalityType.APPLICATION_MODAL);
    this.acceptable = acceptable;
    setName(name);
    reason.setName(prefix + ".reason");
    JLabel prompt = new JLabel(Messages.get(promptKey));
    prompt.setDisplayedMnemonic(KeyEvent.VK_R);
    prompt.setLabelFor(reason);
    ok = new JButton(Messages.get(okKey));
    ok.setName(prefix + "." + okName);
    if (okMnemonic != 0) {
      ok.setMnemonic(okMnemonic);
    }
    ok.setEnabled(false);
    ok.addActionListener(
        e -> {
          result = reason.getText().strip();
          dispose();
        });
    JButton cancel = new JButton(Messages.get(cancelKey));
    cancel.setName(prefix + ".cancel");
    cancel.addActionListener(e -> dispose());
    TextEdits.onEdit(reason, () -> ok.setEnabled(this.acceptable.test(reason.getText().strip())));
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
    Dialogs.closeOnEscape(this);
    pack();
    setLocationRelativeTo(owner);
  }

  /** Shows a dialog as the constructor describes; the reason given, stripped, or empty. */
  static Optional<String> ask(
      Window owner,
      String name,
      String titleKey,
      JComponent explanation,
      String promptKey,
      String prefix,
      String okName,
      String okKey,
      int okMnemonic,
      String cancelKey,
      Predicate<String> acceptable) {
    ReasonDialog dialog =
        new ReasonDialog(
            owner,
            name,
            titleKey,
            explanation,
            promptKey,
            prefix,
            okName,
            okKey,
            okMnemonic,
            cancelKey,
            acceptable);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }
}
