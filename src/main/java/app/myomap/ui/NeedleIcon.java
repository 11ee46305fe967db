package app.myomap.ui;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import javax.swing.Icon;

/**
 * A small drawn needle (a slanted shaft with a round handle) in the component's text colour, for
 * "needled at this visit": drawn rather than taken from a font, which may lack any such glyph.
 */
final class NeedleIcon implements Icon {
  private final int size;

  NeedleIcon(int size) {
    this.size = size;
  }

  @Override
  public void paintIcon(Component c, Graphics g, int x, int y) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setColor(c.getForeground());
      g2.translate(x, y);
      double s = size;
      g2.setStroke(new BasicStroke((float) Math.max(1.2, s / 9)));
      g2.draw(new Line2D.Double(s * 0.18, s * 0.92, s * 0.7, s * 0.3));
      double head = s * 0.32;
      g2.fill(new Ellipse2D.Double(s * 0.62, s * 0.05, head, head));
    } finally {
      g2.dispose();
    }
  }

  @Override
  public int getIconWidth() {
    return size;
  }

  @Override
  public int getIconHeight() {
    return size;
  }
}
