package app.myomap.ui;

import com.formdev.flatlaf.ui.FlatUIUtils;
import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.UIManager;

/**
 * A label whose plain text wraps at spaces to the width it is given instead of being cut off with
 * an ellipsis; an icon, if any, sits beside the first line.
 */
public final class WrappingLabel extends JLabel {
  private static final long serialVersionUID = 1L;
  private static final String WARNING_COLOR = "Component.warning.focusedBorderColor";

  private final int preferredWidthPx;
  private boolean warning;

  /** A label that asks for {@code preferredWidthPx} (unscaled) until it is laid out. */
  public WrappingLabel(int preferredWidthPx) {
    this.preferredWidthPx = preferredWidthPx;
  }

  /** A non-blocking warning: a warning sign and the text on a softly tinted, rounded panel. */
  static WrappingLabel warning(int preferredWidthPx) {
    WrappingLabel label = new WrappingLabel(preferredWidthPx);
    label.warning = true;
    label.setIcon(new WarningIcon());
    label.setIconTextGap(6);
    label.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    return label;
  }

  @Override
  public Dimension getPreferredSize() {
    if (isPreferredSizeSet()) {
      return super.getPreferredSize();
    }
    int width = getWidth() > 0 ? getWidth() : UIScale.scale(preferredWidthPx);
    return new Dimension(width, heightFor(width));
  }

  @Override
  public Dimension getMinimumSize() {
    Dimension preferred = getPreferredSize();
    return new Dimension(Math.min(preferred.width, UIScale.scale(60)), preferred.height);
  }

  @Override
  public void setBounds(int x, int y, int width, int height) {
    boolean widthChanged = width != getWidth();
    super.setBounds(x, y, width, height);
    // The height follows the width: lay out again once the width is known.
    if (widthChanged && heightFor(width) != height) {
      revalidate();
    }
  }

  /** The height that shows every line of the text at the given width. */
  int heightFor(int width) {
    Insets insets = getInsets();
    FontMetrics fm = getFontMetrics(getFont());
    int lines = Math.max(1, wrap(getText(), fm, textWidth(width)).size());
    int textHeight = lines * fm.getHeight();
    Icon icon = getIcon();
    int iconHeight = icon == null ? 0 : icon.getIconHeight();
    return insets.top + Math.max(textHeight, iconHeight) + insets.bottom;
  }

  @Override
  protected void paintComponent(Graphics g) {
    if (isOpaque()) {
      g.setColor(getBackground());
      g.fillRect(0, 0, getWidth(), getHeight());
    }
    if (warning) {
      paintTint((Graphics2D) g);
    }
    Insets insets = getInsets();
    FontMetrics fm = getFontMetrics(getFont());
    int x = insets.left;
    Icon icon = getIcon();
    if (icon != null) {
      int iconY = insets.top + Math.max(0, (fm.getHeight() - icon.getIconHeight()) / 2);
      icon.paintIcon(this, g, x, iconY);
      x += icon.getIconWidth() + getIconTextGap();
    }
    g.setFont(getFont());
    g.setColor(isEnabled() ? getForeground() : UIManager.getColor("Label.disabledForeground"));
    int y = insets.top + fm.getAscent();
    for (String line : wrap(getText(), fm, textWidth(getWidth()))) {
      FlatUIUtils.drawString(this, g, line, x, y);
      y += fm.getHeight();
    }
  }

  private int textWidth(int width) {
    Insets insets = getInsets();
    Icon icon = getIcon();
    int iconSpace = icon == null ? 0 : icon.getIconWidth() + getIconTextGap();
    return Math.max(1, width - insets.left - insets.right - iconSpace);
  }

  /**
   * Text broken at spaces into lines no wider than {@code width}, and at line feeds; a word longer
   * than the width stands alone on its line.
   */
  static List<String> wrap(String text, FontMetrics fm, int width) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return lines;
    }
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private void paintTint(Graphics2D g) {
    Color base = UIManager.getColor(WARNING_COLOR);
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float arc = UIScale.scale(8f);
      RoundRectangle2D.Float box =
          new RoundRectangle2D.Float(0, 0, getWidth() - 1f, getHeight() - 1f, arc, arc);
      g2.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 38));
      g2.fill(box);
      g2.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 140));
      g2.draw(box);
    } finally {
      g2.dispose();
    }
  }

  /** A small warning triangle with an exclamation mark, in the theme's warning colour. */
  private static final class WarningIcon implements Icon {
    @Override
    public int getIconWidth() {
      return UIScale.scale(14);
    }

    @Override
    public int getIconHeight() {
      return UIScale.scale(13);
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.translate(x, y);
        float w = getIconWidth();
        float h = getIconHeight();
        Path2D.Float triangle = new Path2D.Float();
        triangle.moveTo(w / 2, 0.5f);
        triangle.lineTo(w - 0.5f, h - 0.5f);
        triangle.lineTo(0.5f, h - 0.5f);
        triangle.closePath();
        g2.setColor(UIManager.getColor(WARNING_COLOR));
        g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.fill(triangle);
        g2.draw(triangle);
        g2.setColor(Color.WHITE);
        g2.setStroke(
            new BasicStroke(UIScale.scale(1.6f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(new Line2D.Float(w / 2, h * 0.36f, w / 2, h * 0.64f));
        g2.fill(new Ellipse2D.Float(w / 2 - 1.1f, h * 0.76f, 2.2f, 2.2f));
      } finally {
        g2.dispose();
      }
    }
  }
}
