package app.myomap.ui;

import app.myomap.chart.ViewTransform;
import app.myomap.edit.ChartEditor;
import app.myomap.edit.ToolKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;

/**
 * Live feedback of the zone tools on the canvas: the stroke being painted or erased, the polygon
 * being clicked and the brush ring around the pointer at its true size, with a label beside it
 * (whose referral zone the next stroke paints).
 */
final class ZoneFeedbackPainter {
  private static final Color PAINT_FILL = new Color(0xD3, 0x2F, 0x2F, 110);
  private static final Color ERASE_FILL = new Color(0xFF, 0xFF, 0xFF, 170);
  private static final Color DRAFT_EDGE = new Color(0x19, 0x76, 0xD2, 180);
  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);
  private static final Color LABEL_TEXT = new Color(0x21, 0x21, 0x21);

  /** The widest label beside the ring, in screen pixels, for repainting as the pointer moves. */
  private static final int LABEL_ROOM_PX = 260;

  private ZoneFeedbackPainter() {}

  /**
   * The stroke being painted, the polygon being clicked and the brush ring at its true size, with
   * {@code ringLabel} beside it while the referral-zone tool is active.
   */
  static void paint(
      Graphics2D g2,
      ChartEditor editor,
      ViewTransform transform,
      Point2D pointerOutline,
      Optional<String> ringLabel) {
    ToolKind tool = editor.tool();
    if (tool != ToolKind.REFERRAL_ZONE
        && tool != ToolKind.SYMPTOM_AREA
        && tool != ToolKind.ERASER) {
      return;
    }
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    java.awt.geom.AffineTransform toScreen = transform.toScreenTransform();
    editor
        .zones()
        .liveStroke()
        .ifPresent(
            stroke -> {
              java.awt.Shape shape = toScreen.createTransformedShape(stroke);
              g2.setColor(tool == ToolKind.ERASER ? ERASE_FILL : PAINT_FILL);
              g2.fill(shape);
            });
    List<Point2D> draft = editor.zones().polygonDraft();
    if (!draft.isEmpty()) {
      java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
      for (int i = 0; i < draft.size(); i++) {
        Point2D p = transform.toScreen(draft.get(i));
        if (i == 0) {
          path.moveTo(p.getX(), p.getY());
        } else {
          path.lineTo(p.getX(), p.getY());
        }
      }
      if (pointerOutline != null) {
        Point2D p = transform.toScreen(pointerOutline);
        path.lineTo(p.getX(), p.getY());
      }
      g2.setColor(DRAFT_EDGE);
      g2.setStroke(new BasicStroke(1.5f));
      g2.draw(path);
    }
    if (pointerOutline != null) {
      Point2D p = transform.toScreen(pointerOutline);
      double r = editor.zones().brushRadius() * transform.scale();
      java.awt.geom.Ellipse2D.Double ring =
          new java.awt.geom.Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
      g2.setStroke(new BasicStroke(2.5f));
      g2.setColor(new Color(255, 255, 255, 200));
      g2.draw(ring);
      g2.setStroke(new BasicStroke(1.2f));
      g2.setColor(new Color(0x21, 0x21, 0x21, 200));
      g2.draw(ring);
      if (tool == ToolKind.REFERRAL_ZONE && ringLabel.isPresent()) {
        paintLabel(g2, ringLabel.get(), labelBounds(p, r, g2.getFont()));
      }
    }
  }

  /** Where the label beside a ring of radius {@code radiusPx} around {@code pointer} may lie. */
  static Rectangle labelBounds(Point2D pointer, double radiusPx, Font font) {
    int offset = (int) Math.ceil(radiusPx * 0.7) + 4;
    return new Rectangle(
        (int) pointer.getX() + offset,
        (int) pointer.getY() + offset,
        LABEL_ROOM_PX,
        font.getSize() * 2 + 4);
  }

  private static void paintLabel(Graphics2D g2, String text, Rectangle room) {
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    FontMetrics fm = g2.getFontMetrics();
    int width = Math.min(room.width, fm.stringWidth(text) + 8);
    g2.setColor(LABEL_BACKGROUND);
    g2.fillRoundRect(room.x, room.y, width, fm.getHeight() + 4, 6, 6);
    g2.setColor(LABEL_TEXT);
    g2.drawString(text, room.x + 4, room.y + 2 + fm.getAscent());
  }
}
