package app.myomap.ui;

import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import java.awt.GridLayout;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JCheckBox;
import javax.swing.JPanel;

/**
 * The diagnostic signs found positive at a trigger point, one checkbox each, so every sign is
 * recorded on its own rather than as a single yes or no.
 */
final class CriteriaEditor extends JPanel {
  private static final long serialVersionUID = 1L;

  private final Map<TriggerPointCriterion, JCheckBox> boxes =
      new EnumMap<>(TriggerPointCriterion.class);

  /** Checkboxes whose clicks are passed to {@code edit} as changes of the trigger point. */
  CriteriaEditor(Consumer<UnaryOperator<TriggerPoint>> edit) {
    // Two columns keep a trigger point's whole inspector within a small screen's height.
    super(new GridLayout(0, 2, 8, 0));
    setOpaque(false);
    for (TriggerPointCriterion criterion : TriggerPointCriterion.values()) {
      JCheckBox box = new JCheckBox(Messages.get("Inspector.criterion." + criterion.name()));
      box.setName("inspector.criterion." + Segmented.camelCase(criterion));
      box.setToolTipText(Messages.get("Inspector.criterion." + criterion.name() + ".tooltip"));
      box.setOpaque(false);
      // Action events come from the user only; showing a point sets the boxes silently.
      box.addActionListener(e -> edit.accept(tp -> tp.withCriterion(criterion, box.isSelected())));
      boxes.put(criterion, box);
      add(box);
    }
  }

  void show(Set<TriggerPointCriterion> positive) {
    boxes.forEach((criterion, box) -> box.setSelected(positive.contains(criterion)));
  }
}
