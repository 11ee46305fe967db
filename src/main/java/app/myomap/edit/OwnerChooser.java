package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.util.List;
import java.util.Optional;

/**
 * Asks the practitioner which trigger point a referral zone just painted belongs to, when no
 * trigger point is selected; the UI implements it with a list of the chart's points.
 */
@FunctionalInterface
public interface OwnerChooser {

  /**
   * The chosen trigger point, or empty if the practitioner cancelled, in which case the stroke is
   * discarded.
   *
   * @param view the view the zone was painted on
   * @param candidates every trigger point of the chart, all views, in chart order (maybe none)
   * @param suggested the point that owned the last zone painted, if it is still on the chart
   */
  Optional<MarkId> choose(BodyView view, List<TriggerPoint> candidates, Optional<MarkId> suggested);
}
