package app.myomap.ui;

import app.myomap.atlas.Muscle;
import app.myomap.atlas.SafetyTable;
import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;

/**
 * Draws one muscle of the muscle picker: its display name with the abbreviation at the right and
 * the Latin name small beneath; its tooltip is the muscle's needling-safety note.
 */
final class MuscleCell extends JPanel implements ListCellRenderer<Muscle> {
  private static final long serialVersionUID = 1L;

  private final JLabel name = new JLabel();
  private final JLabel abbreviation = new JLabel();
  private final JLabel latin = new JLabel();
  private final transient SafetyTable safety;

  MuscleCell(SafetyTable safety) {
    super(new BorderLayout(8, 1));
    this.safety = safety;
    setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    latin.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
    abbreviation.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
    JPanel top = new JPanel(new BorderLayout(8, 0));
    top.setOpaque(false);
    top.add(name, BorderLayout.CENTER);
    top.add(abbreviation, BorderLayout.EAST);
    add(top, BorderLayout.NORTH);
    add(latin, BorderLayout.SOUTH);
  }

  @Override
  public Component getListCellRendererComponent(
      JList<? extends Muscle> list, Muscle muscle, int index, boolean selected, boolean focused) {
    name.setText(muscle.name());
    abbreviation.setText(muscle.abbreviation());
    latin.setText(muscle.latinName());
    // Typing stays in the filter field, so the list never has focus: show the focused selection.
    Color selectedText = UIManager.getColor("List.selectionForeground");
    setBackground(selected ? UIManager.getColor("List.selectionBackground") : list.getBackground());
    name.setForeground(selected ? selectedText : list.getForeground());
    Color quiet = selected ? selectedText : UIManager.getColor("Label.disabledForeground");
    abbreviation.setForeground(quiet);
    latin.setForeground(quiet);
    setToolTipText(SafetyWords.tooltip(safety, muscle.id()).orElse(null));
    return this;
  }
}
