package app.myomap.ui;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.swing.Timer;
import javax.swing.text.JTextComponent;

/**
 * Commits the text typed into a field once typing pauses or the field loses focus, so that a burst
 * of keystrokes becomes one undoable edit rather than one per key.
 */
final class DelayedCommit {
  /**
   * How long typing must pause before the text is committed, in milliseconds (saved within 250).
   */
  static final int PAUSE_MS = 200;

  private final JTextComponent field;
  private final Runnable commit;
  private final Timer timer;
  private boolean pending;
  private boolean quiet;

  /** Watches {@code field}; {@code commit} reads the field and applies its text. */
  DelayedCommit(JTextComponent field, Runnable commit) {
    this.field = field;
    this.commit = commit;
    timer = new Timer(PAUSE_MS, e -> flush());
    timer.setRepeats(false);
    TextEdits.onEdit(field, this::edited);
    field.addFocusListener(
        new FocusAdapter() {
          @Override
          public void focusLost(FocusEvent e) {
            flush();
          }
        });
  }

  /** Commits waiting text now. */
  void flush() {
    timer.stop();
    if (pending) {
      pending = false;
      commit.run();
    }
  }

  /** Drops waiting text without committing it. */
  void cancel() {
    timer.stop();
    pending = false;
  }

  /** Shows text from the model, dropping anything waiting; nothing is committed. */
  void show(String text) {
    cancel();
    if (!field.getText().equals(text)) {
      quiet = true;
      try {
        field.setText(text);
        field.setCaretPosition(0);
      } finally {
        quiet = false;
      }
    }
  }

  private void edited() {
    if (!quiet) {
      pending = true;
      timer.restart();
    }
  }
}
