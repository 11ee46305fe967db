package app.myomap.ui;

import app.myomap.edit.OwnerCandidates.OwnerCandidate;
import app.myomap.edit.OwnerChooser;
import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.awt.Component;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/**
 * Asks which trigger point a referral zone belongs to: a list of the chart's points, those on the
 * zone's side first, each by number, muscle, side, view and place, the suggested one preselected.
 */
final class OwnerDialog implements OwnerChooser {
  private final Frame owner;
  private final OwnerText text;

  OwnerDialog(Frame owner, OwnerText text) {
    this.owner = owner;
    this.text = text;
  }

  @Override
  public Optional<MarkId> choose(
      BodyView view, Optional<Side> side, List<TriggerPoint> points, Optional<MarkId> suggested) {
    if (points.isEmpty()) {
      JOptionPane.showMessageDialog(
          owner,
          Messages.get("OwnerChooser.none"),
          Messages.get("OwnerChooser.title"),
          JOptionPane.INFORMATION_MESSAGE);
      return Optional.empty();
    }
    List<OwnerCandidate> candidates = text.candidates().of(points, side);
    JList<OwnerCandidate> list = new JList<>(candidates.toArray(OwnerCandidate[]::new));
    list.setName("ownerChooser.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(Math.min(8, candidates.size()));
    list.setCellRenderer(
        new DefaultListCellRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Component getListCellRendererComponent(
              JList<?> l, Object value, int index, boolean selected, boolean focus) {
            return super.getListCellRendererComponent(
                l, text.label((OwnerCandidate) value), index, selected, focus);
          }
        });
    int preselect = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (suggested.isPresent() && candidates.get(i).point().id().equals(suggested.get())) {
        preselect = i;
      }
    }
    list.setSelectedIndex(preselect);
    JOptionPane pane =
        new JOptionPane(
            new Object[] {Messages.get("OwnerChooser.message"), new JScrollPane(list)},
            JOptionPane.QUESTION_MESSAGE,
            JOptionPane.OK_CANCEL_OPTION);
    JDialog dialog = pane.createDialog(owner, Messages.get("OwnerChooser.title"));
    dialog.setName("ownerChooser");
    Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    dialog.setVisible(true);
    dialog.dispose();
    // The keys of the chart go on working after the answer.
    if (focused != null) {
      focused.requestFocus();
    }
    if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())
        || list.getSelectedValue() == null) {
      return Optional.empty();
    }
    return Optional.of(list.getSelectedValue().point().id());
  }
}
