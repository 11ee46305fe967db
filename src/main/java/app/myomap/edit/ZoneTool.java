package app.myomap.edit;

import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;

/**
 * The referral-zone, symptom-area and eraser tools: a press and drag paints (or erases) with the
 * round brush, and the release applies the whole stroke as one step; a click with Alt starts a
 * polygon, further clicks add points, and a click on the first or the last point (a double click)
 * closes it. With the referral-zone tool, a click (no drag) on a trigger point selects it as the
 * owner of the zones painted next. The work of each tool lives in the editor's {@link ZonePainter}.
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
      painter.extendStroke(point);
    }
  }

  @Override
  public void release(Point2D point, Modifiers modifiers) {
    if (!pressed) {
      return;
    }
    pressed = false;
    if (pressedOn != null
        && pressPoint.distance(point) * editor.scale() < ChartEditor.DRAG_THRESHOLD_PX) {
      // A click on a trigger point picks whose referral zones are painted next.
      painter.cancelGesture();
      editor.select(java.util.List.of(pressedOn.id()));
      pressedOn = null;
      return;
    }
    pressedOn = null;
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
