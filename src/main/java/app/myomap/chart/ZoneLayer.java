package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Zone;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paints zones and their connectors for {@link ChartRenderer}. An essential referral zone is a
 * solid red fill with a thin darker edge; a spillover zone is the same red as vector dots with a
 * dashed edge; a symptom area is a light fill of its sensation's colour with its pain-drawing
 * symbols, edged solid when constant and dashed when intermittent.
 *
 * <p>Everything a zone needs is built once per zone version and zoom, in pixels, and kept (see
 * {@link PreparedZone}): a pan only shifts it, and on the screen a repaint copies one image per
 * zone, while print and export fill the same shapes as vectors.
 */
final class ZoneLayer {
  /** Cached entries beyond this many are dropped when a paint did not use them. */
  private static final int CACHE_LIMIT = 512;

  private final MarkStyle style;
  private final Map<MarkId, PreparedZone> cache = new HashMap<>();
  private final Line2D.Double line = new Line2D.Double();
  private long paintCount;

  ZoneLayer(MarkStyle style) {
    this.style = style;
  }

  /**
   * Paints one zone without its highlight: from a cached image when this layer is for the screen
   * ({@code deviceScale} &gt; 0), as vectors for print and export ({@code deviceScale} 0). With
   * {@code makeImage} false an image is used if there is one, but none is made.
   */
  void paint(
      Graphics2D g,
      Zone zone,
      ViewTransform t,
      Rectangle clip,
      double deviceScale,
      boolean makeImage) {
    PreparedZone p = prepared(zone, t);
    double dx = t.offsetX() - p.offsetX;
    double dy = t.offsetY() - p.offsetY;
    if (clip != null && !clip.intersects(shifted(p.bounds, dx, dy))) {
      return;
    }
    if (deviceScale > 0) {
      p.paintImage(g, dx, dy, deviceScale, makeImage);
    } else {
      p.paintVectors(g, dx, dy);
    }
  }

  /**
   * Paints a zone's hover, selection or link highlight, if it has one: drawn over all zones, so
   * that it shows whether the zones come from vectors or from an image of them.
   */
  void paintHighlight(
      Graphics2D g,
      Zone zone,
      ViewTransform t,
      MarkAppearance look,
      boolean linked,
      Rectangle clip) {
    boolean hovered = look.isHovered(zone.id());
    boolean selected = look.isSelected(zone.id());
    if (!hovered && !selected && !linked) {
      return;
    }
    PreparedZone p = prepared(zone, t);
    double dx = t.offsetX() - p.offsetX;
    double dy = t.offsetY() - p.offsetY;
    if (clip != null && !clip.intersects(shifted(p.bounds, dx, dy))) {
      return;
    }
    g.translate(dx, dy);
    try {
      if (hovered) {
        g.setColor(style.hoverColor);
        g.setStroke(style.halo);
        g.draw(p.outline);
      }
      if (selected || linked) {
        // Dashed for the selection, solid for the zone of a selected trigger point.
        g.setColor(style.selectionColor);
        g.setStroke(selected ? style.selectionRing : style.linked);
        g.draw(p.outline);
      }
    } finally {
      g.translate(-dx, -dy);
    }
  }

  /**
   * Paints the dashed line from each trigger point of the view to each of its referral zones there,
   * from the point to where the line meets the zone's edge; a point inside its zone needs none. A
   * connector whose point or zone is selected is drawn as a link in the selection colour; with
   * {@code linksOnly} only those are drawn (the others lie beneath already, in an image of the
   * zones).
   */
  void paintConnectors(
      Graphics2D g,
      Chart chart,
      BodyView view,
      ViewTransform t,
      MarkAppearance look,
      boolean linksOnly) {
    if (!look.isVisible(MarkKind.TRIGGER_POINT) || !look.isVisible(MarkKind.REFERRAL_ZONE)) {
      return;
    }
    for (Mark mark : chart.marks(view)) {
      if (mark instanceof ReferralZone zone) {
        owner(chart, zone, view)
            .ifPresent(
                point -> {
                  boolean link = look.isSelected(zone.id()) || look.isSelected(point.id());
                  if (link || !linksOnly) {
                    paintConnector(g, zone, point, t, link);
                  }
                });
      }
    }
  }

  /** The trigger point on {@code view} a referral zone belongs to, if it is drawn there. */
  static Optional<TriggerPoint> owner(Chart chart, ReferralZone zone, BodyView view) {
    if (zone.owner().isEmpty()) {
      return Optional.empty();
    }
    return chart
        .find(zone.owner().get())
        .filter(
            owner -> owner instanceof TriggerPoint && owner.view() == view && !owner.isResolved())
        .map(TriggerPoint.class::cast);
  }

  /** The dashed line from {@code point} to its zone's edge, or as a link. */
  void paintConnector(
      Graphics2D g, ReferralZone zone, TriggerPoint point, ViewTransform t, boolean link) {
    Optional<Point2D> entry = entry(zone, point.position(), t);
    if (entry.isPresent()) {
      g.setColor(link ? style.selectionColor : style.connectorColor);
      g.setStroke(link ? style.linked : style.connector);
      Point2D from = t.toScreen(point.position());
      line.setLine(from, t.toScreen(entry.get()));
      g.draw(line);
    }
  }

  /** The pixels a zone's fill, edge and highlights cover. */
  Rectangle bounds(Zone zone, ViewTransform t) {
    PreparedZone p = prepared(zone, t);
    return shifted(p.bounds, t.offsetX() - p.offsetX, t.offsetY() - p.offsetY);
  }

  /** Forgets prepared zones no paint has used lately, once there are many. */
  void trim() {
    paintCount++;
    if (cache.size() > CACHE_LIMIT) {
      for (Iterator<PreparedZone> it = cache.values().iterator(); it.hasNext(); ) {
        if (it.next().lastUse < paintCount - 1) {
          it.remove();
        }
      }
    }
  }

  /**
   * Where the line from a trigger point to its zone's anchor first meets the zone's edge, in
   * outline units; empty when the point lies inside the zone.
   */
  private Optional<Point2D> entry(ReferralZone zone, Point2D from, ViewTransform t) {
    if (zone.shape().contains(from)) {
      return Optional.empty();
    }
    List<double[]> rings = prepared(zone, t).rings;
    Point2D.Double to = zone.shape().anchor();
    double best = Double.POSITIVE_INFINITY;
    for (double[] ring : rings) {
      int n = ring.length / 2;
      for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        double along =
            crossing(
                from.getX(),
                from.getY(),
                to.x,
                to.y,
                ring[2 * i],
                ring[2 * i + 1],
                ring[2 * j],
                ring[2 * j + 1]);
        best = Math.min(best, along);
      }
    }
    if (!(best <= 1)) {
      return Optional.of(to);
    }
    return Optional.of(
        new Point2D.Double(
            from.getX() + best * (to.x - from.getX()), from.getY() + best * (to.y - from.getY())));
  }

  /** Where along p-q (0 to 1) it crosses the segment a-b, or infinity if it does not. */
  private static double crossing(
      double px, double py, double qx, double qy, double ax, double ay, double bx, double by) {
    double rx = qx - px;
    double ry = qy - py;
    double sx = bx - ax;
    double sy = by - ay;
    double denominator = rx * sy - ry * sx;
    if (denominator == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double t = ((ax - px) * sy - (ay - py) * sx) / denominator;
    double u = ((ax - px) * ry - (ay - py) * rx) / denominator;
    return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : Double.POSITIVE_INFINITY;
  }

  private PreparedZone prepared(Zone zone, ViewTransform t) {
    PreparedZone p = cache.get(zone.id());
    if (p == null || p.scale != t.scale() || (p.zone != zone && !p.zone.equals(zone))) {
      p = PreparedZone.of(zone, t, style, p);
      cache.put(zone.id(), p);
    }
    p.lastUse = paintCount;
    return p;
  }

  private static Rectangle shifted(Rectangle r, double dx, double dy) {
    return new Rectangle(
        (int) Math.floor(r.x + dx), (int) Math.floor(r.y + dy), r.width + 1, r.height + 1);
  }
}
