package app.myomap.ui.record;

import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/**
 * The needling record: one row per needled trigger point of the chart, with its entry or a warning
 * that it has none, and entries whose point is no longer needled. Enter or a double-click opens a
 * row's entry.
 */
final class NeedlingSection extends JPanel {
  private static final long serialVersionUID = 1L;

  /** Stores or removes entries of a section that holds many. */
  interface Entries {
    void save(Optional<StoredEntry> previous, RecordEntry entry);

    void remove(StoredEntry entry);
  }

  /** One row: a needled point, its entry, or both. */
  record Row(Optional<TriggerPoint> point, Optional<StoredEntry> entry, String words) {
    @Override
    public String toString() {
      return words;
    }
  }

  private final DefaultListModel<Row> rows = new DefaultListModel<>();
  private final JList<Row> list = new JList<>(rows);
  private final JButton record = new JButton(Messages.get("Record.needling.record"));
  private final JButton remove = new JButton(Messages.get("Record.needling.remove"));
  private final transient Entries entries;
  private final transient Function<TriggerPoint, String> describe;
  private final transient Function<MarkId, NeedlingEntry> presetFor;
  private boolean editable = true;

  NeedlingSection(
      Entries entries,
      Function<TriggerPoint, String> describe,
      Function<MarkId, NeedlingEntry> presetFor) {
    super(new BorderLayout(0, 4));
    this.entries = entries;
    this.describe = describe;
    this.presetFor = presetFor;
    setName("record.NeedlingSection");
    setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createTitledBorder(Messages.get("Record.needling")),
            BorderFactory.createEmptyBorder(2, 6, 6, 6)));
    setAlignmentX(Component.LEFT_ALIGNMENT);
    list.setName("record.needling.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(4);
    list.addListSelectionListener(e -> followSelection());
    list.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2) {
              openSelected();
            }
          }
        });
    list.getInputMap(JComponent.WHEN_FOCUSED)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openEntry");
    list.getActionMap()
        .put(
            "openEntry",
            new javax.swing.AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(java.awt.event.ActionEvent e) {
                openSelected();
              }
            });
    record.setName("record.needling.recordButton");
    record.setMnemonic(KeyEvent.VK_E);
    record.addActionListener(e -> openSelected());
    remove.setName("record.needling.removeButton");
    remove.addActionListener(e -> removeSelected());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    buttons.add(record);
    buttons.add(remove);
    add(new javax.swing.JScrollPane(list), BorderLayout.CENTER);
    add(buttons, BorderLayout.SOUTH);
    followSelection();
  }

  /** Shows the needled points of {@code points} and the needling entries of {@code record}. */
  void show(List<TriggerPoint> points, VisitRecord record) {
    int selected = list.getSelectedIndex();
    rows.clear();
    List<MarkId> shown = new ArrayList<>();
    for (TriggerPoint point : points) {
      if (!point.needled()) {
        continue;
      }
      Optional<StoredEntry> entry = record.needlingOf(point.id());
      rows.addElement(
          new Row(
              Optional.of(point),
              entry,
              describe.apply(point)
                  + " — "
                  + entry
                      .map(e -> summary((NeedlingEntry) e.entry()))
                      .orElse(Messages.get("Record.needling.missing"))));
      shown.add(point.id());
    }
    for (StoredEntry entry : record.all(RecordSection.NEEDLING)) {
      if (!shown.contains(((NeedlingEntry) entry.entry()).point())) {
        rows.addElement(
            new Row(
                Optional.empty(),
                Optional.of(entry),
                Messages.get("Record.needling.orphan")
                    + " — "
                    + summary((NeedlingEntry) entry.entry())));
      }
    }
    if (rows.isEmpty()) {
      list.clearSelection();
    } else {
      list.setSelectedIndex(Math.max(0, Math.min(selected, rows.size() - 1)));
    }
    followSelection();
  }

  void setEditable(boolean editable) {
    this.editable = editable;
    followSelection();
  }

  /** Opens the entry of the needled point {@code id}, if the list shows it. */
  void open(MarkId id) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).point().map(p -> p.id().equals(id)).orElse(false)) {
        list.setSelectedIndex(i);
        openSelected();
        return;
      }
    }
  }

  private void followSelection() {
    Row row = list.getSelectedValue();
    record.setEnabled(editable && row != null && row.point().isPresent());
    remove.setEnabled(editable && row != null && row.entry().isPresent());
  }

  private void openSelected() {
    Row row = list.getSelectedValue();
    if (!editable || row == null || row.point().isEmpty()) {
      return;
    }
    TriggerPoint point = row.point().get();
    NeedlingEntry shown =
        row.entry()
            .map(e -> (NeedlingEntry) e.entry())
            .orElseGet(() -> presetFor.apply(point.id()));
    NeedlingDialog.ask(
            javax.swing.SwingUtilities.getWindowAncestor(this),
            describe.apply(point),
            point.id(),
            shown)
        .ifPresent(entry -> entries.save(row.entry(), entry));
  }

  private void removeSelected() {
    Row row = list.getSelectedValue();
    if (editable && row != null && row.entry().isPresent()) {
      entries.remove(row.entry().get());
    }
  }

  /** An entry in a few words: "0.25 × 40 mm, fast-in, fast-out, 3 insertions". */
  static String summary(NeedlingEntry entry) {
    return Messages.format(
        "Record.needling.summary",
        String.format(Locale.ROOT, "%.2f", entry.needleDiameterMm()),
        String.format(Locale.ROOT, "%.0f", entry.needleLengthMm()),
        Messages.get("Record.technique." + entry.technique().name()),
        entry.insertions());
  }
}
