package app.myomap.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;

/**
 * The legend below the inspector, folded away with one click so that a trigger point's whole
 * inspector fits on a small screen; whether it is folded is remembered.
 */
final class CollapsibleLegend extends JPanel {
  private static final long serialVersionUID = 1L;

  /** The height the legend takes when unfolded; it scrolls within it. */
  private static final int LEGEND_HEIGHT = 240;

  private final JToggleButton toggle = new JToggleButton();
  private final JComponent legend;

  /** Shows {@code legend} under a header that folds it, as {@code settings} remember. */
  CollapsibleLegend(JComponent legend, Settings settings) {
    super(new BorderLayout());
    this.legend = legend;
    legend.setPreferredSize(new Dimension(0, LEGEND_HEIGHT));
    toggle.setName("legend.toggle");
    toggle.setHorizontalAlignment(SwingConstants.LEADING);
    toggle.setToolTipText(Messages.get("Legend.toggle.tooltip"));
    toggle.putClientProperty("JButton.buttonType", "borderless");
    toggle.setFocusable(false);
    toggle.setSelected(!settings.get(UiSettings.LEGEND_FOLDED));
    toggle.addActionListener(
        e -> {
          settings.put(UiSettings.LEGEND_FOLDED, !toggle.isSelected());
          update();
        });
    add(toggle, BorderLayout.NORTH);
    add(legend, BorderLayout.CENTER);
    update();
  }

  private void update() {
    boolean shown = toggle.isSelected();
    toggle.setText(Messages.get(shown ? "Legend.toggle.shown" : "Legend.toggle.folded"));
    legend.setVisible(shown);
    revalidate();
    repaint();
  }
}
