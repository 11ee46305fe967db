package app.myomap.ui.record;

import app.myomap.model.record.CorrectionStatement;
import app.myomap.ui.Messages;
import app.myomap.ui.WrappingLabel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * The patient's correction statements attached to the open visit, shown above its record so that
 * whoever reads the visit reads them too; hidden while there are none.
 */
final class CorrectionsView extends JPanel {
  private static final long serialVersionUID = 1L;
  private static final int WIDTH = 520;

  CorrectionsView() {
    setName("record.corrections");
    setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
    setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createMatteBorder(
                0, 3, 0, 0, UIManager.getColor("Component.warning.focusedBorderColor")),
            BorderFactory.createEmptyBorder(4, 8, 4, 4)));
    setVisible(false);
  }

  /** Shows {@code statements}, oldest first; hides the view when there are none. */
  void show(List<CorrectionStatement> statements) {
    removeAll();
    if (!statements.isEmpty()) {
      JLabel title = new JLabel(Messages.get("Record.corrections"));
      title.putClientProperty("FlatLaf.styleClass", "h4");
      title.setAlignmentX(LEFT_ALIGNMENT);
      add(title);
      DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
      for (CorrectionStatement s : statements) {
        WrappingLabel line = new WrappingLabel(WIDTH);
        line.setName("record.correction." + s.n());
        StringBuilder text =
            new StringBuilder(
                    Messages.format(
                        "Record.correction.line", s.n(), day.format(s.receivedOn()), s.author()))
                .append(" \u201c")
                .append(s.statement())
                .append('\u201d');
        s.response()
            .ifPresent(
                r -> text.append(' ').append(Messages.format("Record.correction.response", r)));
        line.setText(text.toString());
        line.setToolTipText(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(s.recordedAt().atZone(ZoneId.systemDefault())));
        // As wide as the view, as tall as its lines at that width.
        line.setAlignmentX(LEFT_ALIGNMENT);
        line.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, Integer.MAX_VALUE));
        add(line);
      }
    }
    setVisible(!statements.isEmpty());
    revalidate();
    repaint();
  }
}
