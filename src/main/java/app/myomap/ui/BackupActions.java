package app.myomap.ui;

import app.myomap.session.AuditTrail;
import app.myomap.session.Backups;
import app.myomap.store.Backup;
import app.myomap.store.BackupException;
import app.myomap.store.BackupRotation;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import java.awt.event.ActionEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

/**
 * The backups in the window: File › Back Up Now, Restore from Backup… and Backup Folder…, the daily
 * backup while open and the one at close; every outcome is told in the status bar.
 */
final class BackupActions implements Backups.Listener {
  private static final Logger LOG = Logger.getLogger(BackupActions.class.getName());

  /**
   * When MyoMap first checks whether the daily backup is due: a minute after start, so that the
   * copy does not hold up the first patient opened.
   */
  private static final Duration FIRST_CHECK = Duration.ofMinutes(1);

  /** How often MyoMap checks, while open, whether the daily backup is due. */
  private static final Duration CHECK_EVERY = Duration.ofHours(1);

  private final MainWindow window;
  private final Database database;
  private final Settings settings;
  private final Clock clock;
  private final Backups backups;
  private final BooleanSupplier closeVisit;
  private final java.util.function.Consumer<Runnable> reload;
  private final Action backUpNow = action("menu.file.backUpNow", this::backUpNow);
  private final Action restore = action("menu.file.restore", this::restore);
  private final Action folder = action("menu.file.backupFolder", this::chooseFolder);

  /**
   * @param closeVisit closes the open visit once its edits are saved; false when the user stays
   * @param reload shows the database again after a backup was put in its place
   */
  BackupActions(
      MainWindow window,
      Database database,
      AuditTrail audit,
      Settings settings,
      Clock clock,
      BooleanSupplier closeVisit,
      java.util.function.Consumer<Runnable> reload) {
    this.window = window;
    this.database = database;
    this.settings = settings;
    this.clock = clock;
    this.closeVisit = closeVisit;
    this.reload = reload;
    this.backups =
        new Backups(
            database,
            this::folder,
            window.info().version(),
            clock,
            BackupRotation.DEFAULT,
            audit,
            this);
    restore.setEnabled(!database.isReadOnly());
    window.addFileGroup(backUpNow, restore, folder);
  }

  /** The backup folder as set, or {@code backups} beside the database. */
  Path folder() {
    return UiSettings.backupFolder(settings, database.file());
  }

  /** Starts the daily backup: checked a minute after start, then every hour. */
  void startSchedule() {
    if (!database.isReadOnly()) {
      backups.startSchedule(FIRST_CHECK, CHECK_EVERY);
    }
  }

  /** The backup at close, once every edit is saved and before the database is closed. */
  void backUpAtClose() {
    backups.stopSchedule();
    if (database.isReadOnly()) {
      return;
    }
    try {
      backups.backUpNow();
    } catch (BackupException | RuntimeException e) {
      // Logged by the backups; the window is closing, so the log is where it is told.
      LOG.log(Level.WARNING, "The backup at close was not made", e);
    }
  }

  /** A backup made on its own is only logged; one asked for is told when it is done. */
  @Override
  public void backedUp(Backup backup) {}

  @Override
  public void failed(BackupException failure) {
    SwingUtilities.invokeLater(() -> window.showMessage(failureWords(failure)));
  }

  private static String failureWords(BackupException failure) {
    return Messages.format(
        "Backup.failed", Messages.get("Backup.problem." + failure.problem().name()));
  }

  private void backUpNow() {
    backUpNow.setEnabled(false);
    window.showMessage(Messages.get("Backup.working"));
    new SwingWorker<Backup, Void>() {
      @Override
      protected Backup doInBackground() throws BackupException {
        return backups.backUpNow();
      }

      @Override
      protected void done() {
        backUpNow.setEnabled(true);
        try {
          Backup backup = get();
          window.showMessage(
              Messages.format(
                  "Backup.done", backup.file().getFileName(), backup.file().getParent()));
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof BackupException)) {
            LOG.log(Level.SEVERE, "Back Up Now failed", e.getCause());
            window.showMessage(
                Messages.format("Backup.failed", Messages.get("Backup.problem.IO_ERROR")));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }.execute();
  }

  /** File › Restore from Backup…: choose, preview, confirm, then swap the files. */
  private void restore() {
    List<Backup> listed;
    try {
      listed = backups.list();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not list the backups in " + folder(), e);
      listed = List.of();
    }
    Path file = database.file();
    Backup chosen =
        RestoreDialog.choose(window.frame(), listed, file.getFileName().toString(), clock.getZone())
            .orElse(null);
    if (chosen == null || !closeVisit.getAsBoolean()) {
      return;
    }
    window.showMessage(Messages.get("Restore.working"));
    restore.setEnabled(false);
    new SwingWorker<Path, Void>() {
      @Override
      protected Path doInBackground() throws DatabaseRefusedException, IOException {
        return backups.restore(chosen);
      }

      @Override
      protected void done() {
        restore.setEnabled(true);
        String when =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(clock.getZone())
                .format(chosen.createdAt());
        try {
          Path kept = get();
          // Said once the restored chart is shown, so its opening does not hide the message.
          reload.accept(
              () -> window.showMessage(Messages.format("Restore.done", when, kept.getFileName())));
        } catch (ExecutionException e) {
          LOG.log(Level.SEVERE, "Could not restore " + chosen.file(), e.getCause());
          reload.accept(() -> {});
          JOptionPane.showMessageDialog(
              window.frame(),
              Messages.format("Restore.failed", when),
              Messages.get("Restore.title"),
              JOptionPane.ERROR_MESSAGE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }.execute();
  }

  /** File › Backup Folder…: where backups go, with a warning for a folder not on this computer. */
  private void chooseFolder() {
    JFileChooser chooser = new JFileChooser(folder().toFile());
    chooser.setName("backupFolderChooser");
    chooser.setDialogTitle(Messages.get("Backup.folderTitle"));
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setSelectedFile(folder().toFile());
    if (chooser.showDialog(window.frame(), Messages.get("Backup.folderChoose"))
        != JFileChooser.APPROVE_OPTION) {
      return;
    }
    File picked = chooser.getSelectedFile();
    Path chosen = picked.toPath().toAbsolutePath().normalize();
    String type = Backups.notLocal(chosen).orElse(null);
    if (type != null) {
      int answer =
          JOptionPane.showConfirmDialog(
              window.frame(),
              Messages.format("Backup.notLocal", type) + "\n\n" + Messages.get("Backup.useAnyway"),
              Messages.get("Backup.folderTitle"),
              JOptionPane.OK_CANCEL_OPTION,
              JOptionPane.WARNING_MESSAGE);
      if (answer != JOptionPane.OK_OPTION) {
        return;
      }
    }
    settings.put(
        UiSettings.BACKUP_FOLDER,
        chosen.equals(Backups.defaultFolder(database.file())) ? "" : chosen.toString());
    window.showMessage(Messages.format("Backup.folderSet", chosen));
  }

  private static Action action(String key, Runnable run) {
    Action action =
        new AbstractAction(Messages.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            run.run();
          }
        };
    action.putValue(Action.SHORT_DESCRIPTION, Messages.get(key + ".tooltip"));
    action.putValue(Action.ACTION_COMMAND_KEY, key);
    return action;
  }
}
