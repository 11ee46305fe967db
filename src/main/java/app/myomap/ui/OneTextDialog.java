package app.myomap.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * A modal question answered with one line of text that must not be blank (the practitioner's name,
 * the reason to edit a past visit): what is wrong with the text is shown under the field once it
 * has been typed in, OK stays disabled until the text is fine, Enter answers and Escape cancels.
 */
abstract class OneTextDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JTextField field;
  private final transient UnaryOperator<String> problemOf;
  private final FieldProblem problem;
  private final JButton ok;
  private boolean touched;
  private String result;

  /**
   * A dialog named {@code name} asking for {@code field}'s text; {@code problemOf} says what is
   * wrong with a text (null when it is fine); the buttons' texts come from {@code keyPrefix +
   * ".ok"} and {@code ".cancel"}, and they are named {@code idPrefix + ".ok"} and {@code
   * ".cancel"}.
   */
  OneTextDialog(
      Window owner,
      String title,
      String name,
      JTextField field,
      UnaryOperator<String> problemOf,
      String keyPrefix,
      String idPrefix) {
    super(owner, title);
    setModal(true);
    setName(name);
    this.field = field;
    this.problemOf = problemOf;
    problem = new FieldProblem(field, field.getName() + ".error");
    touched = !field.getText().isEmpty();
    ok = new JButton(Messages.get(keyPrefix + ".ok"));
    ok.setName(idPrefix + ".ok");
    ok.addActionListener(e -> accept());
    JButton cancel = new JButton(Messages.get(keyPrefix + ".cancel"));
    cancel.setName(idPrefix + ".cancel");
    cancel.addActionListener(e -> dispose());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 14));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    TextEdits.onEdit(field, this::edited);
    getRootPane().setDefaultButton(ok);
    Dialogs.closeOnEscape(this);
  }

  /**
   * Lays the question out, top to bottom: {@code above} (a heading first, the field's label last),
   * the field with its problem, then {@code below}; sizes and places the dialog.
   */
  final void layOut(List<JComponent> above, List<JComponent> below) {
    JPanel form = new JPanel();
    form.setLayout(new BoxLayout(form, BoxLayout.Y_AXIS));
    for (int i = 0; i < above.size(); i++) {
      form.add(above.get(i));
      form.add(Box.createVerticalStrut(i == above.size() - 1 ? 4 : 10));
    }
    form.add(field);
    form.add(Box.createVerticalStrut(2));
    form.add(problem.label());
    for (JComponent part : below) {
      form.add(Box.createVerticalStrut(2));
      form.add(part);
    }
    for (java.awt.Component part : form.getComponents()) {
      ((JComponent) part).setAlignmentX(LEFT_ALIGNMENT);
    }
    getContentPane().add(form, BorderLayout.CENTER);
    check();
    pack();
    setResizable(false);
    setLocationRelativeTo(getOwner());
  }

  /** Shows the dialog and waits: the stripped text, or empty when the user cancelled. */
  final Optional<String> answer() {
    setVisible(true);
    return Optional.ofNullable(result);
  }

  private void edited() {
    touched = true;
    check();
  }

  private void check() {
    String text = problemOf.apply(field.getText());
    problem.show(touched ? text : null);
    ok.setEnabled(text == null);
  }

  private void accept() {
    if (problemOf.apply(field.getText()) == null) {
      result = field.getText().strip();
      dispose();
    }
  }
}
