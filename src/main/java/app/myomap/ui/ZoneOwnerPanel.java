package app.myomap.ui;

import app.myomap.edit.ChartEditor;
import app.myomap.edit.ToolKind;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Whose referral zone it is: for a selected referral zone, its owner by number, muscle, side, view
 * and place, with "Go to point" (Alt+G) and "Change owner…" (Alt+O, one undo step); while the
 * referral-zone tool paints with nothing selected, the owner kept for the next strokes and a way to
 * pick another.
 */
final class ZoneOwnerPanel extends JPanel {
  private static final long serialVersionUID = 1L;

  private final transient ChartEditor editor;
  private final transient OwnerText text;
  private final JLabel heading = new JLabel();
  private final WrappingLabel owner = new WrappingLabel(220);
  private final JButton goTo = new JButton(Messages.get("ZoneOwnerPanel.goTo"));
  private final JButton change = new JButton(Messages.get("ZoneOwnerPanel.change"));

  ZoneOwnerPanel(ChartEditor editor, OwnerText text) {
    super(new GridBagLayout());
    this.editor = editor;
    this.text = text;
    setName("zoneOwner");
    setBorder(BorderFactory.createEmptyBorder(4, 12, 6, 12));
    heading.putClientProperty("FlatLaf.styleClass", "h4");
    owner.setName("zoneOwner.text");
    goTo.setName("zoneOwner.goTo");
    goTo.setMnemonic(KeyEvent.VK_G);
    goTo.setToolTipText(Messages.get("ZoneOwnerPanel.goTo.tooltip"));
    goTo.addActionListener(e -> shownOwner().ifPresent(editor::reveal));
    change.setName("zoneOwner.change");
    change.setMnemonic(KeyEvent.VK_O);
    change.setToolTipText(Messages.get("ZoneOwnerPanel.change.tooltip"));
    change.addActionListener(e -> editor.zones().chooseOwner());

    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.anchor = GridBagConstraints.WEST;
    add(heading, c);
    c.insets = new Insets(4, 0, 0, 0);
    add(owner, c);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
    buttons.setOpaque(false);
    buttons.add(goTo);
    buttons.add(javax.swing.Box.createHorizontalStrut(6));
    buttons.add(change);
    c.insets = new Insets(6, 0, 0, 0);
    add(buttons, c);

    editor.addChangeListener(this::refresh);
    refresh();
  }

  private void refresh() {
    Optional<ReferralZone> zone = editor.zones().selectedZone();
    boolean painting = editor.tool() == ToolKind.REFERRAL_ZONE && editor.selection().isEmpty();
    setVisible(zone.isPresent() || painting);
    if (zone.isPresent()) {
      heading.setText(Messages.get("ZoneOwnerPanel.zoneOwner"));
      owner.setText(
          zone.get()
              .owner()
              .flatMap(id -> text.label(editor.chart(), id))
              .orElse(Messages.get("ZoneOwnerPanel.noOwner")));
    } else if (painting) {
      heading.setText(Messages.get("ZoneOwnerPanel.nextOwner"));
      owner.setText(
          editor
              .zones()
              .nextOwner()
              .flatMap(id -> text.label(editor.chart(), id))
              .orElse(Messages.get("ZoneOwnerPanel.askFirst")));
    }
    goTo.setVisible(zone.isPresent());
    goTo.setEnabled(shownOwner().isPresent());
  }

  /** The owner of the selected zone, while it is on the chart. */
  private Optional<MarkId> shownOwner() {
    return editor
        .zones()
        .selectedZone()
        .flatMap(ReferralZone::owner)
        .filter(editor.chart()::contains);
  }
}
