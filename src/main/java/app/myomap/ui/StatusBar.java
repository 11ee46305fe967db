package app.myomap.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.geom.Point2D;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The line under the chart: a message on the left; on the right the warning about the zones being
 * looked at, the owner of the referral zones painted next, the region under the pointer, pointer
 * position and zoom.
 */
final class StatusBar extends JPanel {
  private static final long serialVersionUID = 1L;

  private final JLabel message = new JLabel(" ");
  private final JLabel region = new JLabel(" ");
  private final JLabel position = new JLabel(" ");
  private final JLabel zoom = new JLabel(" ");
  private final JLabel warning = new JLabel();
  private final JLabel owner = new JLabel();
  private final JLabel records = new JLabel();
  private final JLabel metrics = new JLabel();

  StatusBar() {
    super(new BorderLayout());
    setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    message.setName("status.message");
    position.setName("status.position");
    region.setName("status.region");
    zoom.setName("status.zoom");
    warning.setName("status.warning");
    warning.putClientProperty("FlatLaf.style", "foreground: $Actions.Red");
    owner.setName("status.owner");
    records.setName("status.records");
    warning.setVisible(false);
    owner.setVisible(false);
    records.setVisible(false);
    metrics.setName("status.metrics");
    metrics.setVisible(false);
    position.setToolTipText(Messages.get("StatusBar.position.tooltip"));
    zoom.setToolTipText(Messages.get("StatusBar.zoom.tooltip"));
    JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 16, 0));
    right.setOpaque(false);
    right.add(warning);
    right.add(owner);
    right.add(metrics);
    right.add(region);
    right.add(position);
    right.add(zoom);
    right.add(records);
    add(message, BorderLayout.CENTER);
    add(right, BorderLayout.EAST);
  }

  void showMessage(String text) {
    message.setText(text == null || text.isEmpty() ? " " : text);
  }

  /** The warning about the zones being looked at; empty while none holds. */
  void showWarning(String text) {
    warning.setText(text);
    warning.setToolTipText(text.isEmpty() ? null : text);
    // An empty label is hidden: FlowLayout counts a gap after it when placing but not when
    // measuring, which pushed the last label past the window's edge.
    warning.setVisible(!text.isEmpty());
  }

  /** Whose referral zones are painted next, e.g. "Zones for 1 Upper trapezius (R)"; or empty. */
  void showOwner(String text) {
    owner.setText(text);
    owner.setVisible(!text.isEmpty());
  }

  /** How the record check is going or what it found, in a word, with the details as a tooltip. */
  void showRecords(String text, String details) {
    records.setText(text);
    records.setToolTipText(details);
    records.setVisible(!text.isEmpty());
  }

  /** The open visit's measures in a few words, with the details as a tooltip; or empty. */
  void showMetrics(String text, String details) {
    metrics.setText(text);
    metrics.setToolTipText(details);
    metrics.setVisible(!text.isEmpty());
  }

  /** The muscle regions under the pointer, e.g. "Upper trapezius (R) + deeper: …". */
  void showRegion(String text) {
    region.setText(text == null || text.isEmpty() ? " " : text);
  }

  void showView(int zoomPercent, Optional<Point2D> pointer) {
    zoom.setText(Messages.format("StatusBar.zoom", zoomPercent));
    position.setText(
        pointer
            .map(
                p ->
                    Messages.format(
                        "StatusBar.position",
                        String.format(Locale.ROOT, "%.1f", p.getX()),
                        String.format(Locale.ROOT, "%.1f", p.getY())))
            .orElse(" "));
  }
}
