package app.myomap.session;

import app.myomap.model.BodyView;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import java.util.List;
import java.util.OptionalInt;

/**
 * One trigger point's life across the visits of a patient: the muscle, side and view it was charted
 * on, and a cell per visit, oldest first. A point followed from one visit to the next by the
 * matcher stays on its row; once resolved, a point found again later starts a new row.
 *
 * @param muscleName the muscle's name in the atlas catalogue of the last visit the point was
 *     charted at (its id when that catalogue lacks it)
 * @param cells one per visit of the history, in the same order as {@link PatientHistory#visits()}
 */
public record TimelineRow(
    MuscleRef muscle, String muscleName, Side side, BodyView view, List<TimelineCell> cells) {

  public TimelineRow {
    cells = List.copyOf(cells);
  }

  /** The index of the first visit the point was charted at. */
  public int firstVisit() {
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).state().present()) {
        return i;
      }
    }
    throw new IllegalStateException("A timeline row is charted at one visit at least");
  }

  /** The index of the last visit the point was charted at. */
  public int lastVisit() {
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (cells.get(i).state().present()) {
        return i;
      }
    }
    throw new IllegalStateException("A timeline row is charted at one visit at least");
  }

  /** The index of the visit the point was found resolved at; empty while it is still charted. */
  public OptionalInt resolvedAt() {
    int next = lastVisit() + 1;
    return next < cells.size() ? OptionalInt.of(next) : OptionalInt.empty();
  }
}
