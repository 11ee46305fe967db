package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.NotePin;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchPresence;
import app.myomap.model.TwitchResponse;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The one paint routine for chart marks, used by the screen, print and export: each mark is drawn
 * at its outline position mapped through a {@link ViewTransform}, at a constant size in pixels.
 * Glyphs follow the textbook convention: an X at each trigger point; an active point is a bold red
 * X, a latent point a thin blue X inside a ring, so the two differ in shape as well as colour.
 */
public final class ChartRenderer {
  private final MarkStyle style;
  // Reused shapes: painting allocates no geometry per mark.
  private final Line2D.Double line = new Line2D.Double();
  private final Ellipse2D.Double ellipse = new Ellipse2D.Double();
  private final RoundRectangle2D.Double roundRect = new RoundRectangle2D.Double();
  private final Point2D.Double screen = new Point2D.Double();

  /** Glyph images for the screen; null when this renderer draws vectors only (print, export). */
  private final GlyphSprites sprites;

  /** A renderer for the screen: glyphs are drawn once as small images and copied per mark. */
  public ChartRenderer(MarkStyle style) {
    this(style, true);
  }

  private ChartRenderer(MarkStyle style, boolean sprites) {
    this.style = style;
    this.sprites = sprites ? new GlyphSprites() : null;
  }

  /** A renderer that draws every mark as vectors, for print and for PDF and SVG export. */
  public static ChartRenderer vectors(MarkStyle style) {
    return new ChartRenderer(style, false);
  }

  public MarkStyle style() {
    return style;
  }

  /** Paints every mark of {@code view} in drawing order, bottom layer first. */
  public void paint(
      Graphics2D g, Chart chart, BodyView view, ViewTransform transform, MarkAppearance look) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Rectangle clip = g.getClipBounds();
    double reach = reachPx();
    double deviceScale = deviceScale(g);
    for (Mark mark : chart.inDrawingOrder(view)) {
      toScreen(transform, mark);
      // A cheap test first: no glyph reaches further than this from its anchor.
      if (clip != null
          && (screen.x + reach < clip.x
              || screen.x - reach > clip.x + clip.width
              || screen.y + reach < clip.y
              || screen.y - reach > clip.y + clip.height)) {
        continue;
      }
      if (mark instanceof TriggerPoint tp) {
        if (sprites != null) {
          blitTriggerPoint(g, tp, screen.x, screen.y, look, deviceScale);
        } else {
          paintTriggerPoint(g, tp, screen.x, screen.y, look);
        }
      } else if (mark instanceof NotePin pin) {
        paintNotePin(g, pin, screen.x, screen.y, look);
      }
    }
  }

  /**
   * The pixels a mark covers on screen (glyph, badge, label and selection ring), for repainting
   * only what an edit changed.
   */
  public Rectangle bounds(Mark mark, ViewTransform transform, MarkAppearance look) {
    Point2D p = transform.toScreen(mark.position());
    return glyphBounds(mark, p.getX(), p.getY(), look);
  }

  private Rectangle glyphBounds(Mark mark, double x, double y, MarkAppearance look) {
    double r = style.crossHalfPx * 2.2;
    Rectangle2D.Double box = new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
    if (mark instanceof TriggerPoint tp) {
      // Room for the twitch badge up-right and the muscle label below.
      box.add(x + r + 14 * style.crossHalfPx / 6.5, y - r - 6);
      box.add(x - 60 * style.crossHalfPx / 6.5, y + r + 18 * style.crossHalfPx / 6.5);
      box.add(x + 60 * style.crossHalfPx / 6.5, y + r + 18 * style.crossHalfPx / 6.5);
    } else if (mark instanceof NotePin pin) {
      box.add(x + 230 * style.crossHalfPx / 6.5, y - 30 * style.crossHalfPx / 6.5);
    }
    Rectangle bounds = box.getBounds();
    bounds.grow(2, 2);
    return bounds;
  }

  private void toScreen(ViewTransform t, Mark mark) {
    screen.x = mark.x() * t.scale() + t.offsetX();
    screen.y = mark.y() * t.scale() + t.offsetY();
  }

  /** How far any trigger-point glyph or note pin reaches from its anchor, in pixels. */
  private double reachPx() {
    return 240 * style.crossHalfPx / 6.5;
  }

  /** The look of one trigger-point glyph; equal keys share one sprite. */
  private record GlyphKey(
      TriggerPointStatus status, String badge, boolean selected, boolean hovered) {}

  private void blitTriggerPoint(
      Graphics2D g, TriggerPoint tp, double x, double y, MarkAppearance look, double deviceScale) {
    GlyphKey key =
        new GlyphKey(
            tp.status(), badgeText(tp.twitch()), look.isSelected(tp.id()), look.isHovered(tp.id()));
    GlyphSprites.Sprite sprite =
        sprites.get(
            key,
            deviceScale,
            (int) Math.ceil(style.crossHalfPx * 2.2 + 14 * style.crossHalfPx / 6.5 + 8),
            (sg, k) -> paintGlyph(sg, (GlyphKey) k, 0, 0));
    blit(g, sprite, x, y, deviceScale);
    if (look.labelsAlways() || key.selected() || key.hovered()) {
      String label = look.abbreviation().apply(tp.muscle().id()) + " " + tp.side().code();
      paintLabel(g, label, x, y + style.crossHalfPx * 2.1);
    }
  }

  private static void blit(
      Graphics2D g, GlyphSprites.Sprite sprite, double x, double y, double deviceScale) {
    // Land on whole device pixels so the copy stays crisp.
    double left = Math.round(x * deviceScale - sprite.originX()) / deviceScale;
    double top = Math.round(y * deviceScale - sprite.originY()) / deviceScale;
    if (deviceScale == 1) {
      g.drawImage(sprite.image(), (int) left, (int) top, null);
    } else {
      java.awt.geom.AffineTransform at = java.awt.geom.AffineTransform.getTranslateInstance(left, top);
      at.scale(1 / deviceScale, 1 / deviceScale);
      g.drawImage(sprite.image(), at, null);
    }
  }

  private static double deviceScale(Graphics2D g) {
    if (g.getDeviceConfiguration() == null) {
      return 1;
    }
    return Math.max(1, g.getDeviceConfiguration().getDefaultTransform().getScaleX());
  }

  private static String badgeText(TwitchResponse twitch) {
    if (twitch.presence() != TwitchPresence.PRESENT) {
      return null;
    }
    return twitch.count() > 0 ? Integer.toString(twitch.count()) : "+";
  }

  private void paintTriggerPoint(
      Graphics2D g, TriggerPoint tp, double x, double y, MarkAppearance look) {
    GlyphKey key =
        new GlyphKey(
            tp.status(), badgeText(tp.twitch()), look.isSelected(tp.id()), look.isHovered(tp.id()));
    paintGlyph(g, key, x, y);
    if (look.labelsAlways() || key.selected() || key.hovered()) {
      String label = look.abbreviation().apply(tp.muscle().id()) + " " + tp.side().code();
      paintLabel(g, label, x, y + style.crossHalfPx * 2.1);
    }
  }

  /** The vector drawing of a trigger-point glyph: the one source of its look. */
  private void paintGlyph(Graphics2D g, GlyphKey key, double x, double y) {
    float h = style.crossHalfPx;
    boolean active = key.status() == TriggerPointStatus.ACTIVE;
    if (key.hovered()) {
      g.setColor(style.hoverColor);
      ellipse.setFrame(x - h * 1.9, y - h * 1.9, h * 3.8, h * 3.8);
      g.fill(ellipse);
    }
    // A white halo keeps the X readable over outline strokes and zones.
    g.setColor(style.haloColor);
    g.setStroke(style.halo);
    cross(g, x, y, h);
    if (!active) {
      ellipse.setFrame(x - h * 1.45, y - h * 1.45, h * 2.9, h * 2.9);
      g.draw(ellipse);
    }
    g.setColor(active ? style.activeColor : style.latentColor);
    g.setStroke(active ? style.activeCross : style.latentCross);
    cross(g, x, y, active ? h : h * 0.8);
    if (!active) {
      g.setStroke(style.latentRing);
      g.draw(ellipse);
    }
    if (key.selected()) {
      g.setColor(style.selectionColor);
      g.setStroke(style.selectionRing);
      ellipse.setFrame(x - h * 2, y - h * 2, h * 4, h * 4);
      g.draw(ellipse);
    }
    if (key.badge() != null) {
      paintTwitchBadge(g, key.badge(), x + h * 1.25, y - h * 1.25);
    }
  }

  private void cross(Graphics2D g, double x, double y, double h) {
    line.setLine(x - h, y - h, x + h, y + h);
    g.draw(line);
    line.setLine(x - h, y + h, x + h, y - h);
    g.draw(line);
  }

  private void paintTwitchBadge(Graphics2D g, String text, double left, double bottom) {
    g.setFont(style.badgeFont);
    FontMetrics fm = g.getFontMetrics();
    double height = fm.getAscent() + 3;
    double width = Math.max(height, fm.stringWidth(text) + 6);
    roundRect.setRoundRect(left, bottom - height, width, height, height, height);
    g.setColor(style.haloColor);
    g.setStroke(style.thin);
    g.fill(roundRect);
    g.setColor(style.badgeFill);
    roundRect.setRoundRect(left + 1, bottom - height + 1, width - 2, height - 2, height, height);
    g.fill(roundRect);
    g.setColor(style.badgeText);
    g.drawString(
        text,
        (float) (left + (width - fm.stringWidth(text)) / 2),
        (float) (bottom - height / 2 + fm.getAscent() / 2.0 - 1));
  }

  private void paintLabel(Graphics2D g, String text, double centreX, double top) {
    g.setFont(style.labelFont);
    FontMetrics fm = g.getFontMetrics();
    double w = fm.stringWidth(text) + 6;
    double h = fm.getHeight();
    roundRect.setRoundRect(centreX - w / 2, top, w, h, 4, 4);
    g.setColor(style.labelBackground);
    g.fill(roundRect);
    g.setColor(style.labelText);
    g.drawString(text, (float) (centreX - w / 2 + 3), (float) (top + fm.getAscent()));
  }

  private void paintNotePin(Graphics2D g, NotePin pin, double x, double y, MarkAppearance look) {
    float s = style.crossHalfPx / 6.5f;
    Path2D.Double flag = new Path2D.Double();
    flag.moveTo(x, y);
    flag.lineTo(x, y - 18 * s);
    flag.lineTo(x + 12 * s, y - 14 * s);
    flag.lineTo(x, y - 10 * s);
    g.setColor(style.noteFill);
    g.fill(flag);
    g.setColor(style.noteStroke);
    g.setStroke(new BasicStroke(1.3f * s));
    g.draw(flag);
    ellipse.setFrame(x - 2 * s, y - 2 * s, 4 * s, 4 * s);
    g.fill(ellipse);
    String text = pin.text().length() > 32 ? pin.text().substring(0, 31) + "\u2026" : pin.text();
    Font font = style.labelFont;
    g.setFont(font);
    paintLabel(g, text, x + 14 * s + g.getFontMetrics().stringWidth(text) / 2.0 + 3, y - 22 * s);
    if (look.isSelected(pin.id())) {
      g.setColor(style.selectionColor);
      g.setStroke(style.selectionRing);
      ellipse.setFrame(x - 10 * s, y - 24 * s, 20 * s, 28 * s);
      g.draw(ellipse);
    }
  }
}
