package app.myomap.ui.compare;

import app.myomap.chart.MarkStyle;
import app.myomap.chart.ViewTransform;
import app.myomap.compare.FatedPoint;
import app.myomap.compare.PointFate;
import app.myomap.compare.ZoneDifference;
import app.myomap.model.BodyView;
import app.myomap.model.TriggerPointStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javax.swing.Icon;

/**
 * Draws a difference map over a view's outline: zones new (solid orange), resolved (green hatching,
 * dashed edge) and persisting (light violet, dotted edge), and trigger points with a decoration for
 * what became of them (new: a square, resolved: a grey X in a dashed ring, persisting: a ring,
 * changed: a diamond). Every kind differs in pattern or line as well as colour, so a grey print
 * still tells them apart. The same drawing makes the legend's samples.
 */
final class DifferencePainter {
  /** The kinds of zone area on a difference map. */
  enum AreaKind {
    NEW,
    RESOLVED,
    PERSISTING
  }

  private static final Color NEW_FILL = new Color(0xEF, 0x6C, 0x00, 150);
  private static final Color NEW_EDGE = new Color(0xBF, 0x36, 0x0C);
  private static final Color RESOLVED_TINT = new Color(0x2E, 0x7D, 0x32, 28);
  private static final Color RESOLVED_INK = new Color(0x2E, 0x7D, 0x32);
  private static final Color PERSISTING_FILL = new Color(0x7E, 0x57, 0xC2, 80);
  private static final Color PERSISTING_EDGE = new Color(0x4A, 0x14, 0x8C);
  private static final Color RESOLVED_POINT = new Color(0x75, 0x75, 0x75);
  private static final Color DECORATION = new Color(0x21, 0x21, 0x21);
  private static final Color HALO = new Color(255, 255, 255, 220);

  private static final Stroke SOLID = new BasicStroke(1.4f);
  private static final Stroke DASHED =
      new BasicStroke(
          1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
  private static final Stroke DOTTED =
      new BasicStroke(
          1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.1f, 3.5f}, 0f);
  private static final Stroke HATCH = new BasicStroke(1.2f);
  private static final Stroke BOLD_CROSS =
      new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final Stroke THIN_CROSS =
      new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final Stroke HALO_STROKE =
      new BasicStroke(5.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final Stroke DECORATION_STROKE = new BasicStroke(1.6f);
  private static final Stroke DECORATION_DASHED =
      new BasicStroke(
          1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 2.5f}, 0f);

  /** The hatching pitch of resolved areas, in pixels. */
  private static final double HATCH_PITCH_PX = 6;

  /** Half the width of a trigger point's X, in pixels. */
  private static final double CROSS_HALF_PX = 6;

  /** Half the width of a point's decoration, in pixels. */
  private static final double RING_HALF_PX = 11;

  private final MarkStyle style = MarkStyle.screen();

  /** Paints the zones' difference, then the points on {@code view}, through {@code transform}. */
  void paint(
      Graphics2D g,
      ZoneDifference difference,
      List<FatedPoint> points,
      BodyView view,
      ViewTransform transform) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    AffineTransform toScreen = transform.toScreenTransform();
    if (difference != null) {
      paintArea(g, AreaKind.PERSISTING, toScreen.createTransformedShape(difference.persisting()));
      paintArea(g, AreaKind.RESOLVED, toScreen.createTransformedShape(difference.resolved()));
      paintArea(g, AreaKind.NEW, toScreen.createTransformedShape(difference.added()));
    }
    for (FatedPoint point : points) {
      if (point.point().view() == view) {
        Point2D at = transform.toScreen(new Point2D.Double(point.point().x(), point.point().y()));
        paintPoint(g, point.fate(), point.point().status(), at.getX(), at.getY());
      }
    }
  }

  /** Fills and outlines one kind of area, already in pixels. */
  void paintArea(Graphics2D g, AreaKind kind, Shape area) {
    Rectangle bounds = area.getBounds();
    if (bounds.isEmpty()) {
      return;
    }
    switch (kind) {
      case NEW -> {
        g.setColor(NEW_FILL);
        g.fill(area);
        g.setColor(NEW_EDGE);
        g.setStroke(SOLID);
        g.draw(area);
      }
      case RESOLVED -> {
        g.setColor(RESOLVED_TINT);
        g.fill(area);
        hatch(g, area, bounds);
        g.setColor(RESOLVED_INK);
        g.setStroke(DASHED);
        g.draw(area);
      }
      case PERSISTING -> {
        g.setColor(PERSISTING_FILL);
        g.fill(area);
        g.setColor(PERSISTING_EDGE);
        g.setStroke(DOTTED);
        g.draw(area);
      }
    }
  }

  /** Diagonal lines across {@code area}, fixed to the pixels so that a pan does not shimmer. */
  private static void hatch(Graphics2D g, Shape area, Rectangle bounds) {
    Graphics2D clipped = (Graphics2D) g.create();
    try {
      clipped.clip(area);
      clipped.setColor(RESOLVED_INK);
      clipped.setStroke(HATCH);
      Line2D.Double line = new Line2D.Double();
      double start = Math.floor((bounds.x - bounds.height) / HATCH_PITCH_PX) * HATCH_PITCH_PX;
      for (double x = start; x <= bounds.x + bounds.width; x += HATCH_PITCH_PX) {
        line.setLine(x, bounds.y + bounds.height, x + bounds.height, bounds.y);
        clipped.draw(line);
      }
    } finally {
      clipped.dispose();
    }
  }

  /** Draws a trigger point's X (by its status) and its fate's decoration, centred at x, y. */
  void paintPoint(Graphics2D g, PointFate fate, TriggerPointStatus status, double x, double y) {
    Shape decoration = decoration(fate, x, y);
    if (decoration != null) {
      g.setColor(HALO);
      g.setStroke(HALO_STROKE);
      g.draw(decoration);
      g.setColor(DECORATION);
      g.setStroke(fate == PointFate.RESOLVED ? DECORATION_DASHED : DECORATION_STROKE);
      g.draw(decoration);
    }
    Path2D.Double cross = new Path2D.Double();
    cross.moveTo(x - CROSS_HALF_PX, y - CROSS_HALF_PX);
    cross.lineTo(x + CROSS_HALF_PX, y + CROSS_HALF_PX);
    cross.moveTo(x - CROSS_HALF_PX, y + CROSS_HALF_PX);
    cross.lineTo(x + CROSS_HALF_PX, y - CROSS_HALF_PX);
    boolean active = status == TriggerPointStatus.ACTIVE;
    g.setColor(HALO);
    g.setStroke(HALO_STROKE);
    g.draw(cross);
    g.setColor(
        fate == PointFate.RESOLVED
            ? RESOLVED_POINT
            : active ? style.activeColor : style.latentColor);
    g.setStroke(active ? BOLD_CROSS : THIN_CROSS);
    g.draw(cross);
  }

  private static Shape decoration(PointFate fate, double x, double y) {
    double r = RING_HALF_PX;
    return switch (fate) {
      case NEW -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
      case RESOLVED, PERSISTING -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case CHANGED -> {
        Path2D.Double diamond = new Path2D.Double();
        double d = r * 1.3;
        diamond.moveTo(x, y - d);
        diamond.lineTo(x + d, y);
        diamond.lineTo(x, y + d);
        diamond.lineTo(x - d, y);
        diamond.closePath();
        yield diamond;
      }
    };
  }

  /** The legend's sample of an area kind. */
  Icon areaIcon(AreaKind kind) {
    return new Sample(
        (g, w, h) -> paintArea(g, kind, new Rectangle2D.Double(1.5, 2.5, w - 3, h - 5)));
  }

  /** The legend's sample of a point's fate (an active point). */
  Icon pointIcon(PointFate fate) {
    return new Sample(
        (g, w, h) -> paintPoint(g, fate, TriggerPointStatus.ACTIVE, w / 2.0, h / 2.0));
  }

  /** A small picture for a legend, drawn by a function. */
  private record Sample(SampleDrawing drawing) implements Icon {
    private static final int SIZE = 26;

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        g2.translate(x, y);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(new Color(0xFB, 0xFA, 0xF8));
        g2.fillRect(0, 0, SIZE, SIZE);
        drawing.draw(g2, SIZE, SIZE);
      } finally {
        g2.dispose();
      }
    }

    @Override
    public int getIconWidth() {
      return SIZE;
    }

    @Override
    public int getIconHeight() {
      return SIZE;
    }
  }

  private interface SampleDrawing {
    void draw(Graphics2D g, int width, int height);
  }
}
