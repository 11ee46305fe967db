package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.util.Objects;

/**
 * A typical trigger-point site of a muscle and side on one view: a circular target area in outline
 * units, where that muscle is the one a practitioner means under a click.
 */
public record TriggerPointSite(
    String muscleId, BodyView view, Side side, double x, double y, double radius) {

  public TriggerPointSite {
    Objects.requireNonNull(muscleId, "muscleId");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(side, "side");
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("site centre is not a finite point");
    }
    if (!(radius > 0) || !Double.isFinite(radius)) {
      throw new IllegalArgumentException("site radius must be a positive number: " + radius);
    }
  }

  /**
   * How far a point lies from the centre, as a fraction of the radius: 0 at the centre, 1 on the
   * rim, more than 1 outside.
   */
  public double distanceRatio(double xOutline, double yOutline) {
    return Math.hypot(xOutline - x, yOutline - y) / radius;
  }
}
