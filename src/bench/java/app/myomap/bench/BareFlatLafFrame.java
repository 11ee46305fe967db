package app.myomap.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Graphics;
import java.time.Instant;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/** The baseline of the start-up benchmark: a bare FlatLaf frame that reports its first paint. */
public final class BareFlatLafFrame {
  private BareFlatLafFrame() {}

  public static void main(String[] args) {
    FlatLightLaf.setup();
    SwingUtilities.invokeLater(
        () -> {
          JFrame frame = new JFrame("Baseline");
          frame.add(
              new JComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                protected void paintComponent(Graphics g) {
                  g.fillRect(0, 0, 10, 10);
                  StartupProbeOutput.report(Instant.now());
                }
              });
          frame.setSize(1200, 860);
          frame.setVisible(true);
        });
  }
}
