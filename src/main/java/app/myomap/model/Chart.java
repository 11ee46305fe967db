package app.myomap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marks of one visit over all views, immutable, in the order they were added: within a
 * {@linkplain MarkKind#layer() drawing layer} a later mark is drawn over an earlier one. Every
 * operation returns a new chart.
 *
 * <p>{@link #marks()} holds every mark, carried-forward marks found {@linkplain Mark#isResolved()
 * resolved} at this visit included, because they stay in the visit's record. They are no longer
 * findings: the views of the chart by view and by kind ({@link #marks(BodyView)}, {@link
 * #inDrawingOrder}, {@link #triggerPoints()} and the others) leave them out, and {@link
 * #resolved()} lists them.
 */
public record Chart(List<Mark> marks) {
  private static final Chart EMPTY = new Chart(List.of());

  public Chart {
    marks = List.copyOf(Checks.present(marks, "Chart marks"));
    Set<MarkId> ids = new HashSet<>();
    for (Mark mark : marks) {
      if (!ids.add(mark.id())) {
        throw new IllegalArgumentException("Chart holds mark " + mark.id() + " twice");
      }
    }
  }

  public static Chart empty() {
    return EMPTY;
  }

  public static Chart of(Mark... marks) {
    return new Chart(List.of(marks));
  }

  public int size() {
    return marks.size();
  }

  public boolean isEmpty() {
    return marks.isEmpty();
  }

  /** The findings of one view (resolved marks left out), in chart order. */
  public List<Mark> marks(BodyView view) {
    return marks.stream().filter(m -> m.view() == view && !m.isResolved()).toList();
  }

  /** The carried-forward marks found resolved at this visit, in chart order. */
  public List<Mark> resolved() {
    return marks.stream().filter(Mark::isResolved).toList();
  }

  /** The carried-forward marks not re-examined yet at this visit, in chart order. */
  public List<Mark> awaitingReexamination() {
    return marks.stream().filter(Mark::awaitsReexamination).toList();
  }

  /** The marks of one view in the order they are painted: by layer, then chart order. */
  public List<Mark> inDrawingOrder(BodyView view) {
    List<Mark> ordered = new ArrayList<>(marks(view));
    ordered.sort(Comparator.comparingInt(m -> m.kind().layer()));
    return ordered;
  }

  /** The trigger points of all views (resolved ones left out), in chart order. */
  public List<TriggerPoint> triggerPoints() {
    return ofType(TriggerPoint.class);
  }

  /** The note pins of all views, in chart order. */
  public List<NotePin> notePins() {
    return ofType(NotePin.class);
  }

  /** The referral zones of all views, in chart order. */
  public List<ReferralZone> referralZones() {
    return ofType(ReferralZone.class);
  }

  /** The symptom areas of all views, in chart order. */
  public List<SymptomArea> symptomAreas() {
    return ofType(SymptomArea.class);
  }

  /** The referral zones a trigger point owns, over all views, in chart order. */
  public List<ReferralZone> zonesOf(MarkId triggerPoint) {
    return referralZones().stream().filter(zone -> zone.isOwnedBy(triggerPoint)).toList();
  }

  public Optional<Mark> find(MarkId id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(marks.get(index));
  }

  /**
   * The mark with this id.
   *
   * @throws IllegalArgumentException if the chart has no such mark
   */
  public Mark get(MarkId id) {
    return marks.get(requireIndex(id));
  }

  public boolean contains(MarkId id) {
    return indexOf(id) >= 0;
  }

  /** The position of the mark in chart order, or -1 if the chart has no such mark. */
  public int indexOf(MarkId id) {
    for (int i = 0; i < marks.size(); i++) {
      if (marks.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** This chart with a new mark added on top. */
  public Chart with(Mark mark) {
    return withAt(marks.size(), mark);
  }

  /** This chart with a new mark inserted at a position in chart order (0 = bottom). */
  public Chart withAt(int index, Mark mark) {
    if (index < 0 || index > marks.size()) {
      throw new IllegalArgumentException(
          "Mark position must be between 0 and " + marks.size() + ", got " + index);
    }
    List<Mark> changed = new ArrayList<>(marks);
    changed.add(index, Checks.present(mark, "Mark"));
    return new Chart(changed);
  }

  /** This chart with an existing mark replaced by a new version, keeping its position. */
  public Chart replace(Mark mark) {
    return replaceAll(List.of(mark));
  }

  /** This chart with existing marks replaced by new versions, each keeping its position. */
  public Chart replaceAll(Collection<? extends Mark> versions) {
    Map<MarkId, Mark> byId = new HashMap<>();
    for (Mark version : versions) {
      requireIndex(version.id());
      byId.put(version.id(), version);
    }
    List<Mark> changed = new ArrayList<>(marks.size());
    for (Mark mark : marks) {
      changed.add(byId.getOrDefault(mark.id(), mark));
    }
    return new Chart(changed);
  }

  /** This chart without the given marks, which must all be present. */
  public Chart without(Collection<MarkId> ids) {
    Set<MarkId> removed = Set.copyOf(ids);
    for (MarkId id : removed) {
      requireIndex(id);
    }
    return new Chart(marks.stream().filter(m -> !removed.contains(m.id())).toList());
  }

  private int requireIndex(MarkId id) {
    int index = indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("Chart has no mark " + id);
    }
    return index;
  }

  private <T extends Mark> List<T> ofType(Class<T> type) {
    return marks.stream()
        .filter(m -> type.isInstance(m) && !m.isResolved())
        .map(type::cast)
        .toList();
  }
}
