package app.myomap.tools.atlas;

import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.util.Map;

/**
 * The drawing of one atlas view: its SVG content and its named landmarks in outline coordinates.
 */
public interface ViewDrawing {

  /** The view this drawing produces. */
  BodyView view();

  /** The complete view: silhouette, body elements and regions. */
  SvgView draw();

  /** Named landmarks of this view ("acromion.R", "c7", ...), in the order to write them. */
  Map<String, Point2D> landmarks();
}
