package app.myomap.ui;

import java.awt.Color;
import java.text.NumberFormat;
import javax.swing.JLabel;
import javax.swing.UIManager;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.JTextComponent;

/**
 * A field's length limit, shown as the practitioner types: a counter appears near the limit, and
 * typing or pasting that would go past it is refused whole with a word why, so text is never cut
 * short in silence (refused pasted text is still on the clipboard).
 */
final class TextLimit extends DocumentFilter {
  /** The counter shows from this share of the limit on. */
  private static final double SHOW_FROM = 0.8;

  private final JTextComponent field;
  private final int limit;
  private final JLabel counter;

  private TextLimit(JTextComponent field, int limit, JLabel counter) {
    this.field = field;
    this.limit = limit;
    this.counter = counter;
  }

  /** Limits {@code field} to {@code limit} characters; {@code counter} shows the count near it. */
  static JLabel install(JTextComponent field, int limit, String name) {
    JLabel counter = new JLabel();
    counter.setName(name);
    TextLimit filter = new TextLimit(field, limit, counter);
    ((AbstractDocument) field.getDocument()).setDocumentFilter(filter);
    TextEdits.onEdit(field, filter::update);
    filter.update();
    return counter;
  }

  @Override
  public void insertString(FilterBypass fb, int offset, String text, AttributeSet attr)
      throws BadLocationException {
    replace(fb, offset, 0, text, attr);
  }

  @Override
  public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
      throws BadLocationException {
    int added = text == null ? 0 : text.length();
    int after = fb.getDocument().getLength() - length + added;
    if (after > limit) {
      refuse(added);
      return;
    }
    super.replace(fb, offset, length, text, attrs);
  }

  private void refuse(int added) {
    NumberFormat numbers = NumberFormat.getIntegerInstance();
    counter.setText(
        added > 1
            ? Messages.format(
                "TextLimit.refusedPaste", numbers.format(added), numbers.format(limit))
            : Messages.format("TextLimit.full", numbers.format(limit)));
    counter.setForeground(error());
    counter.setVisible(true);
    field.getToolkit().beep();
  }

  private void update() {
    int length = field.getDocument().getLength();
    boolean near = length >= limit * SHOW_FROM;
    NumberFormat numbers = NumberFormat.getIntegerInstance();
    counter.setText(
        Messages.format("TextLimit.count", numbers.format(length), numbers.format(limit)));
    counter.setForeground(
        length >= limit ? error() : UIManager.getColor("Label.disabledForeground"));
    counter.setVisible(near);
  }

  private static Color error() {
    Color color = UIManager.getColor("Component.error.focusedBorderColor");
    return color != null ? color : new Color(0xc62828);
  }
}
