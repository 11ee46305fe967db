package app.myomap.ui.record;

import app.myomap.model.record.Screening;
import app.myomap.ui.Messages;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.JLabel;

/**
 * Says that the screening found an absolute contraindication, so the point is not marked needled,
 * and offers to override it with a reason that is kept in the visit's screening.
 */
final class NeedlingBlockedDialog {
  private NeedlingBlockedDialog() {}

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The reason to needle despite {@code blockers}, or empty when the practitioner cancelled. */
  static Optional<String> ask(Window owner, List<Screening.Answer> blockers) {
    String items =
        blockers.stream()
            .map(a -> "<li>" + escape(a.item().words()) + "</li>")
            .collect(Collectors.joining());
    JLabel explanation = new JLabel(Messages.format("Record.blocked.explanation", items));
    explanation.setName("needlingBlocked.explanation");
    return ReasonDialog.ask(
        owner,
        "needlingBlocked",
        "Record.blocked.title",
        explanation,
        "Record.blocked.prompt",
        "needlingBlocked",
        "override",
        "Record.blocked.override",
        KeyEvent.VK_O,
        "Record.blocked.cancel",
        text -> !text.isEmpty());
  }
}
