package app.myomap.chart;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The marks highlighted together with the selection: selecting a trigger point highlights its
 * referral zones, and selecting a referral zone highlights its trigger point.
 */
public final class ZoneLinks {
  private ZoneLinks() {}

  /**
   * The marks linked to {@code selected} and not selected themselves, in chart order of discovery:
   * the owners of selected referral zones and the referral zones of selected trigger points. A
   * canvas repaints these too when the selection changes.
   */
  public static Set<MarkId> linked(Chart chart, Collection<MarkId> selected) {
    Set<MarkId> linked = new LinkedHashSet<>();
    for (MarkId id : selected) {
      Optional<Mark> mark = chart.find(id);
      if (mark.isPresent() && mark.get() instanceof TriggerPoint) {
        chart.zonesOf(id).forEach(zone -> linked.add(zone.id()));
      } else if (mark.isPresent() && mark.get() instanceof ReferralZone zone) {
        zone.owner().filter(chart::contains).ifPresent(linked::add);
      }
    }
    linked.removeAll(selected);
    return linked;
  }
}
