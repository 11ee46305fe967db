package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.util.Objects;
import java.util.Optional;

/**
 * The trigger point whose referral zones are being painted, kept for one chart from stroke to
 * stroke and across views until the practitioner picks another, so the owner is asked only once; a
 * new visit has a new editor and so starts with no owner kept.
 */
public final class ZoneOwners {
  private MarkId kept;

  /** Keeps {@code owner} for the strokes that follow. */
  public void keep(MarkId owner) {
    kept = Objects.requireNonNull(owner, "owner");
  }

  /** Forgets the kept owner: the next stroke with no trigger point selected asks again. */
  public void forget() {
    kept = null;
  }

  /**
   * The kept owner while it is still a trigger point of {@code chart} (it may have been deleted).
   */
  public Optional<MarkId> kept(Chart chart) {
    return Optional.ofNullable(kept)
        .filter(id -> chart.find(id).filter(TriggerPoint.class::isInstance).isPresent());
  }
}
