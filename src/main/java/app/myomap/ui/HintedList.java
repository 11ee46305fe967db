package app.myomap.ui;

import com.formdev.flatlaf.ui.FlatUIUtils;
import com.formdev.flatlaf.util.UIScale;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.UIManager;

/**
 * A list that says, in quiet centred text, why it is empty ("No visits yet") instead of showing a
 * blank area.
 */
final class HintedList<T> extends JList<T> {
  private static final long serialVersionUID = 1L;

  private String hint = "";

  HintedList(DefaultListModel<T> model) {
    super(model);
  }

  /** The text shown while the list is empty. */
  String hint() {
    return hint;
  }

  void setHint(String text) {
    if (!hint.equals(text)) {
      hint = text;
      repaint();
    }
  }

  @Override
  protected void paintComponent(Graphics g) {
    super.paintComponent(g);
    if (getModel().getSize() > 0 || hint.isEmpty()) {
      return;
    }
    Object[] old = FlatUIUtils.setRenderingHints(g);
    try {
      g.setFont(getFont());
      g.setColor(UIManager.getColor("Label.disabledForeground"));
      FontMetrics fm = g.getFontMetrics();
      int margin = UIScale.scale(12);
      int y = UIScale.scale(18) + fm.getAscent();
      for (String line : lines(fm, getWidth() - 2 * margin)) {
        int x = Math.max(margin, (getWidth() - fm.stringWidth(line)) / 2);
        FlatUIUtils.drawString(this, g, line, x, y);
        y += fm.getHeight();
      }
    } finally {
      FlatUIUtils.resetRenderingHints(g, old);
    }
  }

  /** The hint broken at spaces into lines no wider than {@code width}. */
  private List<String> lines(FontMetrics fm, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : hint.split(" ")) {
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
    return lines;
  }
}
