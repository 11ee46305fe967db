package app.myomap.model;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A myofascial trigger point charted on a muscle and side of one view, with the findings of its
 * examination.
 *
 * @param examiner who examined the point (the practitioner unless another examiner is recorded)
 * @param note free text, empty when there is none
 */
public record TriggerPoint(
    MarkId id,
    BodyView view,
    double x,
    double y,
    MuscleRef muscle,
    Side side,
    TriggerPointStatus status,
    Set<TriggerPointCriterion> criteria,
    Optional<PressurePainThreshold> pressurePainThreshold,
    boolean needled,
    String examiner,
    String note,
    TwitchResponse twitch,
    Optional<Carry> carry)
    implements Mark {

  public static final int MAX_EXAMINER_LENGTH = 200;
  public static final int MAX_NOTE_LENGTH = 2000;

  public TriggerPoint {
    Checks.present(id, "Trigger point id");
    Checks.present(view, "Trigger point view");
    Checks.finite(x, "Trigger point x");
    Checks.finite(y, "Trigger point y");
    Checks.present(muscle, "Trigger point muscle");
    Checks.present(side, "Trigger point side");
    Checks.present(status, "Trigger point status");
    criteria = Checks.enumSet(criteria, TriggerPointCriterion.class, "Trigger point criteria");
    Checks.present(pressurePainThreshold, "Trigger point pressure-pain threshold");
    examiner = Checks.requiredText(examiner, "Trigger point examiner", MAX_EXAMINER_LENGTH);
    note = Checks.optionalText(note, "Trigger point note", MAX_NOTE_LENGTH);
    Checks.present(twitch, "Trigger point twitch response");
    Checks.present(carry, "Trigger point lineage");
  }

  /** A trigger point charted at this visit, not carried forward from an earlier one. */
  public TriggerPoint(
      MarkId id,
      BodyView view,
      double x,
      double y,
      MuscleRef muscle,
      Side side,
      TriggerPointStatus status,
      Set<TriggerPointCriterion> criteria,
      Optional<PressurePainThreshold> pressurePainThreshold,
      boolean needled,
      String examiner,
      String note,
      TwitchResponse twitch) {
    this(
        id,
        view,
        x,
        y,
        muscle,
        side,
        status,
        criteria,
        pressurePainThreshold,
        needled,
        examiner,
        note,
        twitch,
        Optional.empty());
  }

  /**
   * A newly placed, active trigger point with no criteria, threshold, twitch test or note yet, not
   * needled.
   */
  public static TriggerPoint place(
      MarkId id, BodyView view, double x, double y, MuscleRef muscle, Side side, String examiner) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        TriggerPointStatus.ACTIVE,
        Set.of(),
        Optional.empty(),
        false,
        examiner,
        "",
        TwitchResponse.notTested(),
        Optional.empty());
  }

  @Override
  public MarkKind kind() {
    return MarkKind.TRIGGER_POINT;
  }

  @Override
  public TriggerPoint withCarry(Optional<Carry> newCarry) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        status,
        criteria,
        pressurePainThreshold,
        needled,
        examiner,
        note,
        twitch,
        newCarry);
  }

  @Override
  public TriggerPoint withPosition(double newX, double newY) {
    return new TriggerPoint(
        id,
        view,
        newX,
        newY,
        muscle,
        side,
        status,
        criteria,
        pressurePainThreshold,
        needled,
        examiner,
        note,
        twitch,
        carry);
  }

  public TriggerPoint withMuscle(MuscleRef newMuscle, Side newSide) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        newMuscle,
        newSide,
        status,
        criteria,
        pressurePainThreshold,
        needled,
        examiner,
        note,
        twitch,
        carry);
  }

  public TriggerPoint withStatus(TriggerPointStatus newStatus) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        newStatus,
        criteria,
        pressurePainThreshold,
        needled,
        examiner,
        note,
        twitch,
        carry);
  }

  public TriggerPoint withCriteria(Set<TriggerPointCriterion> newCriteria) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        status,
        newCriteria,
        pressurePainThreshold,
        needled,
        examiner,
        note,
        twitch,
        carry);
  }

  /** This point with the criterion added when {@code positive}, removed otherwise. */
  public TriggerPoint withCriterion(TriggerPointCriterion criterion, boolean positive) {
    Set<TriggerPointCriterion> changed = new HashSet<>(criteria);
    if (positive) {
      changed.add(Checks.present(criterion, "Trigger point criterion"));
    } else {
      changed.remove(criterion);
    }
    return withCriteria(changed);
  }

  public TriggerPoint withPressurePainThreshold(Optional<PressurePainThreshold> threshold) {
    return new TriggerPoint(
        id, view, x, y, muscle, side, status, criteria, threshold, needled, examiner, note, twitch,
        carry);
  }

  public TriggerPoint withNeedled(boolean newNeedled) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        status,
        criteria,
        pressurePainThreshold,
        newNeedled,
        examiner,
        note,
        twitch,
        carry);
  }

  public TriggerPoint withExaminer(String newExaminer) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        status,
        criteria,
        pressurePainThreshold,
        needled,
        newExaminer,
        note,
        twitch,
        carry);
  }

  public TriggerPoint withNote(String newNote) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        status,
        criteria,
        pressurePainThreshold,
        needled,
        examiner,
        newNote,
        twitch,
        carry);
  }

  public TriggerPoint withTwitch(TwitchResponse newTwitch) {
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        muscle,
        side,
        status,
        criteria,
        pressurePainThreshold,
        needled,
        examiner,
        note,
        newTwitch,
        carry);
  }
}
