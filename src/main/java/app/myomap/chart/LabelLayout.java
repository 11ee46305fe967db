package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TwitchPresence;
import app.myomap.model.Zone;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the short labels of one view go at one zoom: a muscle label ("UT R") beside each trigger
 * point and a small sensation label on each zone, placed by the {@link LabelPlacer} so that none
 * overlaps another label or a glyph, and dropped where there is no room. Trigger points come first,
 * so a crowded chart keeps its muscle labels before its zone labels. Boxes are in pixels of the
 * zoom with no pan (outline point × scale), so a pan reuses the layout: add the transform's offset
 * to draw.
 */
public final class LabelLayout {
  /** Pixels between a glyph and its label. */
  private static final double GAP_PX = 2;

  /** What a placed label says and where: its box and the anchor it belongs to, unpanned. */
  public record Label(
      MarkId mark, String text, Rectangle2D box, Point2D anchor, boolean leader, boolean zone) {}

  private final Map<MarkId, Label> labels;

  private LabelLayout(Map<MarkId, Label> labels) {
    this.labels = labels;
  }

  /** Lays out the labels of the marks of {@code view} on shown layers at {@code scale}. */
  public static LabelLayout of(
      Chart chart, BodyView view, double scale, MarkAppearance look, MarkStyle style) {
    Rectangle2D frame =
        look.frame() == null
            ? new Rectangle2D.Double(-1e7, -1e7, 2e7, 2e7)
            : new Rectangle2D.Double(
                look.frame().getX() * scale,
                look.frame().getY() * scale,
                look.frame().getWidth() * scale,
                look.frame().getHeight() * scale);
    LabelPlacer placer = new LabelPlacer(frame);
    double clear = style.crossHalfPx * 1.5;
    List<TriggerPoint> points = new ArrayList<>();
    List<Zone> zones = new ArrayList<>();
    for (Mark mark : chart.inDrawingOrder(view)) {
      if (!look.isVisible(mark.kind())) {
        continue;
      }
      Point2D at = new Point2D.Double(mark.x() * scale, mark.y() * scale);
      if (mark instanceof TriggerPoint tp) {
        points.add(tp);
        placer.avoid(square(at, clear));
        if (tp.twitch().presence() == TwitchPresence.PRESENT) {
          // The twitch badge, up and to the right of the X.
          double h = style.crossHalfPx;
          placer.avoid(
              new Rectangle2D.Double(at.getX() + h * 1.25, at.getY() - h * 3.3, h * 2.6, h * 2.1));
        }
      } else if (mark instanceof NotePin) {
        placer.avoid(square(at, clear * 2));
      } else if (mark instanceof Zone zone) {
        zones.add(zone);
      }
    }
    Map<MarkId, Label> placed = new LinkedHashMap<>();
    FontMetrics pointFont = metrics(style.labelFont);
    for (TriggerPoint tp : points) {
      String text = look.abbreviation().apply(tp.muscle().id()) + " " + tp.side().code();
      Point2D at = new Point2D.Double(tp.x() * scale, tp.y() * scale);
      placer
          .placeAround(at, width(pointFont, text), pointFont.getHeight(), clear, GAP_PX)
          .ifPresent(
              p -> placed.put(tp.id(), new Label(tp.id(), text, p.box(), at, p.leader(), false)));
    }
    FontMetrics zoneFont = metrics(style.zoneLabelFont);
    for (Zone zone : zones) {
      String text = look.zoneLabel().apply(zone);
      if (text.isEmpty()) {
        continue;
      }
      Point2D at =
          new Point2D.Double(zone.shape().anchorX() * scale, zone.shape().anchorY() * scale);
      double w = width(zoneFont, text);
      double h = zoneFont.getHeight();
      Rectangle2D zoneBox = zone.shape().bounds();
      // A label wider than its zone would hide what it names.
      if (w > zoneBox.getWidth() * scale || h > zoneBox.getHeight() * scale) {
        continue;
      }
      placer
          .placeCentred(at, w, h)
          .ifPresent(
              p -> placed.put(zone.id(), new Label(zone.id(), text, p.box(), at, false, true)));
    }
    return new LabelLayout(placed);
  }

  /** The labels placed, trigger points first. */
  public List<Label> labels() {
    return List.copyOf(labels.values());
  }

  /** The label of a mark, if it got one. */
  public Optional<Label> of(MarkId mark) {
    return Optional.ofNullable(labels.get(mark));
  }

  /** The width of a label box: its text and 3 pixels either side. */
  static double width(FontMetrics fm, String text) {
    return fm.stringWidth(text) + 6;
  }

  private static Rectangle2D square(Point2D at, double half) {
    return new Rectangle2D.Double(at.getX() - half, at.getY() - half, 2 * half, 2 * half);
  }

  private static FontMetrics metrics(Font font) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      return g.getFontMetrics(font);
    } finally {
      g.dispose();
    }
  }
}
