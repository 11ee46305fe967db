package app.myomap.ui;

import app.myomap.model.VisitUnlock;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JTextField;

/**
 * The modal question asked before a past visit is edited: it says whose record is about to change
 * and asks why; the reason is required and kept in the visit's history.
 */
final class UnlockDialog extends OneTextDialog {
  private static final long serialVersionUID = 1L;

  private UnlockDialog(Window owner, String visitWhen, JTextField reason) {
    super(
        owner,
        Messages.get("Unlock.title"),
        "unlockDialog",
        reason,
        UnlockDialog::reasonProblem,
        "Unlock",
        "unlock");
    JLabel heading = new JLabel(Messages.format("Unlock.heading", visitWhen));
    heading.putClientProperty("FlatLaf.styleClass", "h3");
    WrappingLabel explanation = new WrappingLabel(360);
    explanation.setText(Messages.get("Unlock.explanation"));
    JLabel prompt = new JLabel(Messages.get("Unlock.prompt"));
    prompt.setDisplayedMnemonic(KeyEvent.VK_W);
    prompt.setLabelFor(reason);
    layOut(List.of(heading, explanation, prompt), List.of());
  }

  /**
   * Asks why the visit of {@code visitWhen} (as shown to the user) is to be edited; the stripped
   * reason, or empty when the user cancels.
   */
  static Optional<String> ask(Window owner, String visitWhen) {
    JTextField reason = new JTextField(34);
    reason.setName("unlock.reason");
    return new UnlockDialog(owner, visitWhen, reason).answer();
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
}
