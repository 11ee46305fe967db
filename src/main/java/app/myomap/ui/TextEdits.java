package app.myomap.ui;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Tells when the text of a field was typed, pasted or deleted (not when only its style changed).
 */
public final class TextEdits {
  private TextEdits() {}

  /** Runs {@code edited} after each change to {@code field}'s text. */
  public static void onEdit(JTextComponent field, Runnable edited) {
    field
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                edited.run();
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                edited.run();
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                // Attribute changes leave the text as it was.
              }
            });
  }
}
