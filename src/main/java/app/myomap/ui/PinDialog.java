package app.myomap.ui;

import app.myomap.model.Practitioner;
import app.myomap.store.PinHasher;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.Arrays;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;

/**
 * Asks for the PIN of the profile being chosen; a wrong PIN is said under the field, which is
 * cleared for another try. The PIN is compared with its stored hash and never kept.
 */
final class PinDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final transient Practitioner profile;
  private final JPasswordField pin = new JPasswordField(12);
  private final FieldProblem problem = new FieldProblem(pin, "pin.error");
  private boolean accepted;

  private PinDialog(Window owner, Practitioner profile) {
    super(owner, Messages.get("Pin.title"));
    setModal(true);
    setName("pinDialog");
    this.profile = profile;
    pin.setName("pin.field");
    JLabel prompt = new JLabel(Messages.format("Pin.prompt", profile.name()));
    prompt.setLabelFor(pin);
    JButton ok = new JButton(Messages.get("Pin.ok"));
    ok.setName("pin.ok");
    ok.addActionListener(e -> check());
    JButton cancel = new JButton(Messages.get("Pin.cancel"));
    cancel.setName("pin.cancel");
    cancel.addActionListener(e -> dispose());
    JPanel form = new JPanel();
    form.setLayout(new BoxLayout(form, BoxLayout.Y_AXIS));
    for (JComponent part : new JComponent[] {prompt, pin, problem.label()}) {
      part.setAlignmentX(LEFT_ALIGNMENT);
      form.add(part);
    }
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 14));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(form, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    getRootPane().setDefaultButton(ok);
    Dialogs.closeOnEscape(this);
    pack();
    setResizable(false);
    setLocationRelativeTo(owner);
  }

  /** Whether the user typed {@code profile}'s PIN (true at once when it has none). */
  static boolean confirm(Window owner, Practitioner profile) {
    if (!profile.hasPin()) {
      return true;
    }
    PinDialog dialog = new PinDialog(owner, profile);
    dialog.setVisible(true);
    return dialog.accepted;
  }

  private void check() {
    char[] typed = pin.getPassword();
    try {
      if (PinHasher.matches(profile.pin(), typed)) {
        accepted = true;
        dispose();
        return;
      }
    } finally {
      Arrays.fill(typed, '\0');
    }
    pin.setText("");
    problem.show(Messages.get("Pin.wrong"));
    pin.requestFocusInWindow();
  }
}
