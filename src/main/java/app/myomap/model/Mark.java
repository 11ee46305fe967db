package app.myomap.model;

import java.awt.geom.Point2D;

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

  /** This mark anchored at another position of the same view, everything else unchanged. */
  Mark withPosition(double x, double y);

  /** The anchor as a new point in outline coordinates. */
  default Point2D.Double position() {
    return new Point2D.Double(x(), y());
  }
}
