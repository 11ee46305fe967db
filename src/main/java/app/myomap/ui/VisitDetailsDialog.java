package app.myomap.ui;

import app.myomap.model.Visit;
import app.myomap.model.VisitDetails;
import app.myomap.model.VisitType;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The modal form for a visit's details: the day and time the session took place (yyyy-mm-dd and
 * hh:mm in the local zone), the kind of visit and its reason, each checked as it is typed. When
 * entries were written is not asked: the history keeps that.
 */
public final class VisitDetailsDialog extends JDialog {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final ZoneId zone;
  private final JTextField date = new JTextField(12);
  private final JTextField time = new JTextField(6);
  private final JComboBox<VisitType> type = new JComboBox<>(VisitType.values());
  private final JTextField reason = new JTextField(30);
  private final FieldProblem dateProblem = new FieldProblem(date, "visitDetails.date.error");
  private final FieldProblem timeProblem = new FieldProblem(time, "visitDetails.time.error");
  private final FieldProblem reasonProblem = new FieldProblem(reason, "visitDetails.reason.error");
  private final JButton ok;
  private VisitDetails result;

  private VisitDetailsDialog(Window owner, VisitDetails current, ZoneId zone) {
    super(owner, Messages.get("VisitDetails.title"));
    setModal(true);
    setName("visitDetailsDialog");
    this.zone = zone;
    LocalDateTime local = LocalDateTime.ofInstant(current.sessionAt(), zone);
    date.setName("visitDetails.date");
    date.setText(local.toLocalDate().toString());
    time.setName("visitDetails.time");
    time.setText(TIME.format(local));
    type.setName("visitDetails.type");
    type.setRenderer(new EnumNameRenderer<>("VisitType."));
    type.setSelectedItem(current.type());
    reason.setName("visitDetails.reason");
    reason.setText(current.reason());
    ok = button("VisitDetails.save", "visitDetails.ok", this::accept);
    JButton cancel = button("VisitDetails.cancel", "visitDetails.cancel", this::dispose);

    JPanel form = new JPanel(new GridBagLayout());
    addField(form, 0, "VisitDetails.date", KeyEvent.VK_D, date, dateProblem);
    addField(form, 1, "VisitDetails.time", KeyEvent.VK_T, time, timeProblem);
    addField(form, 2, "VisitDetails.type", KeyEvent.VK_K, type, null);
    addField(form, 3, "VisitDetails.reason", KeyEvent.VK_R, reason, reasonProblem);
    JLabel hint = new JLabel(Messages.get("VisitDetails.hint"));
    hint.putClientProperty("FlatLaf.styleClass", "small");
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    JPanel south = new JPanel(new BorderLayout(0, 8));
    south.add(hint, BorderLayout.NORTH);
    south.add(buttons, BorderLayout.SOUTH);
    JPanel content = new JPanel(new BorderLayout(0, 10));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(form, BorderLayout.CENTER);
    content.add(south, BorderLayout.SOUTH);
    setContentPane(content);
    for (JTextField field : new JTextField[] {date, time, reason}) {
      TextEdits.onEdit(field, this::check);
    }
    getRootPane().setDefaultButton(ok);
    Dialogs.closeOnEscape(this);
    check();
    pack();
    setResizable(false);
    setLocationRelativeTo(owner);
  }

  /**
   * Asks for new details of a visit whose details are {@code current} (or, never recorded, its
   * start as an initial visit); times in {@code zone}. Empty when the user cancels.
   */
  public static Optional<VisitDetails> edit(
      Window owner, Visit visit, Optional<VisitDetails> current, ZoneId zone) {
    VisitDetailsDialog dialog =
        new VisitDetailsDialog(
            owner, current.orElse(VisitDetails.startOf(visit, VisitType.INITIAL)), zone);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  /** What is wrong with a typed day, or null when it is fine. */
  static String dateProblem(String text) {
    try {
      LocalDate.parse(text.strip());
      return null;
    } catch (DateTimeException e) {
      return Messages.get("VisitDetails.date.error");
    }
  }

  /** What is wrong with a typed time of day, or null when it is fine. */
  static String timeProblem(String text) {
    try {
      LocalTime.parse(text.strip(), TIME);
      return null;
    } catch (DateTimeException e) {
      return Messages.get("VisitDetails.time.error");
    }
  }

  private void check() {
    String dateText = dateProblem(date.getText());
    String timeText = timeProblem(time.getText());
    String reasonText =
        reason.getText().strip().length() > VisitDetails.MAX_REASON_LENGTH
            ? Messages.format(
                "VisitDetails.reason.tooLong", String.valueOf(VisitDetails.MAX_REASON_LENGTH))
            : null;
    if (dateText == null && timeText == null && sessionAt().isBefore(Visit.EARLIEST_START)) {
      dateText = Messages.get("VisitDetails.date.error");
    }
    dateProblem.show(dateText);
    timeProblem.show(timeText);
    reasonProblem.show(reasonText);
    ok.setEnabled(dateText == null && timeText == null && reasonText == null);
  }

  private Instant sessionAt() {
    return LocalDateTime.of(
            LocalDate.parse(date.getText().strip()), LocalTime.parse(time.getText().strip(), TIME))
        .atZone(zone)
        .toInstant();
  }

  private void accept() {
    check();
    if (!ok.isEnabled()) {
      return;
    }
    result = new VisitDetails(sessionAt(), (VisitType) type.getSelectedItem(), reason.getText());
    dispose();
  }

  private static void addField(
      JPanel form, int row, String labelKey, int mnemonic, JComponent field, FieldProblem problem) {
    JLabel label = new JLabel(Messages.get(labelKey));
    label.setDisplayedMnemonic(mnemonic);
    label.setLabelFor(field);
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row * 2;
    c.gridx = 0;
    c.anchor = GridBagConstraints.LINE_START;
    c.insets = new Insets(row == 0 ? 0 : 8, 0, 0, 10);
    form.add(label, c);
    c.gridx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    c.insets = new Insets(row == 0 ? 0 : 8, 0, 0, 0);
    form.add(field, c);
    if (problem != null) {
      c.gridy = row * 2 + 1;
      c.insets = new Insets(2, 2, 0, 0);
      form.add(problem.label(), c);
    }
  }

  private static JButton button(String textKey, String name, Runnable action) {
    JButton button = new JButton(Messages.get(textKey));
    button.setName(name);
    button.addActionListener(e -> action.run());
    return button;
  }
}
