package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchPresence;
import app.myomap.model.TwitchResponse;
import app.myomap.model.Zone;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one paint routine for chart marks, used by the screen, print and export: each mark is drawn
 * at its outline position mapped through a {@link ViewTransform}, at a constant size in pixels.
 * Glyphs follow the textbook convention: an X at each trigger point; an active point is a bold red
 * X, a latent point a thin blue X inside a ring, so the two differ in shape as well as colour.
 * Zones lie beneath, in outline units mapped through the transform (see {@link ZoneLayer}), with a
 * dashed connector from each trigger point to its referral zones on the same view; selecting a
 * trigger point or one of its zones highlights the other ({@link ZoneLinks}). Short labels go on
 * top, where there is room ({@link LabelLayer}).
 */
public final class ChartRenderer {
  private final MarkStyle style;
  private final ZoneLayer zones;
  private final LabelLayer labels;
  // Reused shapes: painting allocates no geometry per mark.
  private final Line2D.Double line = new Line2D.Double();
  private final Ellipse2D.Double ellipse = new Ellipse2D.Double();
  private final RoundRectangle2D.Double roundRect = new RoundRectangle2D.Double();
  private final Point2D.Double screen = new Point2D.Double();

  /** Glyph images for the screen; null when this renderer draws vectors only (print, export). */
  private final GlyphSprites sprites;

  /** Badge states: none, present without a count, counts 1 to 99. */
  private static final int BADGES = 101;

  private final GlyphSprites.Sprite[] spriteIndex =
      new GlyphSprites.Sprite[TriggerPointStatus.values().length * BADGES * 8];
  private double spriteIndexScale = -1;

  /** A renderer for the screen: glyphs are drawn once as small images and copied per mark. */
  public ChartRenderer(MarkStyle style) {
    this(style, true);
  }

  private ChartRenderer(MarkStyle style, boolean sprites) {
    this.style = style;
    this.zones = new ZoneLayer(style);
    this.sprites = sprites ? new GlyphSprites() : null;
    this.labels = new LabelLayer(style, this.sprites);
  }

  /** A renderer that draws every mark as vectors, for print and for PDF and SVG export. */
  public static ChartRenderer vectors(MarkStyle style) {
    return new ChartRenderer(style, false);
  }

  public MarkStyle style() {
    return style;
  }

  /**
   * Paints every mark of {@code view} on a shown layer in drawing order, bottom layer first, with
   * the connectors above the zones and the intensity of a selected or hovered zone on top.
   */
  public void paint(
      Graphics2D g, Chart chart, BodyView view, ViewTransform transform, MarkAppearance look) {
    paint(g, chart, view, transform, look, MarkSpans.NONE);
  }

  /**
   * Paints as {@link #paint(Graphics2D, Chart, BodyView, ViewTransform, MarkAppearance)} does,
   * telling {@code spans} where each drawn mark begins and ends.
   */
  public void paint(
      Graphics2D g,
      Chart chart,
      BodyView view,
      ViewTransform transform,
      MarkAppearance look,
      MarkSpans spans) {
    paint(g, chart, view, transform, look, spans, true, true);
  }

  /**
   * Paints as {@link #paint(Graphics2D, Chart, BodyView, ViewTransform, MarkAppearance)} does, but
   * with {@code zoneFills} false leaves out the zones themselves and their plain connectors (drawn
   * beneath from an image of them), painting only the zones' highlights and the connectors that
   * link a selected mark.
   */
  void paint(
      Graphics2D g,
      Chart chart,
      BodyView view,
      ViewTransform transform,
      MarkAppearance look,
      boolean zoneFills) {
    paint(g, chart, view, transform, look, MarkSpans.NONE, true, zoneFills);
  }

  /**
   * Paints as {@link #paint(Graphics2D, Chart, BodyView, ViewTransform, MarkAppearance, boolean)}
   * does into an image the caller keeps as a layer: a zone's image is copied where it was made
   * already, but none is made for this paint, since the layer itself is kept.
   */
  void paintLayer(
      Graphics2D g,
      Chart chart,
      BodyView view,
      ViewTransform transform,
      MarkAppearance look,
      boolean zoneFills) {
    paint(g, chart, view, transform, look, MarkSpans.NONE, false, zoneFills);
  }

  private void paint(
      Graphics2D g,
      Chart chart,
      BodyView view,
      ViewTransform transform,
      MarkAppearance look,
      MarkSpans spans,
      boolean makeZoneImages,
      boolean zoneFills) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Rectangle clip = g.getClipBounds();
    double reach = reachPx();
    double deviceScale = deviceScale(g);
    Set<MarkId> linked = ZoneLinks.linked(chart, look.selected());
    List<Mark> ordered = chart.inDrawingOrder(view);
    boolean connectorsPainted = false;
    for (Mark mark : ordered) {
      if (!connectorsPainted && mark.kind().layer() > MarkKind.REFERRAL_ZONE.layer()) {
        paintZoneHighlights(g, ordered, transform, look, linked, clip);
        zones.paintConnectors(g, chart, view, transform, look, !zoneFills);
        connectorsPainted = true;
      }
      if (!look.isVisible(mark.kind())) {
        continue;
      }
      if (mark instanceof Zone zone) {
        if (zoneFills) {
          spans.begin(g, zone);
          Composite plain = fadeIfCarried(g, zone);
          zones.paint(g, zone, transform, clip, sprites != null ? deviceScale : 0, makeZoneImages);
          g.setComposite(plain);
          spans.end(g, zone);
        }
        continue;
      }
      toScreen(transform, mark);
      // A cheap test first: no glyph reaches further than this from its anchor.
      if (clip != null
          && (screen.x + reach < clip.x
              || screen.x - reach > clip.x + clip.width
              || screen.y + reach < clip.y
              || screen.y - reach > clip.y + clip.height)) {
        continue;
      }
      spans.begin(g, mark);
      Composite plain = fadeIfCarried(g, mark);
      if (mark instanceof TriggerPoint tp) {
        boolean isLinked = linked.contains(tp.id());
        if (sprites != null) {
          blitTriggerPoint(g, tp, screen.x, screen.y, look, isLinked, deviceScale);
        } else {
          paintTriggerPoint(g, tp, screen.x, screen.y, look, isLinked);
        }
      } else if (mark instanceof NotePin pin) {
        paintNotePin(g, pin, screen.x, screen.y, look);
      }
      g.setComposite(plain);
      spans.end(g, mark);
    }
    if (!connectorsPainted) {
      paintZoneHighlights(g, ordered, transform, look, linked, clip);
      zones.paintConnectors(g, chart, view, transform, look, !zoneFills);
    }
    labels.paint(g, chart, view, transform, look, clip);
    paintIntensityLabels(g, chart, view, transform, look);
    zones.trim();
  }

  /** The highlights of the hovered, selected and linked zones among the first, zone, marks. */
  private void paintZoneHighlights(
      Graphics2D g,
      List<Mark> ordered,
      ViewTransform transform,
      MarkAppearance look,
      Set<MarkId> linked,
      Rectangle clip) {
    if (look.selected().isEmpty() && look.hovered() == null) {
      return;
    }
    for (Mark mark : ordered) {
      if (!(mark instanceof Zone zone)) {
        return;
      }
      if (look.isVisible(zone.kind())) {
        zones.paintHighlight(g, zone, transform, look, linked.contains(zone.id()), clip);
      }
    }
  }

  /**
   * Draws a mark carried forward from the last visit and not re-examined yet faded, so what is
   * still to be checked stands apart from today's findings; returns the composite to restore.
   */
  static Composite fadeIfCarried(Graphics2D g, Mark mark) {
    Composite plain = g.getComposite();
    if (mark.awaitsReexamination()) {
      g.setComposite(AlphaComposite.SrcOver.derive(MarkStyle.CARRIED_OPACITY));
    }
    return plain;
  }

  /**
   * The short labels of {@code view} at the transform's zoom, laid out once per chart, view, zoom
   * and appearance of labels, and reused while the view is panned.
   */
  public LabelLayout labelLayout(
      Chart chart, BodyView view, ViewTransform transform, MarkAppearance look) {
    return labels.layout(chart, view, transform, look);
  }

  /**
   * The pixels a mark covers on screen (glyph, badge, label and selection ring), for repainting
   * only what an edit changed.
   */
  public Rectangle bounds(Mark mark, ViewTransform transform, MarkAppearance look) {
    Point2D p = transform.toScreen(mark.position());
    Rectangle bounds = glyphBounds(mark, p.getX(), p.getY(), look);
    if (look.labelsAlways()) {
      bounds = labels.bounds(mark.id(), transform).map(bounds::union).orElse(bounds);
    }
    return mark instanceof Zone zone ? bounds.union(zones.bounds(zone, transform)) : bounds;
  }

  /**
   * The pixels a mark covers together with its links on its view: for a trigger point its
   * connectors and the zones they lead to, for a referral zone its connector and trigger point.
   */
  public Rectangle bounds(Chart chart, Mark mark, ViewTransform transform, MarkAppearance look) {
    Rectangle bounds = bounds(mark, transform, look);
    for (MarkId id : ZoneLinks.linked(chart, Set.of(mark.id()))) {
      Mark other = chart.get(id);
      if (other.view() == mark.view()) {
        bounds = bounds.union(bounds(other, transform, look));
      }
    }
    return bounds;
  }

  private Rectangle glyphBounds(Mark mark, double x, double y, MarkAppearance look) {
    double r = style.crossHalfPx * 2.2;
    Rectangle2D.Double box = new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
    if (mark instanceof Zone) {
      // Room for the intensity label on the anchor.
      box.add(x - 30 * style.crossHalfPx / 6.5, y + 14 * style.crossHalfPx / 6.5);
      box.add(x + 30 * style.crossHalfPx / 6.5, y - 14 * style.crossHalfPx / 6.5);
    } else if (mark instanceof TriggerPoint tp) {
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
      TriggerPointStatus status, String badge, boolean selected, boolean hovered, boolean linked) {}

  private GlyphKey glyphKey(TriggerPoint tp, MarkAppearance look, boolean linked) {
    return new GlyphKey(
        tp.status(),
        badgeText(tp.twitch()),
        look.isSelected(tp.id()),
        look.isHovered(tp.id()),
        linked);
  }

  private void blitTriggerPoint(
      Graphics2D g,
      TriggerPoint tp,
      double x,
      double y,
      MarkAppearance look,
      boolean linked,
      double deviceScale) {
    boolean selected = look.isSelected(tp.id());
    boolean hovered = look.isHovered(tp.id());
    GlyphSprites.Sprite sprite = spriteFor(tp, selected, hovered, linked, deviceScale);
    GlyphSprites.blit(g, sprite, x, y, deviceScale);
  }

  /**
   * The sprite of a trigger point's glyph, found by array index on the hot path: looking records up
   * in a map for each of thousands of marks cost more than copying their pixels.
   */
  private GlyphSprites.Sprite spriteFor(
      TriggerPoint tp, boolean selected, boolean hovered, boolean linked, double deviceScale) {
    if (deviceScale != spriteIndexScale) {
      java.util.Arrays.fill(spriteIndex, null);
      spriteIndexScale = deviceScale;
    }
    TwitchResponse twitch = tp.twitch();
    int badge = twitch.presence() != TwitchPresence.PRESENT ? 0 : Math.min(twitch.count(), 99) + 1;
    int index =
        ((((tp.status().ordinal() * BADGES + badge) * 2 + (selected ? 1 : 0)) * 2
                    + (hovered ? 1 : 0))
                * 2)
            + (linked ? 1 : 0);
    GlyphSprites.Sprite sprite = spriteIndex[index];
    if (sprite == null) {
      GlyphKey key = new GlyphKey(tp.status(), badgeText(twitch), selected, hovered, linked);
      sprite =
          sprites.get(
              key,
              deviceScale,
              (int) Math.ceil(style.crossHalfPx * 2.2 + 14 * style.crossHalfPx / 6.5 + 8),
              (sg, k) -> paintGlyph(sg, (GlyphKey) k, 0, 0));
      spriteIndex[index] = sprite;
    }
    return sprite;
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
      Graphics2D g, TriggerPoint tp, double x, double y, MarkAppearance look, boolean linked) {
    paintGlyph(g, glyphKey(tp, look, linked), x, y);
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
    if (key.selected() || key.linked()) {
      // A dashed ring marks the selection, a solid one the owner of a selected zone.
      g.setColor(style.selectionColor);
      g.setStroke(key.selected() ? style.selectionRing : style.linked);
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

  /** The intensity of each selected or hovered zone, as "7/10" centred on its anchor. */
  private void paintIntensityLabels(
      Graphics2D g, Chart chart, BodyView view, ViewTransform t, MarkAppearance look) {
    for (MarkId id : look.selected()) {
      paintIntensityLabel(g, chart, id, view, t, look);
    }
    if (look.hovered() != null && !look.isSelected(look.hovered())) {
      paintIntensityLabel(g, chart, look.hovered(), view, t, look);
    }
  }

  private void paintIntensityLabel(
      Graphics2D g, Chart chart, MarkId id, BodyView view, ViewTransform t, MarkAppearance look) {
    if (chart.find(id).orElse(null) instanceof Zone zone
        && zone.view() == view
        && look.isVisible(zone.kind())) {
      Optional<PainIntensity> intensity = intensity(zone);
      if (intensity.isPresent()) {
        toScreen(t, zone);
        g.setFont(style.labelFont);
        double top = screen.y - g.getFontMetrics().getHeight() / 2.0;
        paintLabel(g, intensity.get().toString(), screen.x, top);
      }
    }
  }

  /** The intensity a zone was rated, if any. */
  static Optional<PainIntensity> intensity(Mark zone) {
    if (zone instanceof ReferralZone referral) {
      return referral.intensity();
    }
    return zone instanceof SymptomArea area ? area.intensity() : Optional.empty();
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
