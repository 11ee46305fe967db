package app.myomap.tools.atlas;

import java.awt.Shape;

/** The stroke styles of the body layer, from the firm inner contour to the faint orienting line. */
enum Style {
  /** Inner contour: ear, knee cap, limb over torso. */
  CONTOUR(SvgView.CONTOUR, 0.9, null),
  /** A softer inner contour for secondary forms (finger separations, muscle borders). */
  LIGHT_CONTOUR("#8e8e8e", 0.75, null),
  /** Landmark line a practitioner orients by. */
  LANDMARK(SvgView.LANDMARK, 0.7, null),
  /** Dashed landmark line. */
  DASHED(SvgView.LANDMARK, 0.7, "3 2.5"),
  /** The faintest detail: facial features, creases. */
  LIGHT("#c4c4c4", 0.6, null);

  private final String colour;
  private final double width;
  private final String dash;

  Style(String colour, double width, String dash) {
    this.colour = colour;
    this.width = width;
    this.dash = dash;
  }

  void draw(SvgView svg, Shape shape) {
    svg.stroke(shape, colour, width, dash);
  }
}
