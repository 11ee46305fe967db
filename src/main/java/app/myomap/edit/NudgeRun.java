package app.myomap.edit;

import app.myomap.model.MarkId;
import java.util.Set;

/**
 * Arrow-key nudges in a row as one undo step, as a drag is one: the run goes on while the same
 * marks are nudged and no other step (an edit, an undo, a redo) was taken since its last nudge.
 *
 * @param move the merged move of the whole run, the step on top of the history
 * @param ids the marks the run moves
 * @param stepsAfter the runner's step count right after the run's last nudge
 */
record NudgeRun(MoveMarks move, Set<MarkId> ids, long stepsAfter) {

  NudgeRun {
    ids = Set.copyOf(ids);
  }

  /** Whether a nudge of {@code nudged}, with the runner at {@code steps}, continues this run. */
  boolean continuesWith(Set<MarkId> nudged, long steps) {
    return steps == stepsAfter && ids.equals(nudged);
  }

  /** The move of the run grown by one more nudge. */
  MoveMarks extendedBy(double dx, double dy) {
    return move.withOffset(move.dx() + dx, move.dy() + dy);
  }
}
