package app.myomap.ui;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JLabel;

/**
 * Shows what is wrong with a form field: the field gets FlatLaf's error outline and the reason
 * appears in a small label under it, which keeps its one line of height so the form never jumps.
 */
final class FieldProblem {
  private static final String OUTLINE = "JComponent.outline";

  private final JComponent field;
  private final JLabel label = new OneLineLabel();

  /** Watches {@code field}; the message label is named {@code labelName} for tests. */
  FieldProblem(JComponent field, String labelName) {
    this.field = field;
    label.setName(labelName);
    label.putClientProperty("FlatLaf.styleClass", "small");
    label.putClientProperty("FlatLaf.style", "foreground: $Component.error.focusedBorderColor");
  }

  /** The label that shows the message, to place under the field. */
  JLabel label() {
    return label;
  }

  /** Shows {@code message}, or clears the field's error state when it is null. */
  void show(String message) {
    field.putClientProperty(OUTLINE, message == null ? null : "error");
    label.setText(message == null ? "" : message);
    label.setToolTipText(message);
  }

  /** A label as tall as one line of text even while it is empty. */
  private static final class OneLineLabel extends JLabel {
    private static final long serialVersionUID = 1L;

    @Override
    public Dimension getPreferredSize() {
      Dimension size = super.getPreferredSize();
      FontMetrics fm = getFontMetrics(getFont());
      Insets insets = getInsets();
      size.height = Math.max(size.height, fm.getHeight() + insets.top + insets.bottom);
      return size;
    }
  }
}
