package app.myomap.chart;

import app.myomap.atlas.AtlasView;
import app.myomap.compare.FatedPoint;
import app.myomap.compare.PointFate;
import app.myomap.compare.ZoneDifference;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.TriggerPointStatus;
import java.awt.BasicStroke;
import java.awt.Color;
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

/**
 * The one routine that draws a difference map of two visits, for the compare window, the PDF report
 * and the PNG picture alike: the bare outline of a view (through {@link ChartPicture}), then zones
 * new (solid orange), resolved (green hatching, dashed edge) and persisting (light violet, dotted
 * edge), and trigger points with a decoration for what became of them (new: a square, resolved: a
 * grey X in a dashed ring, persisting: a ring, changed: a diamond). Every kind differs in pattern
 * or line as well as colour, so a grey print still tells them apart. The same drawing makes the
 * legend's samples ({@link #paintAreaSample}, {@link #paintPointSample}).
 *
 * <p>Sizes are given at a mark scale of 1 (the screen's pixels) and grow with the mark scale, as
 * the chart's marks do. Not thread-safe: it keeps the outline's picture between paints.
 */
public final class DifferencePicture {
  /** The kinds of zone area on a difference map. */
  public enum AreaKind {
    NEW,
    RESOLVED,
    PERSISTING
  }

  /** The message key of each legend row's words, in the {@code ChartWords} bundle. */
  public static String wordsKey(AreaKind kind) {
    return switch (kind) {
      case NEW -> "Difference.zoneNew";
      case RESOLVED -> "Difference.zoneResolved";
      case PERSISTING -> "Difference.zonePersisting";
    };
  }

  /** The message key of a point fate's legend words, in the {@code ChartWords} bundle. */
  public static String wordsKey(PointFate fate) {
    return switch (fate) {
      case NEW -> "Difference.pointNew";
      case RESOLVED -> "Difference.pointResolved";
      case PERSISTING -> "Difference.pointPersisting";
      case CHANGED -> "Difference.pointChanged";
    };
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

  /** The paper behind a legend sample. */
  private static final Color SAMPLE_GROUND = new Color(0xFB, 0xFA, 0xF8);

  /** The hatching pitch of resolved areas, at a mark scale of 1. */
  private static final double HATCH_PITCH_PX = 6;

  /** Half the width of a trigger point's X, at a mark scale of 1. */
  private static final double CROSS_HALF_PX = 6;

  /** Half the width of a point's decoration, at a mark scale of 1. */
  private static final double RING_HALF_PX = 11;

  /** The side of a legend sample, at a mark scale of 1. */
  private static final double SAMPLE_PX = 26;

  private final MarkStyle style = MarkStyle.screen();
  private final ChartPicture outline = ChartPicture.vectors();
  private final float markScale;
  private final Stroke solid;
  private final Stroke dashed;
  private final Stroke dotted;
  private final Stroke hatch;
  private final Stroke boldCross;
  private final Stroke thinCross;
  private final Stroke haloStroke;
  private final Stroke decorationStroke;
  private final Stroke decorationDashed;

  /** A difference map whose marks are {@code markScale} times their screen size. */
  public DifferencePicture(float markScale) {
    if (!(markScale > 0) || Float.isInfinite(markScale)) {
      throw new IllegalArgumentException("mark scale must be positive: " + markScale);
    }
    this.markScale = markScale;
    float s = markScale;
    solid = new BasicStroke(1.4f * s);
    dashed =
        new BasicStroke(
            1.4f * s,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {6f * s, 4f * s},
            0f);
    dotted =
        new BasicStroke(
            1.4f * s,
            BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {0.1f * s, 3.5f * s},
            0f);
    hatch = new BasicStroke(1.2f * s);
    boldCross = new BasicStroke(3f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    thinCross = new BasicStroke(1.6f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    haloStroke = new BasicStroke(5.5f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    decorationStroke = new BasicStroke(1.6f * s);
    decorationDashed =
        new BasicStroke(
            1.6f * s,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {3f * s, 2.5f * s},
            0f);
  }

  /** A difference map at the screen's size. */
  public static DifferencePicture screen() {
    return new DifferencePicture(1f);
  }

  /** How much larger than on the screen the marks are drawn. */
  public float markScale() {
    return markScale;
  }

  /**
   * Paints the outline of {@code atlasView} with no marks as {@code options} ask (background,
   * size), then the zones' {@code difference} (null for none) and the {@code points} on its view,
   * through {@code transform}.
   */
  public void paint(
      Graphics2D g,
      AtlasView atlasView,
      ZoneDifference difference,
      List<FatedPoint> points,
      ViewTransform transform,
      PictureOptions options) {
    outline.paint(g, atlasView, Chart.empty(), transform, options);
    paintDifference(g, difference, points, atlasView.view(), transform);
  }

  /**
   * Paints the zones' {@code difference} (null for none), then the {@code points} on {@code view},
   * through {@code transform}, over what {@code g} holds.
   */
  public void paintDifference(
      Graphics2D g,
      ZoneDifference difference,
      List<FatedPoint> points,
      BodyView view,
      ViewTransform transform) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    AffineTransform toPicture = transform.toScreenTransform();
    if (difference != null) {
      paintArea(g, AreaKind.PERSISTING, toPicture.createTransformedShape(difference.persisting()));
      paintArea(g, AreaKind.RESOLVED, toPicture.createTransformedShape(difference.resolved()));
      paintArea(g, AreaKind.NEW, toPicture.createTransformedShape(difference.added()));
    }
    for (FatedPoint point : points) {
      if (point.point().view() == view) {
        Point2D at = transform.toScreen(new Point2D.Double(point.point().x(), point.point().y()));
        paintPoint(g, point.fate(), point.point().status(), at.getX(), at.getY());
      }
    }
  }

  /** Fills and outlines one kind of area, already in the picture's units. */
  public void paintArea(Graphics2D g, AreaKind kind, Shape area) {
    Rectangle bounds = area.getBounds();
    if (bounds.isEmpty()) {
      return;
    }
    switch (kind) {
      case NEW -> {
        g.setColor(NEW_FILL);
        g.fill(area);
        g.setColor(NEW_EDGE);
        g.setStroke(solid);
        g.draw(area);
      }
      case RESOLVED -> {
        g.setColor(RESOLVED_TINT);
        g.fill(area);
        hatch(g, area, bounds);
        g.setColor(RESOLVED_INK);
        g.setStroke(dashed);
        g.draw(area);
      }
      case PERSISTING -> {
        g.setColor(PERSISTING_FILL);
        g.fill(area);
        g.setColor(PERSISTING_EDGE);
        g.setStroke(dotted);
        g.draw(area);
      }
    }
  }

  /** Diagonal lines across {@code area}, fixed to the picture so that a pan does not shimmer. */
  private void hatch(Graphics2D g, Shape area, Rectangle bounds) {
    Graphics2D clipped = (Graphics2D) g.create();
    try {
      clipped.clip(area);
      clipped.setColor(RESOLVED_INK);
      clipped.setStroke(hatch);
      double pitch = HATCH_PITCH_PX * markScale;
      Line2D.Double line = new Line2D.Double();
      double start = Math.floor((bounds.x - bounds.height) / pitch) * pitch;
      for (double x = start; x <= bounds.x + bounds.width; x += pitch) {
        line.setLine(x, bounds.y + bounds.height, x + bounds.height, bounds.y);
        clipped.draw(line);
      }
    } finally {
      clipped.dispose();
    }
  }

  /** Draws a trigger point's X (by its status) and its fate's decoration, centred at x, y. */
  public void paintPoint(
      Graphics2D g, PointFate fate, TriggerPointStatus status, double x, double y) {
    Shape decoration = decoration(fate, x, y);
    g.setColor(HALO);
    g.setStroke(haloStroke);
    g.draw(decoration);
    g.setColor(DECORATION);
    g.setStroke(fate == PointFate.RESOLVED ? decorationDashed : decorationStroke);
    g.draw(decoration);
    double half = CROSS_HALF_PX * markScale;
    Path2D.Double cross = new Path2D.Double();
    cross.moveTo(x - half, y - half);
    cross.lineTo(x + half, y + half);
    cross.moveTo(x - half, y + half);
    cross.lineTo(x + half, y - half);
    boolean active = status == TriggerPointStatus.ACTIVE;
    g.setColor(HALO);
    g.setStroke(haloStroke);
    g.draw(cross);
    g.setColor(
        fate == PointFate.RESOLVED
            ? RESOLVED_POINT
            : active ? style.activeColor : style.latentColor);
    g.setStroke(active ? boldCross : thinCross);
    g.draw(cross);
  }

  private Shape decoration(PointFate fate, double x, double y) {
    double r = RING_HALF_PX * markScale;
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

  /** The side of a legend sample, square, in the picture's units. */
  public double sampleSize() {
    return SAMPLE_PX * markScale;
  }

  /** The legend's sample of an area kind: a square of {@link #sampleSize} at x, y. */
  public void paintAreaSample(Graphics2D g, AreaKind kind, double x, double y) {
    double size = sampleSize();
    paintSampleGround(g, x, y);
    double inset = 1.5 * markScale;
    paintArea(
        g,
        kind,
        new Rectangle2D.Double(
            x + inset, y + inset + markScale, size - 2 * inset, size - 5 * markScale));
  }

  /** The legend's sample of a point's fate (an active point): a square of {@link #sampleSize}. */
  public void paintPointSample(Graphics2D g, PointFate fate, double x, double y) {
    double size = sampleSize();
    paintSampleGround(g, x, y);
    paintPoint(g, fate, TriggerPointStatus.ACTIVE, x + size / 2, y + size / 2);
  }

  private void paintSampleGround(Graphics2D g, double x, double y) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(SAMPLE_GROUND);
    g.fill(new Rectangle2D.Double(x, y, sampleSize(), sampleSize()));
  }
}
