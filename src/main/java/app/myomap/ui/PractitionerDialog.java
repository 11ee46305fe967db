package app.myomap.ui;

import app.myomap.model.Visit;
import app.myomap.store.MetaStore;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * The modal prompt for the practitioner's name as it should appear on charts, asked on the first
 * run and recorded with every visit and change.
 */
public final class PractitionerDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JTextField name = new JTextField(28);
  private final FieldProblem problem = new FieldProblem(name, "practitioner.name.error");
  private final JButton ok = new JButton(Messages.get("Practitioner.ok"));
  private boolean touched;
  private String result;

  private PractitionerDialog(Window owner, String initial) {
    super(owner, Messages.get("Practitioner.title"));
    setModal(true);
    setName("practitionerDialog");
    JLabel heading = new JLabel(Messages.get("Practitioner.heading"));
    heading.putClientProperty("FlatLaf.styleClass", "h3");
    JLabel prompt = new JLabel(Messages.get("Practitioner.prompt"));
    prompt.setDisplayedMnemonic(KeyEvent.VK_Y);
    prompt.setLabelFor(name);
    JLabel hint = new JLabel(Messages.get("Practitioner.hint"));
    hint.putClientProperty("FlatLaf.styleClass", "small");
    hint.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
    name.setName("practitioner.name");
    name.setText(initial == null ? "" : initial.strip());
    touched = !name.getText().isEmpty();
    ok.setName("practitioner.ok");
    ok.addActionListener(e -> accept());
    JButton cancel = new JButton(Messages.get("Practitioner.cancel"));
    cancel.setName("practitioner.cancel");
    cancel.addActionListener(e -> dispose());

    JPanel form = new JPanel();
    form.setLayout(new BoxLayout(form, BoxLayout.Y_AXIS));
    for (JComponent part : new JComponent[] {heading, prompt, name, problem.label(), hint}) {
      part.setAlignmentX(LEFT_ALIGNMENT);
    }
    form.add(heading);
    form.add(Box.createVerticalStrut(10));
    form.add(prompt);
    form.add(Box.createVerticalStrut(4));
    form.add(name);
    form.add(Box.createVerticalStrut(2));
    form.add(problem.label());
    form.add(Box.createVerticalStrut(2));
    form.add(hint);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 14));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(form, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);

    TextEdits.onEdit(name, this::edited);
    getRootPane().setDefaultButton(ok);
    getRootPane()
        .registerKeyboardAction(
            e -> dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    check();
    pack();
    setResizable(false);
    setLocationRelativeTo(owner);
  }

  /**
   * Asks for the practitioner's name, offering {@code initial} (may be null); the stripped name, or
   * empty when the user cancels.
   */
  public static Optional<String> ask(Window owner, String initial) {
    PractitionerDialog dialog = new PractitionerDialog(owner, initial);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  /**
   * The practitioner's name kept in {@code meta}; on the first run, when there is none, asks for it
   * and keeps it. Empty when the user cancels the question.
   */
  public static Optional<String> ensure(Window owner, MetaStore meta) {
    Optional<String> stored = meta.practitioner();
    if (stored.isPresent()) {
      return stored;
    }
    Optional<String> answer = ask(owner, null);
    answer.ifPresent(meta::setPractitioner);
    return answer;
  }

  /** What is wrong with a typed practitioner name, or null when it is fine. */
  static String nameProblem(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return Messages.get("Practitioner.name.required");
    }
    if (stripped.length() > Visit.MAX_PRACTITIONER_LENGTH) {
      return Messages.format(
          "Practitioner.name.tooLong", String.valueOf(Visit.MAX_PRACTITIONER_LENGTH));
    }
    return null;
  }

  private void edited() {
    touched = true;
    check();
  }

  private void check() {
    String text = nameProblem(name.getText());
    problem.show(touched ? text : null);
    ok.setEnabled(text == null);
  }

  private void accept() {
    if (nameProblem(name.getText()) == null) {
      result = name.getText().strip();
      dispose();
    }
  }
}
