package app.myomap.ui.record;

import app.myomap.model.record.Amendment;
import app.myomap.ui.Messages;
import java.awt.Window;
import java.util.Optional;
import javax.swing.JLabel;

/**
 * Asks why a signed visit is amended. The reason is required: it is kept with the addendum, dated
 * and attributed, and shown wherever the visit is.
 */
final class AmendDialog {
  private AmendDialog() {}

  /** The reason given, or empty when cancelled. */
  static Optional<String> ask(Window owner) {
    return ReasonDialog.ask(
            owner,
            "amendDialog",
            "Record.amendDialog.title",
            new JLabel(Messages.get("Record.amendDialog.explanation")),
            "Record.amendDialog.prompt",
            "amend",
            "ok",
            "Record.amendDialog.ok",
            0,
            "Record.amendDialog.cancel",
            text -> !text.isEmpty() && text.length() <= Amendment.MAX_REASON)
        .map(Amendment::checkedReason);
  }
}
