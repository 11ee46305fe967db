package app.myomap.edit;

import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import java.util.List;

/**
 * Asks the practitioner what to do with the referral zones of trigger points being deleted; the UI
 * implements it with a dialog.
 */
@FunctionalInterface
public interface ZoneOwnershipPrompt {

  /** What to do with {@code zones}, all owned by some of the {@code owners} being deleted. */
  Answer ask(List<TriggerPoint> owners, List<ReferralZone> zones);

  /** The practitioner's answer. */
  enum Answer {
    /** Delete the zones with their trigger points. */
    DELETE_ZONES,
    /** Keep the zones on the chart, owned by no trigger point. */
    KEEP_UNOWNED,
    /** Delete nothing. */
    CANCEL
  }
}
