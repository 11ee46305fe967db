package app.myomap.ui;

import app.myomap.store.Backup;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import app.myomap.store.DatabaseSummary;
import app.myomap.store.RecordVerifier;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

/**
 * File › Restore from Backup…: lists the backups of the open database, previews the one chosen
 * read-only (what it holds and its newest edit), and, once previewed and confirmed, returns it to
 * be put in place of the database.
 */
final class RestoreDialog extends JDialog {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RestoreDialog.class.getName());

  private final transient List<Backup> backups;
  private final DateTimeFormatter when;
  private final JTable table;
  private final WrappingLabel summary = new WrappingLabel(460);
  private final JButton restore = new JButton(Messages.get("Restore.restore"));
  private final String databaseName;
  private int previewed = -1;
  private transient Backup result;

  private RestoreDialog(Window owner, List<Backup> backups, String databaseName, ZoneId zone) {
    super(owner, Messages.get("Restore.title"));
    this.backups = backups;
    this.databaseName = databaseName;
    // The date form of the rest of the window ("6 Dec 2026 23:30").
    this.when =
        DateTimeFormatter.ofPattern(
                Messages.get("VisitHeader.datePattern")
                    + " "
                    + Messages.get("VisitHeader.timePattern"))
            .withZone(zone);
    setModal(true);
    setName("restoreDialog");
    table = new JTable(new Rows());
    table.setName("restore.backups");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.getSelectionModel().addListSelectionListener(e -> selectionChanged());
    table.setFillsViewportHeight(true);
    // Wide enough for a whole date and time; the record chain's head is cut, its start is enough
    // to tell backups apart.
    int[] widths = {170, 70, 90, 330};
    for (int column = 0; column < widths.length; column++) {
      table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
    }
    JScrollPane scroll = new JScrollPane(table);
    scroll.setPreferredSize(new Dimension(660, 200));

    WrappingLabel explanation = new WrappingLabel(660);
    explanation.setText(Messages.get("Restore.explanation"));
    summary.setName("restore.summary");
    summary.setText(Messages.get(backups.isEmpty() ? "Restore.noBackups" : "Restore.choose"));

    JButton preview = new JButton(Messages.get("Restore.preview"));
    preview.setName("restore.preview");
    preview.addActionListener(e -> preview());
    restore.setName("restore.restore");
    restore.setEnabled(false);
    restore.addActionListener(e -> confirm());
    JButton cancel = new JButton(Messages.get("Restore.cancel"));
    cancel.setName("restore.cancel");
    cancel.addActionListener(e -> dispose());

    JPanel centre = new JPanel(new BorderLayout(0, 10));
    centre.add(explanation, BorderLayout.NORTH);
    centre.add(scroll, BorderLayout.CENTER);
    centre.add(summary, BorderLayout.SOUTH);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(preview);
    buttons.add(restore);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 14));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(centre, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    Dialogs.closeOnEscape(this);
    if (!backups.isEmpty()) {
      table.setRowSelectionInterval(0, 0);
    }
    preview.setEnabled(!backups.isEmpty());
    pack();
    setLocationRelativeTo(owner);
  }

  /**
   * Shows the backups (newest first) of the database {@code databaseName}; the backup to restore
   * once the user previewed and confirmed it, or empty.
   */
  static Optional<Backup> choose(
      Window owner, List<Backup> backups, String databaseName, ZoneId zone) {
    RestoreDialog dialog = new RestoreDialog(owner, backups, databaseName, zone);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  private void selectionChanged() {
    restore.setEnabled(previewed >= 0 && previewed == table.getSelectedRow());
  }

  /** Opens the chosen backup read-only and says what it holds. */
  private void preview() {
    int row = table.getSelectedRow();
    if (row < 0) {
      return;
    }
    Backup backup = backups.get(row);
    try (Database copy = Database.openForViewing(backup.file())) {
      if (!new RecordVerifier(copy).head().equals(backup.manifest().chainHead())) {
        // The record in the file is no longer the one whose head the manifest kept.
        summary.setText(Messages.get("Restore.changed"));
        previewed = -1;
        selectionChanged();
        return;
      }
      DatabaseSummary held = DatabaseSummary.of(copy);
      summary.setText(
          Messages.format(
              "Restore.summary",
              when.format(backup.createdAt()),
              held.patients(),
              held.visits(),
              held.edits(),
              held.newestEdit().map(when::format).orElse(Messages.get("Restore.noEdits"))));
      previewed = row;
    } catch (DatabaseRefusedException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not preview the backup " + backup.file(), e);
      summary.setText(Messages.get("Restore.unreadable"));
      previewed = -1;
    }
    selectionChanged();
  }

  private void confirm() {
    Backup backup = backups.get(previewed);
    JOptionPane pane =
        new JOptionPane(
            Messages.format("Restore.confirm", databaseName, when.format(backup.createdAt())),
            JOptionPane.WARNING_MESSAGE,
            JOptionPane.OK_CANCEL_OPTION);
    JDialog ask = pane.createDialog(this, Messages.get("Restore.title"));
    ask.setName("restoreConfirmDialog");
    ask.setVisible(true);
    ask.dispose();
    if (Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())) {
      result = backup;
      dispose();
    }
  }

  /** The backups, one a row: when made, size, whether verified, the head of the record chain. */
  private final class Rows extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    @Override
    public int getRowCount() {
      return backups.size();
    }

    @Override
    public int getColumnCount() {
      return 4;
    }

    @Override
    public String getColumnName(int column) {
      return Messages.get("Restore.column." + column);
    }

    @Override
    public Object getValueAt(int row, int column) {
      Backup backup = backups.get(row);
      return switch (column) {
        case 0 -> when.format(backup.createdAt());
        case 1 ->
            Messages.format("Restore.megabytes", backup.manifest().sizeBytes() / (1024.0 * 1024.0));
        case 2 ->
            Messages.get(backup.manifest().verified() ? "Restore.verified" : "Restore.unverified");
        default ->
            Messages.format(
                "Restore.chain",
                backup.manifest().chainHead().seq(),
                abbreviated(backup.manifest().chainHead().hash()));
      };
    }

    private String abbreviated(String hash) {
      return hash.length() > 12 ? hash.substring(0, 12) + "\u2026" : hash;
    }
  }
}
