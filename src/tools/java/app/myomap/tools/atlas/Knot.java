package app.myomap.tools.atlas;

/**
 * One on-curve point of a smooth contour; a corner knot breaks the tangent (crotch, armpit, cleft).
 */
public record Knot(double x, double y, boolean corner) {

  /** A smooth on-curve point. */
  public static Knot p(double x, double y) {
    return new Knot(x, y, false);
  }

  /** A corner point: the curve meets it from each side without tangent continuity. */
  public static Knot c(double x, double y) {
    return new Knot(x, y, true);
  }

  /** This knot reflected about the vertical line {@code x = axisX}. */
  public Knot mirrored(double axisX) {
    return new Knot(2 * axisX - x, y, corner);
  }
}
