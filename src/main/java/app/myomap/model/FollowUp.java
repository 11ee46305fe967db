package app.myomap.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chart a follow-up visit starts from: every finding of the previous visit (trigger points,
 * referral zones and symptom areas; not its note pins, which were notes of that day, and not what
 * was found resolved there) carried forward as a new mark with a new id that records its origin,
 * not yet re-examined. A carried zone keeps belonging to the carried copy of its trigger point.
 *
 * <p>A trigger point carries what describes it (muscle, side, place, status, diagnostic criteria,
 * note) but not what happened to it at the earlier visit: it is not needled, its twitch response is
 * not tested and it has no pressure-pain threshold until this visit records them.
 */
public final class FollowUp {
  private FollowUp() {}

  /** The marks that start a follow-up of visit {@code previousVisitId}, whose chart was this. */
  public static Chart carriedForward(String previousVisitId, Chart previous) {
    Checks.uuid(previousVisitId, "Previous visit id");
    Map<MarkId, MarkId> newIds = new HashMap<>();
    for (Mark mark : previous.marks()) {
      if (carries(mark)) {
        newIds.put(mark.id(), MarkId.random());
      }
    }
    List<Mark> carried = new ArrayList<>();
    for (Mark mark : previous.marks()) {
      if (!carries(mark)) {
        continue;
      }
      Optional<Carry> carry = Optional.of(Carry.from(previousVisitId, mark));
      MarkId id = newIds.get(mark.id());
      carried.add(copy(mark, newIds, carry));
    }
    return new Chart(carried);
  }

  private static Mark copy(Mark mark, Map<MarkId, MarkId> newIds, Optional<Carry> carry) {
    MarkId id = newIds.get(mark.id());
    if (mark instanceof TriggerPoint tp) {
      return new TriggerPoint(
          id,
          tp.view(),
          tp.x(),
          tp.y(),
          tp.muscle(),
          tp.side(),
          tp.status(),
          tp.criteria(),
          Optional.empty(),
          false,
          tp.examiner(),
          tp.note(),
          TwitchResponse.notTested(),
          carry);
    }
    if (mark instanceof ReferralZone zone) {
      return new ReferralZone(
          id,
          zone.view(),
          zone.shape(),
          zone.owner().map(newIds::get),
          zone.referralKind(),
          zone.sensation(),
          zone.intensity(),
          carry);
    }
    SymptomArea area = (SymptomArea) mark;
    return new SymptomArea(
        id, area.view(), area.shape(), area.sensation(), area.intensity(), area.constancy(), carry);
  }

  private static boolean carries(Mark mark) {
    return !(mark instanceof NotePin) && !mark.isResolved();
  }
}
