package app.myomap.ui;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Tells when the text of a field was typed, pasted or deleted (not when only its style changed).
 */
final class TextEdits {
  private TextEdits() {}

  static void onEdit(JTextComponent field, Runnable edited) {
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
