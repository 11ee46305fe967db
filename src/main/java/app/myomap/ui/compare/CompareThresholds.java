package app.myomap.ui.compare;

import app.myomap.compare.CompareSettings;
import app.myomap.ui.Messages;
import app.myomap.ui.Settings;
import app.myomap.ui.UiSettings;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * The two thresholds of a comparison a practitioner may set, kept in the settings: how far apart
 * two trigger points of one muscle and side may lie and still be one point (for visits charted from
 * blank; lineage pairs carried points whatever the distance), and the smallest change of pain
 * extent taken as likely real.
 */
public final class CompareThresholds {
  /** About 0.23 cm per outline unit on an adult of average height. */
  private static final double CM_PER_UNIT = 0.233;

  private CompareThresholds() {}

  /** The comparison settings with the thresholds kept in {@code settings}. */
  public static CompareSettings from(Settings settings) {
    int tolerance = clamp(settings.get(UiSettings.COMPARE_TOLERANCE), 1, 100);
    int hundredths = clamp(settings.get(UiSettings.COMPARE_DETECTABLE_CHANGE), 0, 500);
    return CompareSettings.DEFAULTS
        .withMatchTolerance(tolerance)
        .withSmallestDetectableChange(hundredths / 100.0);
  }

  /** Asks for both thresholds; returns whether they changed. */
  static boolean edit(Component parent, Settings settings) {
    CompareSettings now = from(settings);
    JSpinner tolerance =
        new JSpinner(new SpinnerNumberModel((int) Math.round(now.matchTolerance()), 1, 100, 1));
    tolerance.setName("thresholds.tolerance");
    JSpinner change =
        new JSpinner(new SpinnerNumberModel(now.smallestDetectableChange(), 0.0, 5.0, 0.1));
    change.setName("thresholds.change");
    change.setEditor(new JSpinner.NumberEditor(change, "0.0#"));
    JLabel toleranceHint = new JLabel();
    tolerance.addChangeListener(e -> toleranceHint.setText(centimetres(tolerance)));
    toleranceHint.setText(centimetres(tolerance));
    JPanel form = new JPanel(new GridBagLayout());
    row(form, 0, Messages.get("Thresholds.tolerance"), tolerance, toleranceHint);
    row(
        form,
        1,
        Messages.get("Thresholds.change"),
        change,
        new JLabel(Messages.get("Thresholds.pp")));
    GridBagConstraints note = constraints(0, 2);
    note.gridwidth = 3;
    note.insets = new Insets(10, 0, 0, 0);
    form.add(new JLabel(Messages.get("Thresholds.note")), note);
    JOptionPane pane =
        new JOptionPane(form, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
    JDialog dialog = pane.createDialog(parent, Messages.get("Thresholds.title"));
    dialog.setName("thresholdsDialog");
    dialog.setVisible(true);
    dialog.dispose();
    if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())) {
      return false;
    }
    int units = ((Number) tolerance.getValue()).intValue();
    int hundredths = (int) Math.round(((Number) change.getValue()).doubleValue() * 100);
    boolean changed =
        units != settings.get(UiSettings.COMPARE_TOLERANCE)
            || hundredths != settings.get(UiSettings.COMPARE_DETECTABLE_CHANGE);
    settings.put(UiSettings.COMPARE_TOLERANCE, units);
    settings.put(UiSettings.COMPARE_DETECTABLE_CHANGE, hundredths);
    return changed;
  }

  private static String centimetres(JSpinner units) {
    double cm = ((Number) units.getValue()).doubleValue() * CM_PER_UNIT;
    return Messages.format("Thresholds.units", String.format("%.1f", cm));
  }

  private static void row(JPanel form, int y, String label, JSpinner field, JLabel after) {
    form.add(new JLabel(label), constraints(0, y));
    form.add(field, constraints(1, y));
    form.add(after, constraints(2, y));
  }

  private static GridBagConstraints constraints(int x, int y) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = y;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(4, x == 0 ? 0 : 8, 4, 0);
    return c;
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
