package app.myomap.tools.atlas;

import java.awt.geom.Point2D;
import java.util.LinkedHashMap;
import java.util.Map;

/** Landmarks of the views that show both sides side by side as mirror images (hand, foot). */
final class SideLandmarks {

  private SideLandmarks() {}

  /**
   * The right-side landmarks named "name.R", rounded, followed by their exact mirrors about {@code
   * axisX} named "name.L".
   */
  static Map<String, Point2D> bothSides(Map<String, Point2D> right, double axisX) {
    Map<String, Point2D> result = new LinkedHashMap<>();
    right.forEach(
        (name, p) ->
            result.put(
                name + ".R", new Point2D.Double(Curves.round(p.getX()), Curves.round(p.getY()))));
    right.forEach(
        (name, p) ->
            result.put(
                name + ".L",
                new Point2D.Double(
                    Curves.round(2 * axisX - Curves.round(p.getX())), Curves.round(p.getY()))));
    return result;
  }
}
