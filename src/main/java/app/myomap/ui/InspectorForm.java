package app.myomap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JTextField;

/**
 * Lays the inspector's rows into a panel with a grid-bag layout: two columns, label and control,
 * under section titles.
 */
final class InspectorForm {
  private final JPanel panel;
  private int y;

  InspectorForm(JPanel panel) {
    this.panel = panel;
  }

  /** A separator and a bold title. */
  List<Component> section(String title) {
    JSeparator line = new JSeparator();
    JLabel label = new JLabel(title);
    label.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
    panel.add(line, constraints(0, 2, 8, GridBagConstraints.HORIZONTAL));
    y++;
    panel.add(label, constraints(0, 2, 3, GridBagConstraints.HORIZONTAL));
    y++;
    return List.of(line, label);
  }

  /** A label and its control side by side; text fields stretch, other controls keep their size. */
  List<Component> row(String text, JComponent control, int top) {
    JLabel label = new JLabel(text);
    label.setLabelFor(control);
    GridBagConstraints left = constraints(0, 1, top, GridBagConstraints.NONE);
    left.weightx = 0;
    left.anchor = GridBagConstraints.LINE_START;
    left.insets.right = 12;
    panel.add(label, left);
    int fill =
        control instanceof JTextField ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
    GridBagConstraints right = constraints(1, 1, top, fill);
    right.anchor = GridBagConstraints.LINE_START;
    panel.add(control, right);
    y++;
    return List.of(label, control);
  }

  /** A control over the full width. */
  Component full(JComponent control, int top) {
    panel.add(control, constraints(0, 2, top, GridBagConstraints.HORIZONTAL));
    y++;
    return control;
  }

  /** Ends the form: spare height goes below the last row. */
  void end() {
    GridBagConstraints c = constraints(0, 2, 0, GridBagConstraints.BOTH);
    c.weighty = 1;
    panel.add(new JLabel(), c);
  }

  private GridBagConstraints constraints(int x, int span, int top, int fill) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = y;
    c.gridwidth = span;
    c.weightx = 1;
    c.fill = fill;
    c.anchor = GridBagConstraints.FIRST_LINE_START;
    c.insets = new Insets(top, 0, 0, 0);
    return c;
  }
}
