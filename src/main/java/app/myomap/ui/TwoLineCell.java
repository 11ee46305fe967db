package app.myomap.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;

/**
 * Renders a list entry on two lines: a main line, bold for the entry that is open, and a smaller,
 * quieter line of details under it.
 */
final class TwoLineCell<T> implements ListCellRenderer<T> {
  private final Function<T, String> mainLine;
  private final Function<T, String> detailLine;
  private final Predicate<T> open;
  private final JPanel panel = new JPanel(new BorderLayout(0, 1));
  private final JLabel main = new JLabel();
  private final JLabel detail = new JLabel();
  private Font baseFont;
  private Font boldFont;
  private Font smallFont;

  TwoLineCell(Function<T, String> mainLine, Function<T, String> detailLine, Predicate<T> open) {
    this.mainLine = mainLine;
    this.detailLine = detailLine;
    this.open = open;
    panel.add(main, BorderLayout.NORTH);
    panel.add(detail, BorderLayout.SOUTH);
    panel.setBorder(BorderFactory.createEmptyBorder(5, 10, 6, 8));
  }

  /** The main line shown for {@code value}. */
  String mainLine(T value) {
    return mainLine.apply(value);
  }

  /** The detail line shown for {@code value}. */
  String detailLine(T value) {
    return detailLine.apply(value);
  }

  @Override
  public Component getListCellRendererComponent(
      JList<? extends T> list, T value, int index, boolean selected, boolean focused) {
    Font font = list.getFont();
    if (!font.equals(baseFont)) {
      baseFont = font;
      boldFont = font.deriveFont(Font.BOLD);
      smallFont = font.deriveFont(font.getSize2D() - 1f);
    }
    String first = mainLine(value);
    String second = detailLine(value);
    main.setText(first);
    main.setFont(open.test(value) ? boldFont : baseFont);
    detail.setText(second);
    detail.setFont(smallFont);
    Color foreground = selected ? list.getSelectionForeground() : list.getForeground();
    main.setForeground(foreground);
    detail.setForeground(selected ? foreground : UIManager.getColor("Label.disabledForeground"));
    panel.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
    panel.setToolTipText(second.isEmpty() ? first : first + " \u2014 " + second);
    panel.setComponentOrientation(list.getComponentOrientation());
    return panel;
  }
}
