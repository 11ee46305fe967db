package app.myomap.edit;

import java.awt.geom.Point2D;

/**
 * The referral-zone, symptom-area and eraser tools: a press and drag paints (or erases) with the
 * round brush, and the release applies the whole stroke as one step; a click with Alt starts a
 * polygon, further clicks add points, and a click on the first or the last point (a double click)
 * closes it. The work of each tool lives in the editor's {@link ZonePainter}.
 */
final class ZoneTool implements Tool {
  private final ToolKind kind;
  private final ZonePainter painter;
  private boolean pressed;
  private boolean polygonClick;

  ZoneTool(ToolKind kind, ZonePainter painter) {
    this.kind = kind;
    this.painter = painter;
  }

  @Override
  public void press(Point2D point, Modifiers modifiers) {
    pressed = true;
    polygonClick = painter.inPolygon() || modifiers.alt();
    if (!polygonClick) {
      painter.beginStroke(point);
    }
  }

  @Override
  public void drag(Point2D point, Modifiers modifiers) {
    if (pressed && !polygonClick) {
      painter.extendStroke(point);
    }
  }

  @Override
  public void release(Point2D point, Modifiers modifiers) {
    if (!pressed) {
      return;
    }
    pressed = false;
    if (polygonClick) {
      painter.clickPolygon(kind, point);
    } else {
      painter.finishStroke(kind, point);
    }
  }

  @Override
  public boolean cancel() {
    pressed = false;
    return painter.cancelGesture();
  }
}
