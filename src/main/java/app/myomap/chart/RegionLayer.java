package app.myomap.chart;

import app.myomap.atlas.Depth;
import app.myomap.atlas.MuscleRegion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Paints the atlas's muscle regions of a view for {@link ChartPicture}, as a learning and checking
 * aid: superficial regions tinted with solid edges, deep ones with dashed edges, each labelled with
 * its abbreviation; and one region highlighted, the one under the pointer on the screen.
 */
final class RegionLayer {
  private static final Color[] TINTS = {
    new Color(0xE5, 0x73, 0x73), new Color(0x64, 0xB5, 0xF6), new Color(0x81, 0xC7, 0x84),
    new Color(0xFF, 0xB7, 0x4D), new Color(0xBA, 0x68, 0xC8), new Color(0x4D, 0xD0, 0xE1),
    new Color(0xF0, 0x62, 0x92), new Color(0xAE, 0xD5, 0x81), new Color(0x90, 0xA4, 0xAE)
  };
  private static final Color HIGHLIGHT_FILL = new Color(0x19, 0x76, 0xD2, 36);
  private static final Color HIGHLIGHT_EDGE = new Color(0x19, 0x76, 0xD2, 90);
  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);
  private static final Color LABEL_TEXT = new Color(0x21, 0x21, 0x21);

  private final BasicStroke edge;
  private final BasicStroke deepEdge;
  private final Font labelFont;

  /** A layer whose edges and labels are {@code markScale} times their size on the screen. */
  RegionLayer(float markScale) {
    edge = new BasicStroke(markScale);
    deepEdge =
        new BasicStroke(
            1.2f * markScale,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {4f * markScale, 3f * markScale},
            0f);
    labelFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(10 * markScale));
  }

  void paint(
      Graphics2D g,
      List<MuscleRegion> regions,
      ViewTransform t,
      Function<String, String> abbreviation) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    for (int i = 0; i < regions.size(); i++) {
      MuscleRegion region = regions.get(i);
      // Neighbouring regions come one after another in the atlas, so cycling the tints by position
      // gives neighbours different colours.
      Color tint = TINTS[i % TINTS.length];
      Shape shape = t.toScreenTransform().createTransformedShape(region.shape());
      boolean deep = region.depth() == Depth.DEEP;
      g.setColor(new Color(tint.getRed(), tint.getGreen(), tint.getBlue(), deep ? 40 : 80));
      g.fill(shape);
      g.setColor(tint.darker());
      g.setStroke(deep ? deepEdge : edge);
      g.draw(shape);
    }
    g.setFont(labelFont);
    FontMetrics fm = g.getFontMetrics();
    int pad = Math.round(edge.getLineWidth() * 2);
    List<Rectangle> placed = new ArrayList<>();
    for (MuscleRegion region : regions) {
      Shape shape = t.toScreenTransform().createTransformedShape(region.shape());
      Rectangle2D box = shape.getBounds2D();
      String text = abbreviation.apply(region.muscleId()) + " " + region.side().code();
      int w = fm.stringWidth(text) + 2 * pad;
      Rectangle label =
          new Rectangle(
              (int) Math.round(box.getCenterX() - w / 2.0),
              (int) Math.round(box.getCenterY() - fm.getHeight() / 2.0),
              w,
              fm.getHeight());
      // A label that would cover another is left out: zoom in to read the small regions.
      if (placed.stream().anyMatch(label::intersects)) {
        continue;
      }
      placed.add(label);
      int arc = 2 * pad;
      g.setColor(LABEL_BACKGROUND);
      g.fillRoundRect(label.x, label.y, label.width, label.height, arc, arc);
      g.setColor(LABEL_TEXT);
      g.drawString(text, label.x + pad, label.y + fm.getAscent());
    }
  }

  /** Tints one region so it stands out: on the screen, the region under the pointer. */
  void paintHighlight(Graphics2D g, MuscleRegion region, ViewTransform t) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Shape shape = t.toScreenTransform().createTransformedShape(region.shape());
    g.setColor(HIGHLIGHT_FILL);
    g.fill(shape);
    g.setColor(HIGHLIGHT_EDGE);
    g.setStroke(edge);
    g.draw(shape);
  }
}
