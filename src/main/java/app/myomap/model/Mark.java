package app.myomap.model;

import java.awt.geom.Point2D;
import java.util.Optional;

/**
 * Something charted on one view at a position in that view's outline coordinates (never pixels),
 * identified by a {@link MarkId} that stays the same across edits.
 */
public sealed interface Mark permits TriggerPoint, NotePin, Zone {

  MarkId id();

  BodyView view();

  /** The x anchor in outline coordinates of {@link #view()}. */
  double x();

  /** The y anchor in outline coordinates of {@link #view()}. */
  double y();

  MarkKind kind();

  /** Where the mark was carried forward from and what re-examining it found; empty if new. */
  Optional<Carry> carry();

  /** This mark with another lineage or re-examination state, everything else unchanged. */
  Mark withCarry(Optional<Carry> carry);

  /** Whether the mark was carried forward and has not been re-examined at this visit yet. */
  default boolean awaitsReexamination() {
    return carry().filter(c -> c.state() == CarryState.NOT_REEXAMINED).isPresent();
  }

  /** Whether the mark was carried forward and found resolved: history, no longer a finding. */
  default boolean isResolved() {
    return carry().filter(c -> c.state() == CarryState.RESOLVED).isPresent();
  }

  /** This mark with its re-examination state changed; a mark charted at this visit unchanged. */
  default Mark withCarryState(CarryState state) {
    return carry().map(c -> withCarry(Optional.of(c.with(state)))).orElse(this);
  }

  /** This mark anchored at another position of the same view, everything else unchanged. */
  Mark withPosition(double x, double y);

  /** The anchor as a new point in outline coordinates. */
  default Point2D.Double position() {
    return new Point2D.Double(x(), y());
  }
}
