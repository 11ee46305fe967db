package app.myomap.ui;

import app.myomap.model.AuditAction;
import app.myomap.session.AuditRows;
import app.myomap.session.AuditTrail;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.RowFilter;
import javax.swing.SwingWorker;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;

/**
 * Tools › Audit Log…: every row of the database's audit log (when, who, what, which patient and
 * visit, detail), filtered by patient and by action, and written out as CSV.
 */
final class AuditLogDialog {
  private static final Logger LOG = Logger.getLogger(AuditLogDialog.class.getName());

  private final JFrame owner;
  private final AuditTrail audit;
  private final AuditRows names;
  private final Settings settings;
  private final ZoneId zone;
  private final JDialog dialog;
  private final RowsModel model = new RowsModel();
  private final JTable table = new JTable(model);
  private final TableRowSorter<RowsModel> sorter = new TableRowSorter<>(model);
  private final JComboBox<PatientChoice> patient = new JComboBox<>();
  private final JComboBox<Object> action = new JComboBox<>();
  private final JLabel count = new JLabel(" ");

  /** A patient in the filter, or all of them (null id). */
  private record PatientChoice(String id, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  private AuditLogDialog(
      JFrame owner, AuditTrail audit, AuditRows names, Settings settings, ZoneId zone) {
    this.owner = owner;
    this.audit = audit;
    this.names = names;
    this.settings = settings;
    this.zone = zone;
    dialog = new JDialog(owner, Messages.get("Audit.title"), true);
    dialog.setName("auditLog");
    table.setName("auditLog.table");
    table.setRowSorter(sorter);
    // The log's own order is time order; a column of formatted times would sort as text.
    for (int column = 0; column < model.getColumnCount(); column++) {
      sorter.setSortable(column, false);
    }
    table.setAutoCreateRowSorter(false);
    table.setFillsViewportHeight(true);
    table.getColumnModel().getColumn(0).setPreferredWidth(150);
    table.getColumnModel().getColumn(5).setPreferredWidth(260);
    patient.setName("auditLog.patient");
    patient.setToolTipText(Messages.get("Audit.patient.tooltip"));
    action.setName("auditLog.action");
    action.setToolTipText(Messages.get("Audit.action.tooltip"));
    action.addItem(Messages.get("Audit.allActions"));
    for (AuditAction a : AuditAction.values()) {
      action.addItem(a);
    }
    action.setRenderer(new EnumNameRenderer<AuditAction>("Audit.action."));
    patient.addActionListener(e -> applyFilter());
    action.addActionListener(e -> applyFilter());
    count.setName("auditLog.count");

    JPanel filters = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
    JLabel patientLabel = new JLabel(Messages.get("Audit.patient"));
    patientLabel.setDisplayedMnemonic(KeyEvent.VK_P);
    patientLabel.setLabelFor(patient);
    JLabel actionLabel = new JLabel(Messages.get("Audit.action"));
    actionLabel.setDisplayedMnemonic(KeyEvent.VK_A);
    actionLabel.setLabelFor(action);
    filters.add(patientLabel);
    filters.add(patient);
    filters.add(actionLabel);
    filters.add(action);
    filters.add(count);

    JButton export = new JButton(Messages.get("Audit.exportCsv"));
    export.setName("auditLog.exportCsv");
    export.setMnemonic(KeyEvent.VK_E);
    export.setToolTipText(Messages.get("Audit.exportCsv.tooltip"));
    export.addActionListener(e -> exportCsv());
    JButton close = new JButton(Messages.get("Audit.close"));
    close.setName("auditLog.close");
    close.addActionListener(e -> dialog.dispose());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
    buttons.add(export);
    buttons.add(close);

    JPanel content = new JPanel(new BorderLayout(0, 10));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    content.add(filters, BorderLayout.NORTH);
    content.add(new JScrollPane(table), BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    dialog.setContentPane(content);
    dialog.getRootPane().setDefaultButton(close);
    Dialogs.closeOnEscape(dialog);
    dialog.setPreferredSize(new Dimension(900, 480));
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
  }

  /** Opens the dialog; the rows are read in the background and shown when ready. */
  static void show(
      JFrame owner, AuditTrail audit, AuditRows names, Settings settings, ZoneId zone) {
    AuditLogDialog shown = new AuditLogDialog(owner, audit, names, settings, zone);
    shown.load();
    shown.dialog.setVisible(true);
  }

  private void load() {
    count.setText(Messages.get("Audit.loading"));
    new SwingWorker<List<AuditRows.Row>, Void>() {
      @Override
      protected List<AuditRows.Row> doInBackground() {
        return names.of(audit.entries(null, null));
      }

      @Override
      protected void done() {
        try {
          show(get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          LOG.log(Level.WARNING, "Could not read the audit log", e.getCause());
          count.setText(Messages.get("Audit.unreadable"));
        }
      }
    }.execute();
  }

  private void show(List<AuditRows.Row> rows) {
    model.rows = rows;
    model.fireTableDataChanged();
    Map<String, PatientChoice> choices = new LinkedHashMap<>();
    for (AuditRows.Row row : rows) {
      String id = row.entry().patientId();
      if (id != null) {
        choices.putIfAbsent(id, new PatientChoice(id, row.patientName()));
      }
    }
    patient.removeAllItems();
    patient.addItem(new PatientChoice(null, Messages.get("Audit.allPatients")));
    choices.values().stream()
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .forEach(patient::addItem);
    applyFilter();
  }

  private void applyFilter() {
    PatientChoice who = (PatientChoice) patient.getSelectedItem();
    Object what = action.getSelectedItem();
    sorter.setRowFilter(
        new RowFilter<RowsModel, Integer>() {
          @Override
          public boolean include(Entry<? extends RowsModel, ? extends Integer> entry) {
            AuditRows.Row row = model.rows.get(entry.getIdentifier());
            return (who == null
                    || who.id() == null
                    || Objects.equals(who.id(), row.entry().patientId()))
                && (!(what instanceof AuditAction a) || a == row.entry().action());
          }
        });
    count.setText(Messages.format("Audit.count", table.getRowCount(), model.rows.size()));
  }

  /** The rows the filters show, in the table's order. */
  private List<AuditRows.Row> shownRows() {
    List<AuditRows.Row> shown = new ArrayList<>();
    for (int i = 0; i < table.getRowCount(); i++) {
      shown.add(model.rows.get(table.convertRowIndexToModel(i)));
    }
    return shown;
  }

  private void exportCsv() {
    Optional<Path> chosen = ExportTargets.chooseFile(dialog, settings, "audit-log.csv");
    if (chosen.isEmpty()
        || !ExportTargets.replaceAllowed(
            dialog, Files.exists(chosen.get()) ? List.of(chosen.get()) : List.of())) {
      return;
    }
    Path file = chosen.get();
    List<AuditRows.Row> rows = shownRows();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      AuditRows.writeCsv(rows, out);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not write the audit log to " + file, e);
      JOptionPane.showMessageDialog(
          dialog,
          Messages.format("Audit.exportFailed", file, e.getMessage()),
          Messages.get("Audit.title"),
          JOptionPane.ERROR_MESSAGE);
      return;
    }
    audit.note(
        AuditAction.AUDIT_LOG_EXPORTED,
        null,
        null,
        file.getFileName() + ", " + rows.size() + " rows");
    count.setText(Messages.format("Audit.exported", rows.size(), file));
  }

  /** The rows as the table shows them. */
  private final class RowsModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private transient List<AuditRows.Row> rows = List.of();
    private final DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    @Override
    public int getRowCount() {
      return rows.size();
    }

    @Override
    public int getColumnCount() {
      return 6;
    }

    @Override
    public String getColumnName(int column) {
      return Messages.get("Audit.column." + column);
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
      AuditRows.Row row = rows.get(rowIndex);
      return switch (column) {
        case 0 -> when.withZone(zone).format(row.entry().at());
        case 1 -> row.entry().practitioner();
        case 2 ->
            row.entry().action() == null
                ? row.entry().code()
                : Messages.get("Audit.action." + row.entry().action().name());
        case 3 -> row.patientName();
        case 4 ->
            row.visitStartedAt() == null ? "" : when.withZone(zone).format(row.visitStartedAt());
        default -> row.entry().detail();
      };
    }
  }
}
