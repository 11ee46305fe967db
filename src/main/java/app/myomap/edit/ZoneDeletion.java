package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the one undoable step of deleting marks when some are trigger points that own referral
 * zones not being deleted with them: the {@link ZoneOwnershipPrompt} decides whether those zones go
 * too or stay unowned; undo restores points, zones and owners exactly.
 */
final class ZoneDeletion {
  private ZoneDeletion() {}

  /** The deletion of {@code ids}, or empty when there is nothing to delete or it was cancelled. */
  static Optional<Command> command(Chart chart, Set<MarkId> ids, ZoneOwnershipPrompt prompt) {
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    List<TriggerPoint> owners = new ArrayList<>();
    List<ReferralZone> orphans = new ArrayList<>();
    for (MarkId id : ids) {
      if (chart.get(id) instanceof TriggerPoint point) {
        List<ReferralZone> owned =
            chart.zonesOf(id).stream().filter(zone -> !ids.contains(zone.id())).toList();
        if (!owned.isEmpty()) {
          owners.add(point);
          orphans.addAll(owned);
        }
      }
    }
    if (orphans.isEmpty()) {
      return Optional.of(RemoveMarks.of(chart, ids));
    }
    switch (prompt.ask(List.copyOf(owners), List.copyOf(orphans))) {
      case DELETE_ZONES -> {
        Set<MarkId> all = new LinkedHashSet<>(ids);
        orphans.forEach(zone -> all.add(zone.id()));
        return Optional.of(RemoveMarks.of(chart, all));
      }
      case KEEP_UNOWNED -> {
        List<Command> steps = new ArrayList<>();
        for (ReferralZone zone : orphans) {
          steps.add(new ReplaceMark(zone, zone.withOwner(Optional.empty())));
        }
        RemoveMarks removal = RemoveMarks.of(chart, ids);
        steps.add(removal);
        List<Mark> deleted = removal.removals().stream().map(RemoveMarks.Removal::mark).toList();
        return Optional.of(new CompositeCommand(steps, CommandLabel.forMarks("delete", deleted)));
      }
      case CANCEL -> {
        return Optional.empty();
      }
      default -> throw new IllegalStateException("Unknown answer");
    }
  }
}
