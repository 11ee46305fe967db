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
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

/**
 * One version of a zone made ready to paint at one zoom: its outline and fill pattern as shapes in
 * pixels for the pan it was built at, and, for the screen, an image of the zone drawn once. A later
 * pan only shifts what is drawn. The fill pattern, the costly part, is laid out when the zone is
 * first painted: a zone outside the visible area at a zoom never pays for it.
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
  private final PatternSource patternSource;
  private PatternGrid grid;
  private Shape pattern;
  private final Stroke patternStroke;
  private final Color ink;
  private final Stroke edge;
  private final Color edgeColor;
  private BufferedImage sprite;
  private double spriteScale;
  private int imagePaints;

  /** A zone's fill pattern in outline units at one grid pitch, reusable at every zoom of it. */
  private record PatternGrid(double pitch, Shape shape) {}

  /** How to lay out a zone's pattern at a pitch, and the grid already laid out, if any. */
  private record PatternSource(double pitch, PatternGrid reusable, Supplier<Shape> layout) {
    PatternGrid grid() {
      return reusable != null ? reusable : new PatternGrid(pitch, layout.get());
    }
  }

  /**
   * How a zone is drawn: its fill, pattern (filled, or stroked when a stroke is given) and edge.
   */
  private record Look(
      Color fill,
      PatternSource pattern,
      Stroke patternStroke,
      Color ink,
      Stroke edge,
      Color edgeColor) {}

  private PreparedZone(Zone zone, ViewTransform t, Look look, int growPx) {
    AffineTransform toScreen = t.toScreenTransform();
    this.zone = zone;
    this.scale = t.scale();
    this.offsetX = t.offsetX();
    this.offsetY = t.offsetY();
    this.outline = toScreen.createTransformedShape(zone.shape().toPath2D());
    this.fill = look.fill();
    this.patternSource = look.pattern();
    this.patternStroke = look.patternStroke();
    this.ink = look.ink();
    this.edge = look.edge();
    this.edgeColor = look.edgeColor();
    this.bounds = outline.getBounds();
    bounds.grow(growPx, growPx);
    this.rings = zone.shape().rings();
  }

  /**
   * The zone drawn in its style at the transform {@code t}, reusing the pattern grid of {@code
   * previous} (the same zone prepared at another zoom, or null) when its pitch still fits: the grid
   * changes only in steps of √2 while zooming.
   */
  static PreparedZone of(Zone zone, ViewTransform t, MarkStyle style, PreparedZone previous) {
    PatternGrid laidOut =
        previous != null && previous.zone.equals(zone) ? previous.laidOutGrid() : null;
    int grow = (int) Math.ceil(style.crossHalfPx * 0.6) + 2;
    Look look;
    if (zone instanceof ReferralZone referral) {
      if (referral.referralKind() == ReferralKind.ESSENTIAL) {
        look =
            new Look(style.essentialFill, null, null, null, style.solidEdge, style.essentialEdge);
      } else {
        double pitch = ZonePattern.pitch(style.dotPitchPx, t.scale());
        PatternSource dots =
            new PatternSource(
                pitch,
                reusable(laidOut, pitch),
                () -> ZonePattern.dots(zone.shape(), pitch, pitch * 0.23));
        look =
            new Look(
                style.spilloverTint,
                dots,
                null,
                style.spilloverDots,
                style.dashedEdge,
                style.spilloverEdge);
      }
    } else {
      SymptomArea area = (SymptomArea) zone;
      double pitch = ZonePattern.pitch(style.symbolPitchPx, t.scale());
      PatternSource symbols =
          new PatternSource(
              pitch,
              reusable(laidOut, pitch),
              () -> ZonePattern.symbols(zone.shape(), area.sensation(), pitch));
      Color ink = style.symptomInk(area.sensation());
      look =
          new Look(
              style.symptomFill(area.sensation()),
              symbols,
              style.symbolStroke,
              ink,
              area.constancy() == SymptomConstancy.CONSTANT ? style.solidEdge : style.dashedEdge,
              ink);
    }
    return new PreparedZone(zone, t, look, grow);
  }

  /** The pattern grid laid out for this zone, at this zoom or carried from an earlier one. */
  private PatternGrid laidOutGrid() {
    if (grid != null) {
      return grid;
    }
    return patternSource == null ? null : patternSource.reusable();
  }

  private AffineTransform toScreen() {
    return new AffineTransform(scale, 0, 0, scale, offsetX, offsetY);
  }

  private static PatternGrid reusable(PatternGrid laidOut, double pitch) {
    return laidOut != null && laidOut.pitch() == pitch ? laidOut : null;
  }

  /** Draws the fill, the pattern and the edge as vectors, shifted by (dx, dy) pixels. */
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
   * landing on whole device pixels. The first paint at a zoom draws vectors instead, so a zoom
   * gesture does not pay for images it shows once; a zone too large to keep as an image is always
   * drawn as vectors, and with {@code makeImage} false (drawing into a layer that is itself kept)
   * an image is used only if it was made already.
   */
  void paintImage(Graphics2D g, double dx, double dy, double deviceScale, boolean makeImage) {
    boolean made = sprite != null && spriteScale == deviceScale;
    if (!made) {
      long pixels =
          Math.round(bounds.width * deviceScale) * Math.round(bounds.height * deviceScale);
      if (!makeImage || imagePaints++ == 0 || pixels > MAX_SPRITE_PIXELS) {
        paintVectors(g, dx, dy);
        return;
      }
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
    if (patternSource != null && pattern == null) {
      grid = patternSource.grid();
      pattern = toScreen().createTransformedShape(grid.shape());
    }
    if (pattern != null) {
      g.setColor(ink);
      if (patternStroke == null) {
        g.fill(pattern);
      } else {
        g.setStroke(patternStroke);
        g.draw(pattern);
      }
    }
    g.setColor(edgeColor);
    g.setStroke(edge);
    g.draw(outline);
  }
}
