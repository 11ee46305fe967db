package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.util.List;
import java.util.Optional;

/**
 * Asks the practitioner which trigger point a referral zone belongs to: when a zone is painted with
 * no trigger point selected and no owner kept, or when the owner is changed; the UI implements it
 * with a list of the chart's points ordered by {@link OwnerCandidates}.
 */
@FunctionalInterface
public interface OwnerChooser {

  /**
   * The chosen trigger point, or empty if the practitioner cancelled, in which case the stroke is
   * discarded.
   *
   * @param view the view the zone was painted on
   * @param side the side the zone lies on, whose points are listed first; empty if unknown
   * @param candidates every trigger point of the chart, all views, in chart order (maybe none)
   * @param suggested the owner kept for the next strokes or the zone's owner, if still on the chart
   */
  Optional<MarkId> choose(
      BodyView view,
      Optional<Side> side,
      List<TriggerPoint> candidates,
      Optional<MarkId> suggested);
}
