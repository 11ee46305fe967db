package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Zone;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Keeps the zones of the view shown (referral zones and symptom areas, without any highlight, and
 * the plain connectors from trigger points to their referral zones) rendered from vectors into a
 * transparent image over the visible outline area, on a background thread, as the outline is kept
 * ({@link LayerImageCache}): while the zoom changes, the zones are copied scaled with the outline,
 * in the same geometry, instead of being drawn again from vectors on the event thread, and the
 * sharp image follows. Only an image of exactly the zones shown now is ever used: after an edit the
 * caller draws the zones from vectors until the new image is there.
 */
public final class ZoneImageCache {
  private final LayerImageCache<ZoneSet> images;

  /**
   * Prepare the zones for rendering, one for the visible area and one for the whole view (each
   * keeps its zones prepared at its zoom): used on the rendering thread only.
   */
  private final ZoneLayer layer;

  private final ZoneLayer wholeLayer;

  private Chart lastChart;
  private BodyView lastView;
  private Set<MarkKind> lastHidden;
  private ZoneSet lastZones;
  private boolean noZones = true;

  /**
   * The zones to draw, in drawing order, and the connectors to draw, each a referral zone and its
   * trigger point; equal when they are the same marks, by identity.
   */
  private record ZoneSet(List<Zone> zones, List<ReferralZone> linked, List<TriggerPoint> owners) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ZoneSet other
          && same(other.zones, zones)
          && same(other.linked, linked)
          && same(other.owners, owners);
    }

    @Override
    public int hashCode() {
      int hash = 1;
      for (Zone zone : zones) {
        hash = 31 * hash + System.identityHashCode(zone);
      }
      return hash;
    }

    private static boolean same(List<?> a, List<?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) != b.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  private ZoneImageCache(MarkStyle style, Executor executor, Runnable onReady) {
    this.layer = new ZoneLayer(style);
    this.wholeLayer = new ZoneLayer(style);
    this.images = new LayerImageCache<>(executor, onReady, false, this::render, ZoneSet::equals);
  }

  /**
   * A cache for the screen, drawing zones in {@code style} on {@code executor}; {@code onReady}
   * runs on the rendering thread when an image is ready, and the surface should then repaint.
   */
  public static ZoneImageCache inBackground(MarkStyle style, Executor executor, Runnable onReady) {
    return new ZoneImageCache(
        Objects.requireNonNull(style, "style"),
        Objects.requireNonNull(executor, "executor"),
        onReady);
  }

  /**
   * Paints the zones of {@code view} that {@code look} shows, as seen through {@code t} in a
   * component of the given size, from an image of them, sharp or standing in scaled; {@code
   * viewBox} is the view's whole outline area.
   *
   * @return whether the zones are painted (or there are none); false when no image of them is there
   *     yet, and the caller draws them itself
   */
  boolean paint(
      Graphics2D g,
      Chart chart,
      BodyView view,
      Rectangle2D viewBox,
      MarkAppearance look,
      ViewTransform t,
      int widthPx,
      int heightPx) {
    ZoneSet zones = zonesShown(chart, view, look.hidden());
    noZones = zones.zones().isEmpty();
    if (noZones) {
      return true;
    }
    return images.paint(g, zones, viewBox, t, widthPx, heightPx, false);
  }

  /**
   * Whether the last paint drew the zones from their sharp image for its zoom (or there were none),
   * rather than from one standing in scaled or from vectors.
   */
  public boolean paintedSharp() {
    return noZones || images.paintedSharp();
  }

  /** How many times zones were rendered into an image; for tests and benchmarks. */
  public int renderCount() {
    return images.renderCount();
  }

  private ZoneSet zonesShown(Chart chart, BodyView view, Set<MarkKind> hidden) {
    if (chart != lastChart || view != lastView || !hidden.equals(lastHidden)) {
      List<Zone> zones = new ArrayList<>();
      List<ReferralZone> linked = new ArrayList<>();
      List<TriggerPoint> owners = new ArrayList<>();
      boolean connectors =
          !hidden.contains(MarkKind.TRIGGER_POINT) && !hidden.contains(MarkKind.REFERRAL_ZONE);
      for (Mark mark : chart.inDrawingOrder(view)) {
        if (mark instanceof Zone zone && !hidden.contains(zone.kind())) {
          zones.add(zone);
          if (connectors && zone instanceof ReferralZone referral) {
            ZoneLayer.owner(chart, referral, view)
                .ifPresent(
                    owner -> {
                      linked.add(referral);
                      owners.add(owner);
                    });
          }
        }
      }
      lastZones = new ZoneSet(List.copyOf(zones), List.copyOf(linked), List.copyOf(owners));
      lastChart = chart;
      lastView = view;
      lastHidden = hidden;
    }
    return lastZones;
  }

  private void render(
      Graphics2D g,
      ZoneSet zones,
      Rectangle2D area,
      double scale,
      double deviceScale,
      BufferedImage target,
      boolean whole) {
    g.setComposite(AlphaComposite.Clear);
    g.fillRect(0, 0, target.getWidth(), target.getHeight());
    g.setComposite(AlphaComposite.SrcOver);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(deviceScale, deviceScale);
    ViewTransform t = new ViewTransform(scale, -area.getX() * scale, -area.getY() * scale);
    ZoneLayer zoneLayer = whole ? wholeLayer : layer;
    for (Zone zone : zones.zones()) {
      java.awt.Composite plain = ChartRenderer.fadeIfCarried(g, zone);
      zoneLayer.paint(g, zone, t, null, 0, false);
      g.setComposite(plain);
    }
    for (int i = 0; i < zones.linked().size(); i++) {
      zoneLayer.paintConnector(g, zones.linked().get(i), zones.owners().get(i), t, false);
    }
    zoneLayer.trim();
  }
}
