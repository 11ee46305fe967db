package app.myomap.ui;

import app.myomap.model.Visit;
import app.myomap.store.MetaStore;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JTextField;

/**
 * The modal prompt for the practitioner's name as it should appear on charts, asked on the first
 * run and recorded with every visit and change.
 */
public final class PractitionerDialog extends OneTextDialog {
  private static final long serialVersionUID = 1L;

  private PractitionerDialog(Window owner, JTextField name) {
    super(
        owner,
        Messages.get("Practitioner.title"),
        "practitionerDialog",
        name,
        PractitionerDialog::nameProblem,
        "Practitioner",
        "practitioner");
    JLabel heading = new JLabel(Messages.get("Practitioner.heading"));
    heading.putClientProperty("FlatLaf.styleClass", "h3");
    JLabel prompt = new JLabel(Messages.get("Practitioner.prompt"));
    prompt.setDisplayedMnemonic(KeyEvent.VK_Y);
    prompt.setLabelFor(name);
    JLabel hint = new JLabel(Messages.get("Practitioner.hint"));
    hint.putClientProperty("FlatLaf.styleClass", "small");
    hint.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
    layOut(List.of(heading, prompt), List.of(hint));
  }

  private static JTextField nameField(String initial) {
    JTextField name = new JTextField(28);
    name.setName("practitioner.name");
    name.setText(initial == null ? "" : initial.strip());
    return name;
  }

  /**
   * Asks for the practitioner's name, offering {@code initial} (may be null); the stripped name, or
   * empty when the user cancels.
   */
  public static Optional<String> ask(Window owner, String initial) {
    return new PractitionerDialog(owner, nameField(initial)).answer();
  }

  /**
   * The practitioner's name kept in {@code meta}; on the first run, when there is none, asks for it
   * and keeps it. Empty when the user cancels the question.
   */
  public static Optional<String> ensure(Window owner, MetaStore meta) {
    Optional<String> stored = meta.practitioner();
    if (stored.isPresent()) {
      return stored;
    }
    Optional<String> answer = ask(owner, null);
    answer.ifPresent(meta::setPractitioner);
    return answer;
  }

  /** What is wrong with a typed practitioner name, or null when it is fine. */
  static String nameProblem(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return Messages.get("Practitioner.name.required");
    }
    if (stripped.length() > Visit.MAX_PRACTITIONER_LENGTH) {
      return Messages.format(
          "Practitioner.name.tooLong", String.valueOf(Visit.MAX_PRACTITIONER_LENGTH));
    }
    return null;
  }
}
