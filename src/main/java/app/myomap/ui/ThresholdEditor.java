package app.myomap.ui;

import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.TriggerPoint;
import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The optional pressure-pain threshold of a trigger point: a number and its unit, checked as the
 * practitioner types and committed only when valid, once typing pauses; an empty field means none.
 */
final class ThresholdEditor extends JPanel {
  private static final long serialVersionUID = 1L;
  private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d*)?|[.,]\\d+");

  private final JTextField value = new JTextField(6);
  private final JComboBox<PressureUnit> unit = new JComboBox<>(PressureUnit.values());
  private final WrappingLabel error = new WrappingLabel(200);
  private final DelayedCommit typing;
  private final Consumer<UnaryOperator<TriggerPoint>> edit;
  private boolean showing;

  /** What a typed text stands for: whether it is a valid reading, and the reading if any. */
  record Input(boolean valid, Optional<PressurePainThreshold> threshold) {
    static final Input INVALID = new Input(false, Optional.empty());
  }

  /** A field whose valid readings are passed to {@code edit} as changes of the trigger point. */
  ThresholdEditor(Consumer<UnaryOperator<TriggerPoint>> edit) {
    super(new BorderLayout(0, 4));
    this.edit = edit;
    setOpaque(false);
    value.setName("inspector.ppt");
    value.putClientProperty(
        FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("Inspector.ppt.placeholder"));
    value.setToolTipText(Messages.get("Inspector.ppt.tooltip"));
    unit.setName("inspector.ppt.unit");
    unit.setToolTipText(Messages.get("Inspector.ppt.unit.tooltip"));
    unit.setRenderer(
        new DefaultListCellRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Component getListCellRendererComponent(
              JList<?> list, Object item, int index, boolean selected, boolean focused) {
            Object text = item instanceof PressureUnit u ? u.symbol() : item;
            return super.getListCellRendererComponent(list, text, index, selected, focused);
          }
        });
    error.setName("inspector.ppt.error");
    error.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
    error.putClientProperty(FlatClientProperties.STYLE, "foreground: $Actions.Red");
    error.setVisible(false);

    typing = new DelayedCommit(value, this::commit);
    value
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                validateInput();
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                validateInput();
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                // Attribute changes leave the text as it was.
              }
            });
    unit.addActionListener(
        e -> {
          if (!showing) {
            validateInput();
            commit();
          }
        });

    JPanel row = new JPanel(new BorderLayout(6, 0));
    row.setOpaque(false);
    row.add(value, BorderLayout.CENTER);
    row.add(unit, BorderLayout.EAST);
    add(row, BorderLayout.NORTH);
    add(error, BorderLayout.CENTER);
    setBorder(BorderFactory.createEmptyBorder());
  }

  /**
   * Shows the recorded threshold. Unless {@code changed} (another point, or the reading changed
   * under the field), what the practitioner is typing stays as it is.
   */
  void show(Optional<PressurePainThreshold> threshold, boolean changed) {
    Input typed = parse(value.getText(), selectedUnit());
    if (!changed || (typed.valid() && typed.threshold().equals(threshold))) {
      return;
    }
    showing = true;
    try {
      threshold.ifPresent(t -> unit.setSelectedItem(t.unit()));
      typing.show(threshold.map(t -> format(t.value())).orElse(""));
      validateInput();
    } finally {
      showing = false;
    }
  }

  /** Commits a reading still waiting for the typing pause. */
  void flush() {
    typing.flush();
  }

  /**
   * What a text stands for in a unit: no reading for a blank text, invalid unless it is a number
   * above 0 and within the unit's range (a comma may stand for the decimal point).
   */
  static Input parse(String text, PressureUnit unit) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return new Input(true, Optional.empty());
    }
    if (!NUMBER.matcher(trimmed).matches()) {
      return Input.INVALID;
    }
    double number = Double.parseDouble(trimmed.replace(',', '.'));
    if (number <= 0 || number > unit.maximum()) {
      return Input.INVALID;
    }
    return new Input(true, Optional.of(new PressurePainThreshold(number, unit)));
  }

  /** A reading as typed: no trailing zeros, a point as the decimal separator. */
  static String format(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  private PressureUnit selectedUnit() {
    return (PressureUnit) unit.getSelectedItem();
  }

  private void commit() {
    Input typed = parse(value.getText(), selectedUnit());
    if (typed.valid()) {
      edit.accept(tp -> tp.withPressurePainThreshold(typed.threshold()));
    }
  }

  private void validateInput() {
    boolean valid = parse(value.getText(), selectedUnit()).valid();
    value.putClientProperty(
        FlatClientProperties.OUTLINE, valid ? null : FlatClientProperties.OUTLINE_ERROR);
    String message =
        Messages.format(
            "Inspector.ppt.invalid", format(selectedUnit().maximum()), selectedUnit().symbol());
    value.setToolTipText(valid ? Messages.get("Inspector.ppt.tooltip") : message);
    error.setText(message);
    if (error.isVisible() == valid) {
      error.setVisible(!valid);
      revalidate();
    }
  }
}
