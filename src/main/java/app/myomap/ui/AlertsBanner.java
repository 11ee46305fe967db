package app.myomap.ui;

import app.myomap.model.MedicalAlert;
import app.myomap.model.PatientDetails;
import java.awt.BorderLayout;
import java.awt.Color;
import java.util.StringJoiner;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * The strip that shows the open patient's medical alerts and alert note on every visit, above the
 * chart and above the record; hidden for a patient with none.
 */
public final class AlertsBanner extends JPanel {
  private static final long serialVersionUID = 1L;

  private final JLabel text = new JLabel();

  /** An empty, hidden strip; {@code name} names it and its text for tests. */
  public AlertsBanner(String name) {
    super(new BorderLayout());
    setName(name);
    text.setName(name + ".text");
    text.putClientProperty("FlatLaf.styleClass", "h4");
    add(text, BorderLayout.CENTER);
    setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
    Color background = UIManager.getColor("MyoMap.alertsBanner.background");
    if (background != null) {
      setBackground(background);
    }
    Color foreground = UIManager.getColor("MyoMap.alertsBanner.foreground");
    if (foreground != null) {
      text.setForeground(foreground);
    }
    setVisible(false);
  }

  /** Shows the alerts and note of {@code details}, or hides the strip when there are none. */
  public void show(PatientDetails details) {
    boolean any = !details.alerts().isEmpty() || !details.alertNote().isEmpty();
    if (any) {
      String line = line(details);
      text.setText(line);
      text.setToolTipText(line);
    } else {
      text.setText("");
      text.setToolTipText(null);
    }
    setVisible(any);
    revalidate();
    repaint();
  }

  /** Hides the strip, as when no patient is open. */
  public void clear() {
    show(PatientDetails.NONE);
  }

  /** The alerts in words, then the note, on one line. */
  static String line(PatientDetails details) {
    StringJoiner alerts = new StringJoiner(", ");
    for (MedicalAlert alert : details.alerts()) {
      alerts.add(words(alert));
    }
    String note = details.alertNote().replace('\n', ' ');
    if (details.alerts().isEmpty()) {
      return Messages.format("AlertsBanner.noteOnly", note);
    }
    return note.isEmpty()
        ? Messages.format("AlertsBanner.line", alerts.toString())
        : Messages.format("AlertsBanner.lineWithNote", alerts.toString(), note);
  }

  /** The plain words of an alert. */
  public static String words(MedicalAlert alert) {
    return Messages.get("MedicalAlert." + alert.id());
  }
}
