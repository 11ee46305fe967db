package app.myomap.edit;

import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * The referral-zone, symptom-area and eraser tools: a press and drag paints (or erases) with the
 * round brush, and the release applies the whole stroke as one step; a click with Alt starts a
 * polygon, further clicks add points, and a click on the first or the last point (a double click)
 * closes it. A click that does not move as far as a drag paints (or erases) one round dab of the
 * brush at the press point. With the referral-zone tool, a click on a trigger point instead selects
 * it and keeps it as the owner of the zones painted next. The work of each tool lives in the
 * editor's {@link ZonePainter}.
 */
final class ZoneTool implements Tool {
  private final ToolKind kind;
  private final ChartEditor editor;
  private final ZonePainter painter;
  private boolean pressed;
  private boolean polygonClick;

  /** The trigger point under a referral-zone press: a click there chooses it as the owner. */
  private TriggerPoint pressedOn;

  private Point2D pressPoint;

  /** Whether the pointer has moved a drag's distance since the press. */
  private boolean moved;

  ZoneTool(ToolKind kind, ChartEditor editor, ZonePainter painter) {
    this.kind = kind;
    this.editor = editor;
    this.painter = painter;
  }

  @Override
  public void press(Point2D point, Modifiers modifiers) {
    pressed = true;
    polygonClick = painter.inPolygon() || modifiers.alt();
    pressPoint = new Point2D.Double(point.getX(), point.getY());
    moved = false;
    pressedOn =
        kind == ToolKind.REFERRAL_ZONE && !polygonClick
            ? editor.marksAt(point).stream()
                .filter(TriggerPoint.class::isInstance)
                .map(TriggerPoint.class::cast)
                .findFirst()
                .orElse(null)
            : null;
    if (!polygonClick) {
      painter.beginStroke(point);
    }
  }

  @Override
  public void drag(Point2D point, Modifiers modifiers) {
    if (pressed && !polygonClick) {
      moved |= isDrag(point);
      painter.extendStroke(point);
    }
  }

  @Override
  public void release(Point2D point, Modifiers modifiers) {
    if (!pressed) {
      return;
    }
    pressed = false;
    boolean click = !moved && !isDrag(point);
    if (pressedOn != null && click) {
      // A click on a trigger point picks whose referral zones are painted next.
      painter.cancelGesture();
      editor.select(List.of(pressedOn.id()));
      painter.keepOwner(pressedOn.id());
      pressedOn = null;
      return;
    }
    pressedOn = null;
    if (polygonClick) {
      painter.clickPolygon(kind, point);
    } else if (click) {
      painter.finishDab(kind, pressPoint);
    } else {
      painter.finishStroke(kind, point);
    }
  }

  private boolean isDrag(Point2D point) {
    return pressPoint.distance(point) * editor.scale() >= ChartEditor.DRAG_THRESHOLD_PX;
  }

  @Override
  public boolean cancel() {
    pressed = false;
    return painter.cancelGesture();
  }
}
