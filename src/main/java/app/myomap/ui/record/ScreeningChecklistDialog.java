package app.myomap.ui.record;

import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.ScreeningItem;
import app.myomap.ui.Dialogs;
import app.myomap.ui.Messages;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Edits the clinic's screening checklist: add an item, rename it, make it absolute or a precaution,
 * link it to a medical alert, or retire it (a retired item is no longer asked; visits that asked it
 * keep it). The result is saved by the caller as a new version.
 */
public final class ScreeningChecklistDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final Items items;
  private final JTable table;
  private final JLabel problem = new JLabel(" ");
  private final transient Set<String> takenIds = new HashSet<>();
  private transient ScreeningChecklist result;

  /** One row: an item being edited; {@code id} is null until a new item is saved. */
  private static final class Row {
    String id;
    String words;
    ScreeningCategory category;
    String alert;
    boolean retired;

    Row(String id, String words, ScreeningCategory category, String alert, boolean retired) {
      this.id = id;
      this.words = words;
      this.category = category;
      this.alert = alert;
      this.retired = retired;
    }
  }

  private ScreeningChecklistDialog(
      Window owner, ScreeningChecklist current, SortedSet<String> alertIds) {
    super(owner, Messages.get("ScreeningChecklist.title"), ModalityType.APPLICATION_MODAL);
    setName("screeningChecklist");
    List<Row> rows = new ArrayList<>();
    for (ScreeningItem item : current.items()) {
      rows.add(row(item, false));
    }
    for (ScreeningItem item : current.retired()) {
      rows.add(row(item, true));
    }
    rows.forEach(r -> takenIds.add(r.id));
    items = new Items(rows);
    table = new JTable(items);
    table.setName("screeningChecklist.table");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setSurrendersFocusOnKeystroke(true);
    table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
    JComboBox<ScreeningCategory> categories = new JComboBox<>(ScreeningCategory.values());
    categories.setRenderer(
        new DefaultListCellRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.awt.Component getListCellRendererComponent(
              JList<?> list, Object value, int index, boolean selected, boolean focus) {
            return super.getListCellRendererComponent(
                list, categoryWords(value), index, selected, focus);
          }
        });
    table.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(categories));
    table
        .getColumnModel()
        .getColumn(1)
        .setCellRenderer(
            new DefaultTableCellRenderer() {
              private static final long serialVersionUID = 1L;

              @Override
              protected void setValue(Object value) {
                super.setValue(categoryWords(value));
              }
            });
    List<String> alerts = new ArrayList<>();
    alerts.add("");
    alerts.addAll(alertIds);
    table
        .getColumnModel()
        .getColumn(2)
        .setCellEditor(new DefaultCellEditor(new JComboBox<>(alerts.toArray(String[]::new))));
    table.getColumnModel().getColumn(0).setPreferredWidth(360);
    table.getColumnModel().getColumn(1).setPreferredWidth(110);
    table.getColumnModel().getColumn(2).setPreferredWidth(160);
    table.getColumnModel().getColumn(3).setPreferredWidth(60);

    JButton add = new JButton(Messages.get("ScreeningChecklist.add"));
    add.setName("screeningChecklist.add");
    add.setMnemonic(KeyEvent.VK_A);
    add.setToolTipText(Messages.get("ScreeningChecklist.add.tooltip"));
    add.addActionListener(e -> addItem());
    JButton save = new JButton(Messages.get("ScreeningChecklist.save"));
    save.setName("screeningChecklist.save");
    save.addActionListener(e -> save());
    JButton cancel = new JButton(Messages.get("ScreeningChecklist.cancel"));
    cancel.setName("screeningChecklist.cancel");
    cancel.addActionListener(e -> dispose());
    problem.setName("screeningChecklist.problem");
    problem.putClientProperty("FlatLaf.styleClass", "semibold");

    JLabel explanation = new JLabel(Messages.get("ScreeningChecklist.explanation"));
    JPanel top = new JPanel(new BorderLayout(0, 6));
    top.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
    top.add(explanation, BorderLayout.NORTH);
    JScrollPane scroll = new JScrollPane(table);
    scroll.setPreferredSize(new java.awt.Dimension(720, 360));
    top.add(scroll, BorderLayout.CENTER);
    top.add(problem, BorderLayout.SOUTH);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(add);
    buttons.add(save);
    buttons.add(cancel);
    getContentPane().add(top, BorderLayout.CENTER);
    getContentPane().add(buttons, BorderLayout.SOUTH);
    getRootPane().setDefaultButton(save);
    Dialogs.closeOnEscape(this);
    pack();
    setLocationRelativeTo(owner);
  }

  private static Object categoryWords(Object value) {
    return value instanceof ScreeningCategory c
        ? Messages.get("ScreeningChecklist.category." + c.name())
        : value;
  }

  private static Row row(ScreeningItem item, boolean retired) {
    return new Row(item.id(), item.words(), item.category(), item.alertId().orElse(""), retired);
  }

  private void addItem() {
    stopEditing();
    items.rows.add(
        new Row(
            null,
            Messages.get("ScreeningChecklist.newItem"),
            ScreeningCategory.PRECAUTION,
            "",
            false));
    int last = items.rows.size() - 1;
    items.fireTableRowsInserted(last, last);
    table.changeSelection(last, 0, false, false);
    table.editCellAt(last, 0);
    table.requestFocusInWindow();
  }

  private void stopEditing() {
    if (table.isEditing()) {
      table.getCellEditor().stopCellEditing();
    }
  }

  private void save() {
    stopEditing();
    List<ScreeningItem> asked = new ArrayList<>();
    List<ScreeningItem> retired = new ArrayList<>();
    Set<String> ids = new HashSet<>(takenIds);
    for (int i = 0; i < items.rows.size(); i++) {
      Row row = items.rows.get(i);
      String id = row.id != null ? row.id : newId(row.words, ids);
      try {
        ScreeningItem item =
            new ScreeningItem(
                id,
                row.words,
                row.category,
                row.alert.isBlank() ? Optional.empty() : Optional.of(row.alert));
        (row.retired ? retired : asked).add(item);
      } catch (IllegalArgumentException e) {
        problem.setText(Messages.format("ScreeningChecklist.problem", i + 1));
        table.changeSelection(i, 0, false, false);
        return;
      }
    }
    result = new ScreeningChecklist("draft", asked, retired);
    dispose();
  }

  /** A new item's id from its words, unlike any id the checklist ever used. */
  private static String newId(String words, Set<String> taken) {
    String slug =
        Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    if (slug.isEmpty()) {
      slug = "item";
    }
    String id = slug;
    for (int n = 2; taken.contains(id); n++) {
      id = slug + "-" + n;
    }
    taken.add(id);
    return id;
  }

  /**
   * Shows the checklist for editing.
   *
   * @param alertIds the medical-alert ids an item can be linked to
   * @return the edited checklist (its version is named when it is saved), or empty if cancelled
   */
  public static Optional<ScreeningChecklist> edit(
      Window owner, ScreeningChecklist current, Set<String> alertIds) {
    ScreeningChecklistDialog dialog =
        new ScreeningChecklistDialog(owner, current, new TreeSet<>(alertIds));
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  /** The rows as a table: words, category, medical alert, retired. */
  private static final class Items extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"words", "category", "alert", "retired"};

    private final transient List<Row> rows;

    Items(List<Row> rows) {
      this.rows = rows;
    }

    @Override
    public int getRowCount() {
      return rows.size();
    }

    @Override
    public int getColumnCount() {
      return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
      return Messages.get("ScreeningChecklist.column." + COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
      return switch (column) {
        case 1 -> ScreeningCategory.class;
        case 3 -> Boolean.class;
        default -> String.class;
      };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
      return true;
    }

    @Override
    public Object getValueAt(int row, int column) {
      Row r = rows.get(row);
      return switch (column) {
        case 0 -> r.words;
        case 1 -> r.category;
        case 2 -> r.alert;
        default -> r.retired;
      };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
      Row r = rows.get(row);
      switch (column) {
        case 0 -> r.words = String.valueOf(value);
        case 1 -> r.category = (ScreeningCategory) value;
        case 2 -> r.alert = value == null ? "" : String.valueOf(value);
        default -> r.retired = Boolean.TRUE.equals(value);
      }
      fireTableCellUpdated(row, column);
    }
  }
}
