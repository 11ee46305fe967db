package app.myomap.ui;

import java.awt.event.KeyEvent;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.KeyStroke;

/** What MyoMap's dialogs share: Escape as Cancel, and labels that name their field. */
public final class Dialogs {
  private Dialogs() {}

  /**
   * Escape closes {@code dialog} as its Cancel or Close button does: it is disposed with nothing
   * answered, wherever the focus is in it.
   */
  public static void closeOnEscape(JDialog dialog) {
    dialog
        .getRootPane()
        .registerKeyboardAction(
            e -> dialog.dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
  }

  /**
   * A label with the words of message {@code key} for {@code field}: Alt with {@code mnemonic}
   * moves the focus to the field, and screen readers read the label with it.
   */
  public static JLabel label(String key, int mnemonic, JComponent field) {
    JLabel label = new JLabel(Messages.get(key));
    label.setDisplayedMnemonic(mnemonic);
    label.setLabelFor(field);
    return label;
  }
}
