package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.TriggerPoint;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Paints the short labels for {@link ChartRenderer}: when labels are on, those of the {@link
 * LabelLayout}, kept for as long as the chart, view and zoom stay the same, with a leader line to
 * each label that had to move further out; in any case the muscle label below each selected or
 * hovered trigger point that has no placed label.
 */
final class LabelLayer {
  private final MarkStyle style;
  private final Line2D.Double line = new Line2D.Double();
  private final RoundRectangle2D.Double roundRect = new RoundRectangle2D.Double();
  private LabelLayout layout;
  private LayoutKey layoutKey;

  /** Label images for the screen, each box drawn once and copied; null draws vectors. */
  private final GlyphSprites sprites;

  /** The look of one label box; equal keys share one image. */
  private record BoxKey(String text, Font font, double widthPx, double heightPx) {}

  LabelLayer(MarkStyle style, GlyphSprites sprites) {
    this.style = style;
    this.sprites = sprites;
  }

  /** What a label layout depends on; the chart and the label functions by identity. */
  private record LayoutKey(
      Chart chart,
      BodyView view,
      double scale,
      Set<MarkKind> hidden,
      Object abbreviation,
      Object zoneLabel,
      Rectangle2D frame) {
    @Override
    public boolean equals(Object o) {
      return o instanceof LayoutKey k
          && k.chart == chart
          && k.view == view
          && k.scale == scale
          && k.hidden.equals(hidden)
          && k.abbreviation == abbreviation
          && k.zoneLabel == zoneLabel
          && Objects.equals(k.frame, frame);
    }

    @Override
    public int hashCode() {
      return Objects.hash(System.identityHashCode(chart), view, scale);
    }
  }

  LabelLayout layout(Chart chart, BodyView view, ViewTransform t, MarkAppearance look) {
    LayoutKey key =
        new LayoutKey(
            chart,
            view,
            t.scale(),
            look.hidden(),
            look.abbreviation(),
            look.zoneLabel(),
            look.frame());
    if (!key.equals(layoutKey)) {
      layout = LabelLayout.of(chart, view, t.scale(), look, style);
      layoutKey = key;
    }
    return layout;
  }

  /**
   * The pixels of a mark's placed label in the layout last made; a changed chart repaints every
   * label anyway.
   */
  Optional<Rectangle> bounds(MarkId mark, ViewTransform t) {
    if (layout == null) {
      return Optional.empty();
    }
    return layout
        .of(mark)
        .map(
            label -> {
              Rectangle box = shifted(label.box(), t).getBounds();
              box.grow(2, 2);
              return box;
            });
  }

  /**
   * Paints the placed labels when labels are on, and below each selected or hovered trigger point
   * that has none its muscle label; a zone's sensation gives way to its intensity, if rated, while
   * the zone is selected or hovered.
   */
  void paint(
      Graphics2D g,
      Chart chart,
      BodyView view,
      ViewTransform t,
      MarkAppearance look,
      Rectangle clip) {
    LabelLayout placed = look.labelsAlways() ? layout(chart, view, t, look) : null;
    if (placed != null) {
      for (LabelLayout.Label label : placed.labels()) {
        if (label.zone()
            && (look.isSelected(label.mark()) || look.isHovered(label.mark()))
            && ChartRenderer.intensity(chart.get(label.mark())).isPresent()) {
          continue;
        }
        Rectangle2D box = shifted(label.box(), t);
        if (clip != null && !box.intersects(clip)) {
          continue;
        }
        if (label.leader()) {
          paintLeader(g, label.anchor(), box, t);
        }
        paintBox(g, label.text(), box, label.zone() ? style.zoneLabelFont : style.labelFont);
      }
    }
    if (!look.isVisible(MarkKind.TRIGGER_POINT)) {
      return;
    }
    for (MarkId id : emphasised(look)) {
      if (chart.find(id).orElse(null) instanceof TriggerPoint tp
          && tp.view() == view
          && (placed == null || placed.of(id).isEmpty())) {
        String text = look.abbreviation().apply(tp.muscle().id()) + " " + tp.side().code();
        g.setFont(style.labelFont);
        FontMetrics fm = g.getFontMetrics();
        double w = LabelLayout.width(fm, text);
        double x = tp.x() * t.scale() + t.offsetX();
        double top = tp.y() * t.scale() + t.offsetY() + style.crossHalfPx * 2.1;
        paintBox(
            g, text, new Rectangle2D.Double(x - w / 2, top, w, fm.getHeight()), style.labelFont);
      }
    }
  }

  private static Set<MarkId> emphasised(MarkAppearance look) {
    if (look.hovered() == null) {
      return look.selected();
    }
    Set<MarkId> ids = new HashSet<>(look.selected());
    ids.add(look.hovered());
    return ids;
  }

  private void paintLeader(Graphics2D g, Point2D anchor, Rectangle2D box, ViewTransform t) {
    double x = anchor.getX() + t.offsetX();
    double y = anchor.getY() + t.offsetY();
    // From just outside the glyph to the nearest point of the box.
    double toX = Math.max(box.getMinX(), Math.min(x, box.getMaxX()));
    double toY = Math.max(box.getMinY(), Math.min(y, box.getMaxY()));
    double length = Math.hypot(toX - x, toY - y);
    if (length <= style.crossHalfPx * 1.5) {
      return;
    }
    double start = style.crossHalfPx * 1.5 / length;
    g.setColor(style.connectorColor);
    g.setStroke(style.thin);
    line.setLine(x + (toX - x) * start, y + (toY - y) * start, toX, toY);
    g.draw(line);
  }

  /**
   * A label's box and text: on the screen copied from an image of it, its corner on a whole pixel
   * (some hundred labels of text cost milliseconds a frame to draw).
   */
  private void paintBox(Graphics2D g, String text, Rectangle2D box, Font font) {
    if (sprites != null) {
      double deviceScale = deviceScale(g);
      GlyphSprites.Sprite sprite =
          sprites.get(
              new BoxKey(text, font, box.getWidth(), box.getHeight()),
              deviceScale,
              (int) Math.ceil(Math.max(box.getWidth(), box.getHeight())) + 2,
              (sg, key) ->
                  paintBoxVectors(
                      sg,
                      text,
                      new Rectangle2D.Double(0, 0, box.getWidth(), box.getHeight()),
                      font));
      GlyphSprites.blit(g, sprite, box.getX(), box.getY(), deviceScale);
      return;
    }
    paintBoxVectors(g, text, box, font);
  }

  private void paintBoxVectors(Graphics2D g, String text, Rectangle2D box, Font font) {
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    roundRect.setRoundRect(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 4, 4);
    g.setColor(style.labelBackground);
    g.fill(roundRect);
    g.setColor(style.labelText);
    g.drawString(text, (float) (box.getX() + 3), (float) (box.getY() + fm.getAscent()));
  }

  private static double deviceScale(Graphics2D g) {
    if (g.getDeviceConfiguration() == null) {
      return 1;
    }
    return Math.max(1, g.getDeviceConfiguration().getDefaultTransform().getScaleX());
  }

  private static Rectangle2D shifted(Rectangle2D box, ViewTransform t) {
    return new Rectangle2D.Double(
        box.getX() + t.offsetX(), box.getY() + t.offsetY(), box.getWidth(), box.getHeight());
  }
}
