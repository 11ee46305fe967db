package app.myomap.ui.record;

import app.myomap.model.record.AdverseEvent;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;

/** The adverse events of the visit: type, severity, action taken and a note, added and removed. */
final class AdverseEventsSection extends JPanel {
  private static final long serialVersionUID = 1L;

  private final DefaultListModel<StoredEntry> events = new DefaultListModel<>();
  private final JList<StoredEntry> list = new JList<>(events);
  private final JButton add = new JButton(Messages.get("Record.adverse.add"));
  private final JButton remove = new JButton(Messages.get("Record.adverse.remove"));
  private final transient NeedlingSection.Entries entries;
  private boolean editable = true;

  AdverseEventsSection(NeedlingSection.Entries entries) {
    super(new BorderLayout(0, 4));
    this.entries = entries;
    setName("record.AdverseEventsSection");
    setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createTitledBorder(Messages.get("Record.adverse")),
            BorderFactory.createEmptyBorder(2, 6, 6, 6)));
    setAlignmentX(Component.LEFT_ALIGNMENT);
    list.setName("record.adverse.list");
    list.setVisibleRowCount(3);
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(
        (l, value, index, selected, focus) -> {
          AdverseEvent event = (AdverseEvent) value.entry();
          return new javax.swing.DefaultListCellRenderer()
              .getListCellRendererComponent(l, describe(event), index, selected, focus);
        });
    list.addListSelectionListener(e -> follow());
    add.setName("record.adverse.addButton");
    add.setMnemonic(KeyEvent.VK_V);
    add.addActionListener(e -> addEvent());
    remove.setName("record.adverse.removeButton");
    remove.addActionListener(
        e -> {
          StoredEntry chosen = list.getSelectedValue();
          if (editable && chosen != null) {
            entries.remove(chosen);
          }
        });
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    buttons.add(add);
    buttons.add(remove);
    add(new javax.swing.JScrollPane(list), BorderLayout.CENTER);
    add(buttons, BorderLayout.SOUTH);
    follow();
  }

  void show(VisitRecord record) {
    events.clear();
    record.all(RecordSection.ADVERSE_EVENT).forEach(events::addElement);
    follow();
  }

  void setEditable(boolean editable) {
    this.editable = editable;
    follow();
  }

  private void follow() {
    add.setEnabled(editable);
    remove.setEnabled(editable && list.getSelectedValue() != null);
  }

  static String describe(AdverseEvent event) {
    String words =
        Messages.get("Record.adverse.type." + event.type().name())
            + " ("
            + Messages.get("Record.adverse.severity." + event.severity().name())
            + ")";
    if (!event.actionTaken().isEmpty()) {
      words += " — " + event.actionTaken();
    }
    if (!event.note().isEmpty()) {
      words += " — " + event.note();
    }
    return words;
  }

  private void addEvent() {
    JComboBox<AdverseEvent.Type> type = new JComboBox<>(AdverseEvent.Type.values());
    type.setName("adverse.type");
    type.setRenderer(
        (l, value, index, selected, focus) ->
            new javax.swing.DefaultListCellRenderer()
                .getListCellRendererComponent(
                    l,
                    Messages.get("Record.adverse.type." + value.name()),
                    index,
                    selected,
                    focus));
    JComboBox<AdverseEvent.Severity> severity = new JComboBox<>(AdverseEvent.Severity.values());
    severity.setName("adverse.severity");
    severity.setRenderer(
        (l, value, index, selected, focus) ->
            new javax.swing.DefaultListCellRenderer()
                .getListCellRendererComponent(
                    l,
                    Messages.get("Record.adverse.severity." + value.name()),
                    index,
                    selected,
                    focus));
    JTextField action = new JTextField(26);
    action.setName("adverse.action");
    JTextField note = new JTextField(26);
    note.setName("adverse.note");
    JPanel form = new JPanel(new GridLayout(0, 2, 8, 4));
    form.add(new JLabel(Messages.get("Record.adverse.typeLabel")));
    form.add(type);
    form.add(new JLabel(Messages.get("Record.adverse.severityLabel")));
    form.add(severity);
    form.add(new JLabel(Messages.get("Record.adverse.action")));
    form.add(action);
    form.add(new JLabel(Messages.get("Record.adverse.note")));
    form.add(note);
    while (true) {
      JOptionPane pane =
          new JOptionPane(form, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
      javax.swing.JDialog dialog =
          pane.createDialog(
              SwingUtilities.getWindowAncestor(this), Messages.get("Record.adverse.dialogTitle"));
      dialog.setName("adverseDialog");
      dialog.setVisible(true);
      dialog.dispose();
      if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())) {
        return;
      }
      try {
        entries.save(
            Optional.empty(),
            new AdverseEvent(
                (AdverseEvent.Type) type.getSelectedItem(),
                (AdverseEvent.Severity) severity.getSelectedItem(),
                action.getText(),
                note.getText()));
        return;
      } catch (IllegalArgumentException e) {
        Fields.markProblem(note, Messages.get("Record.adverse.otherNeedsNote"));
      }
    }
  }
}
