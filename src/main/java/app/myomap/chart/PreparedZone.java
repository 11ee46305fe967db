package app.myomap.chart;

import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.Zone;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One version of a zone made ready to paint at one zoom: its outline, fill pattern and edge as
 * shapes in pixels for the pan it was built at, and, for the screen, an image of them drawn once. A
 * later pan only shifts what is drawn.
 */
final class PreparedZone {
  /** Zones larger than this many device pixels are not kept as images, to bound the memory. */
  private static final int MAX_SPRITE_PIXELS = 512 * 512;

  final Zone zone;
  final double scale;
  final double offsetX;
  final double offsetY;
  final Shape outline;
  final Rectangle bounds;
  final List<double[]> rings;
  long lastUse;

  private final Color fill;
  private final Shape pattern;
  private final Color ink;
  private final Shape edge;
  private final Color edgeColor;
  private BufferedImage sprite;
  private double spriteScale;

  private PreparedZone(
      Zone zone,
      ViewTransform t,
      Shape outline,
      Color fill,
      Shape pattern,
      Color ink,
      Shape edge,
      Color edgeColor,
      int growPx) {
    this.zone = zone;
    this.scale = t.scale();
    this.offsetX = t.offsetX();
    this.offsetY = t.offsetY();
    this.outline = outline;
    this.fill = fill;
    this.pattern = pattern;
    this.ink = ink;
    this.edge = edge;
    this.edgeColor = edgeColor;
    this.bounds = outline.getBounds();
    bounds.grow(growPx, growPx);
    this.rings = zone.shape().rings();
  }

  /** The zone drawn in its style at the transform {@code t}. */
  static PreparedZone of(Zone zone, ViewTransform t, MarkStyle style) {
    AffineTransform toScreen = t.toScreenTransform();
    Shape outline = toScreen.createTransformedShape(zone.shape().toPath2D());
    int grow = (int) Math.ceil(style.crossHalfPx * 0.6) + 2;
    if (zone instanceof ReferralZone referral) {
      if (referral.referralKind() == ReferralKind.ESSENTIAL) {
        return new PreparedZone(
            zone,
            t,
            outline,
            style.essentialFill,
            null,
            null,
            style.solidEdge.createStrokedShape(outline),
            style.essentialEdge,
            grow);
      }
      double pitch = ZonePattern.pitch(style.dotPitchPx, t.scale());
      Shape dots =
          toScreen.createTransformedShape(ZonePattern.dots(zone.shape(), pitch, pitch * 0.23));
      return new PreparedZone(
          zone,
          t,
          outline,
          style.spilloverTint,
          dots,
          style.spilloverDots,
          style.dashedEdge.createStrokedShape(outline),
          style.spilloverEdge,
          grow);
    }
    SymptomArea area = (SymptomArea) zone;
    double pitch = ZonePattern.pitch(style.symbolPitchPx, t.scale());
    Shape symbols =
        style.symbolStroke.createStrokedShape(
            toScreen.createTransformedShape(
                ZonePattern.symbols(zone.shape(), area.sensation(), pitch)));
    Shape edge =
        (area.constancy() == SymptomConstancy.CONSTANT ? style.solidEdge : style.dashedEdge)
            .createStrokedShape(outline);
    Color ink = style.symptomInk(area.sensation());
    return new PreparedZone(
        zone, t, outline, style.symptomFill(area.sensation()), symbols, ink, edge, ink, grow);
  }

  /** Fills the outline, the pattern and the edge as vectors, shifted by (dx, dy) pixels. */
  void paintVectors(Graphics2D g, double dx, double dy) {
    g.translate(dx, dy);
    try {
      paintShapes(g);
    } finally {
      g.translate(-dx, -dy);
    }
  }

  /**
   * Copies the zone's image, drawn once at {@code deviceScale}, shifted by (dx, dy) pixels and
   * landing on whole device pixels; a zone too large to keep as an image is drawn as vectors.
   */
  void paintImage(Graphics2D g, double dx, double dy, double deviceScale) {
    long pixels = Math.round(bounds.width * deviceScale) * Math.round(bounds.height * deviceScale);
    if (pixels > MAX_SPRITE_PIXELS) {
      paintVectors(g, dx, dy);
      return;
    }
    if (sprite == null || spriteScale != deviceScale) {
      sprite = drawSprite(deviceScale);
      spriteScale = deviceScale;
    }
    double left = Math.round((bounds.x + dx) * deviceScale) / deviceScale;
    double top = Math.round((bounds.y + dy) * deviceScale) / deviceScale;
    if (deviceScale == 1) {
      g.drawImage(sprite, (int) left, (int) top, null);
    } else {
      AffineTransform at = AffineTransform.getTranslateInstance(left, top);
      at.scale(1 / deviceScale, 1 / deviceScale);
      g.drawImage(sprite, at, null);
    }
  }

  private BufferedImage drawSprite(double deviceScale) {
    BufferedImage image =
        new BufferedImage(
            Math.max(1, (int) Math.ceil(bounds.width * deviceScale)),
            Math.max(1, (int) Math.ceil(bounds.height * deviceScale)),
            BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(deviceScale, deviceScale);
      g.translate(-bounds.x, -bounds.y);
      paintShapes(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private void paintShapes(Graphics2D g) {
    g.setColor(fill);
    g.fill(outline);
    if (pattern != null) {
      g.setColor(ink);
      g.fill(pattern);
    }
    g.setColor(edgeColor);
    g.fill(edge);
  }
}
