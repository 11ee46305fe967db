package app.myomap.ui;

import app.myomap.edit.ZoneOwnershipPrompt;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import java.awt.Frame;
import java.util.List;
import javax.swing.JOptionPane;

/** Asks what to do with the referral zones of trigger points being deleted. */
final class OwnershipDialog implements ZoneOwnershipPrompt {
  private final Frame owner;

  OwnershipDialog(Frame owner) {
    this.owner = owner;
  }

  @Override
  public Answer ask(List<TriggerPoint> owners, List<ReferralZone> zones) {
    String[] options = {
      Messages.get("Ownership.delete"),
      Messages.get("Ownership.keep"),
      Messages.get("Ownership.cancel")
    };
    int choice =
        JOptionPane.showOptionDialog(
            owner,
            Messages.format("Ownership.message", owners.size(), zones.size()),
            Messages.get("Ownership.title"),
            JOptionPane.YES_NO_CANCEL_OPTION,
            JOptionPane.QUESTION_MESSAGE,
            null,
            options,
            options[0]);
    return switch (choice) {
      case 0 -> Answer.DELETE_ZONES;
      case 1 -> Answer.KEEP_UNOWNED;
      default -> Answer.CANCEL;
    };
  }
}
