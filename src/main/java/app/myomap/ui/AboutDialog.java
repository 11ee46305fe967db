package app.myomap.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** Help > About: version, database path and the licences of the libraries MyoMap uses. */
final class AboutDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  AboutDialog(JFrame owner, AppInfo info) {
    super(owner, Messages.get("About.title"), true);
    setName("about");
    JLabel text =
        new JLabel(
            Messages.format(
                "About.text",
                info.version(),
                info.databaseFile(),
                System.getProperty("java.version")));
    JTextArea licences = new JTextArea(readLicences(), 12, 60);
    licences.setName("about.licences");
    licences.setEditable(false);
    licences.setFont(new Font(Font.MONOSPACED, Font.PLAIN, licences.getFont().getSize()));
    JScrollPane scroll = new JScrollPane(licences);
    scroll.setBorder(BorderFactory.createTitledBorder(Messages.get("About.licences")));
    JButton ok = new JButton("OK");
    ok.setName("about.ok");
    ok.addActionListener(e -> dispose());
    JPanel buttons = new JPanel();
    buttons.add(ok);
    JPanel content = new JPanel(new BorderLayout(8, 8));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    content.add(text, BorderLayout.NORTH);
    content.add(scroll, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    getRootPane().setDefaultButton(ok);
    pack();
    setLocationRelativeTo(owner);
  }

  private static String readLicences() {
    try (InputStream in = AboutDialog.class.getResourceAsStream("licences.txt")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
