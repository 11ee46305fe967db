package app.myomap.model.record;

import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current clinical record of one visit beside its chart: the newest version of each entry not
 * removed, in the order the entries were first written.
 */
public record VisitRecord(List<StoredEntry> entries) {

  public VisitRecord {
    entries = List.copyOf(entries);
    for (RecordSection section : RecordSection.values()) {
      if (section.single() && entries.stream().filter(e -> e.section() == section).count() > 1) {
        throw new IllegalArgumentException("A visit has one " + section.id() + " entry at most");
      }
    }
  }

  public static VisitRecord empty() {
    return new VisitRecord(List.of());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entry of a single section, if written. */
  public Optional<StoredEntry> single(RecordSection section) {
    if (!section.single()) {
      throw new IllegalArgumentException(section.id() + " holds many entries");
    }
    return entries.stream().filter(e -> e.section() == section).findFirst();
  }

  /** The entry of a single section as its type, if written. */
  public <T extends RecordEntry> Optional<T> single(Class<T> type) {
    return entries.stream()
        .map(StoredEntry::entry)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst();
  }

  /** Every entry of a section, in the order first written. */
  public List<StoredEntry> all(RecordSection section) {
    return entries.stream().filter(e -> e.section() == section).toList();
  }

  /** The needling entry of a trigger point, if one was written. */
  public Optional<StoredEntry> needlingOf(MarkId point) {
    return entries.stream()
        .filter(e -> e.entry() instanceof NeedlingEntry n && n.point().equals(point))
        .findFirst();
  }

  /**
   * The screening answers that keep any point from being marked needled: present absolute
   * contraindications without an override reason. Empty when the visit was not screened.
   */
  public List<Screening.Answer> needlingBlockers() {
    return single(Screening.class).map(Screening::blockers).orElse(List.of());
  }

  /** The entry with this id. */
  public Optional<StoredEntry> find(String entryId) {
    return entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst();
  }

  /**
   * What a practitioner should finish before signing the visit with {@code chart}: carried findings
   * not re-examined, needled points without a needling entry, needling entries whose point is no
   * longer a needled trigger point, needling without consent, needles not counted, and, when the
   * patient's visit before this one included needling ({@code followsNeedling}), how they fared
   * since it not asked.
   */
  public List<Gap> unfinished(Chart chart, boolean followsNeedling) {
    List<Gap> gaps = new ArrayList<>();
    int carried = chart.awaitingReexamination().size();
    if (carried > 0) {
      gaps.add(new Gap(Gap.Kind.CARRIED_NOT_REEXAMINED, carried));
    }
    List<TriggerPoint> needled =
        chart.triggerPoints().stream().filter(TriggerPoint::needled).toList();
    long withoutEntry = needled.stream().filter(tp -> needlingOf(tp.id()).isEmpty()).count();
    if (withoutEntry > 0) {
      gaps.add(new Gap(Gap.Kind.NEEDLED_WITHOUT_ENTRY, (int) withoutEntry));
    }
    Collection<MarkId> needledIds = needled.stream().map(TriggerPoint::id).toList();
    long orphaned =
        all(RecordSection.NEEDLING).stream()
            .filter(e -> !needledIds.contains(((NeedlingEntry) e.entry()).point()))
            .count();
    if (orphaned > 0) {
      gaps.add(new Gap(Gap.Kind.ENTRY_WITHOUT_NEEDLED_POINT, (int) orphaned));
    }
    boolean anyNeedling = !needled.isEmpty() || !all(RecordSection.NEEDLING).isEmpty();
    if (anyNeedling && single(RecordSection.CONSENT).isEmpty()) {
      gaps.add(new Gap(Gap.Kind.NO_CONSENT, 1));
    }
    if (anyNeedling && !single(AfterCare.class).map(AfterCare::needlesAccounted).orElse(false)) {
      gaps.add(new Gap(Gap.Kind.NEEDLES_NOT_ACCOUNTED, 1));
    }
    if (followsNeedling && single(RecordSection.SINCE_LAST_VISIT).isEmpty()) {
      gaps.add(new Gap(Gap.Kind.SINCE_LAST_NEEDLING_NOT_ASKED, 1));
    }
    return gaps;
  }

  /** One thing left unfinished, and how many of it. */
  public record Gap(Kind kind, int count) {
    public enum Kind {
      CARRIED_NOT_REEXAMINED,
      NEEDLED_WITHOUT_ENTRY,
      ENTRY_WITHOUT_NEEDLED_POINT,
      NO_CONSENT,
      NEEDLES_NOT_ACCOUNTED,
      SINCE_LAST_NEEDLING_NOT_ASKED
    }
  }
}
