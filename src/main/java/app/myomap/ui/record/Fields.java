package app.myomap.ui.record;

import app.myomap.ui.Messages;
import com.formdev.flatlaf.FlatClientProperties;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.swing.JTextField;

/**
 * Numbers typed into the record's fields: a field holding what is not a number in range is marked
 * where it is typed (an error outline and the reason as its tooltip) and nothing is saved from it.
 */
final class Fields {
  private Fields() {}

  /**
   * The field's whole number in {@code min..max}, empty text giving no number; empty (and the field
   * marked) when the text is not such a number.
   */
  static Optional<OptionalInt> wholeNumber(JTextField field, int min, int max, String problemKey) {
    String text = field.getText().strip();
    if (text.isEmpty()) {
      clearProblem(field);
      return Optional.of(OptionalInt.empty());
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        clearProblem(field);
        return Optional.of(OptionalInt.of(value));
      }
    } catch (NumberFormatException e) {
      // Marked below.
    }
    markProblem(field, Messages.format(problemKey, min, max));
    return Optional.empty();
  }

  /** As {@link #wholeNumber}, for a decimal number (a point or a comma before the decimals). */
  static Optional<OptionalDouble> number(
      JTextField field, double min, double max, String problemKey) {
    String text = field.getText().strip().replace(',', '.');
    if (text.isEmpty()) {
      clearProblem(field);
      return Optional.of(OptionalDouble.empty());
    }
    try {
      double value = Double.parseDouble(text);
      if (value >= min && value <= max) {
        clearProblem(field);
        return Optional.of(OptionalDouble.of(value));
      }
    } catch (NumberFormatException e) {
      // Marked below.
    }
    markProblem(field, Messages.format(problemKey, min, max));
    return Optional.empty();
  }

  static void markProblem(JTextField field, String words) {
    field.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
    field.setToolTipText(words);
  }

  static void clearProblem(JTextField field) {
    field.putClientProperty(FlatClientProperties.OUTLINE, null);
    field.setToolTipText(null);
  }

  static boolean hasProblem(JTextField field) {
    return field.getClientProperty(FlatClientProperties.OUTLINE) != null;
  }
}
