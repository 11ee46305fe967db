package app.myomap.edit;

import java.awt.geom.Point2D;

/** How one tool of the editor reacts to pointer input in outline coordinates. */
interface Tool {

  void press(Point2D point, Modifiers modifiers);

  void drag(Point2D point, Modifiers modifiers);

  void release(Point2D point, Modifiers modifiers);

  /**
   * Abandons a gesture in progress, putting back the chart and selection it changed.
   *
   * @return whether there was a gesture to abandon
   */
  boolean cancel();
}
