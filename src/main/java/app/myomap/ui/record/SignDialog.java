package app.myomap.ui.record;

import app.myomap.model.record.Amendment;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * The confirmation before signing: what signing means (the visit can then only be amended) and what
 * is unfinished (carried findings not re-examined, needled points without an entry, no consent,
 * needles not counted), which the practitioner may sign over.
 */
final class SignDialog {
  private SignDialog() {}

  static boolean confirm(Window owner, List<VisitRecord.Gap> gaps, Optional<Amendment> addendum) {
    StringBuilder html = new StringBuilder("<html><body style='width: 340px'>");
    html.append(
        addendum.isPresent()
            ? Messages.format("Record.signDialog.addendum", addendum.get().n())
            : Messages.get("Record.signDialog.visit"));
    if (gaps.isEmpty()) {
      html.append("<p>").append(Messages.get("Record.signDialog.complete")).append("</p>");
    } else {
      html.append("<p><b>")
          .append(Messages.get("Record.signDialog.unfinished"))
          .append("</b></p><ul>");
      for (VisitRecord.Gap gap : gaps) {
        html.append("<li>")
            .append(Messages.format("Record.gap." + gap.kind().name(), gap.count()))
            .append("</li>");
      }
      html.append("</ul>");
    }
    html.append("</body></html>");
    Object[] options = {
      Messages.get(gaps.isEmpty() ? "Record.signDialog.sign" : "Record.signDialog.signAnyway"),
      Messages.get("Record.signDialog.cancel")
    };
    JOptionPane pane =
        new JOptionPane(
            html.toString(),
            gaps.isEmpty() ? JOptionPane.QUESTION_MESSAGE : JOptionPane.WARNING_MESSAGE,
            JOptionPane.YES_NO_OPTION,
            null,
            options,
            options[gaps.isEmpty() ? 0 : 1]);
    JDialog dialog = pane.createDialog(owner, Messages.get("Record.signDialog.title"));
    dialog.setName("signDialog");
    dialog.setVisible(true);
    dialog.dispose();
    return options[0].equals(pane.getValue());
  }
}
