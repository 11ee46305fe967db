package app.myomap.ui;

import app.myomap.atlas.MuscleCatalogue;
import app.myomap.edit.OwnerChooser;
import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.awt.Component;
import java.awt.Frame;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/**
 * Asks which trigger point a referral zone belongs to when none was selected before painting: a
 * list of the chart's points by muscle, side and view, the last owner preselected.
 */
final class OwnerDialog implements OwnerChooser {
  private final Frame owner;
  private final MuscleCatalogue muscles;

  OwnerDialog(Frame owner, MuscleCatalogue muscles) {
    this.owner = owner;
    this.muscles = muscles;
  }

  @Override
  public Optional<MarkId> choose(
      BodyView view, List<TriggerPoint> candidates, Optional<MarkId> suggested) {
    if (candidates.isEmpty()) {
      JOptionPane.showMessageDialog(
          owner,
          Messages.get("OwnerChooser.none"),
          Messages.get("OwnerChooser.title"),
          JOptionPane.INFORMATION_MESSAGE);
      return Optional.empty();
    }
    JList<TriggerPoint> list = new JList<>(candidates.toArray(TriggerPoint[]::new));
    list.setName("ownerChooser.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(Math.min(8, candidates.size()));
    list.setCellRenderer(
        new DefaultListCellRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Component getListCellRendererComponent(
              JList<?> l, Object value, int index, boolean selected, boolean focus) {
            TriggerPoint tp = (TriggerPoint) value;
            String muscle =
                muscles.byId(tp.muscle().id()).map(m -> m.name()).orElse(tp.muscle().id());
            String text =
                muscle
                    + " ("
                    + tp.side().code()
                    + ") \u2014 "
                    + Messages.get("view." + tp.view().id());
            return super.getListCellRendererComponent(l, text, index, selected, focus);
          }
        });
    int preselect = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (suggested.isPresent() && candidates.get(i).id().equals(suggested.get())) {
        preselect = i;
      }
    }
    list.setSelectedIndex(preselect);
    int answer =
        JOptionPane.showConfirmDialog(
            owner,
            new Object[] {Messages.get("OwnerChooser.message"), new JScrollPane(list)},
            Messages.get("OwnerChooser.title"),
            JOptionPane.OK_CANCEL_OPTION,
            JOptionPane.QUESTION_MESSAGE);
    if (answer != JOptionPane.OK_OPTION || list.getSelectedValue() == null) {
      return Optional.empty();
    }
    return Optional.of(list.getSelectedValue().id());
  }
}
