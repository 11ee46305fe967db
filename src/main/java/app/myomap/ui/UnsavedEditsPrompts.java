package app.myomap.ui;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.CommitQueue;
import app.myomap.session.UnsavedEdits;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;

/**
 * What the practitioner is asked about edits that could not be saved: at closing, whether to save
 * them to a file, lose them or stay with the chart; where to save them; and which saved file to
 * bring back (File › Import Unsaved Edits). Problems are told in plain words and logged.
 */
final class UnsavedEditsPrompts {
  private static final Logger LOG = Logger.getLogger(UnsavedEditsPrompts.class.getName());

  private final MainWindow window;
  private final Clock clock;

  UnsavedEditsPrompts(MainWindow window, Clock clock) {
    this.window = window;
    this.clock = clock;
  }

  /**
   * Asks what becomes of {@code status}'s unsaved edits of {@code visit} before it closes: saved to
   * a file ({@link #saveElsewhere}), lost knowingly, or kept open. False to stay with the chart.
   */
  boolean resolveAtClose(
      CommitQueue.Status status, Patient patient, Visit visit, CommitQueue queue) {
    String[] options = {
      Messages.get("UnsavedEdits.quitSave"),
      Messages.get("UnsavedEdits.quitDiscard"),
      Messages.get("UnsavedEdits.quitCancel")
    };
    JOptionPane pane =
        new JOptionPane(
            Messages.format(
                "UnsavedEdits.quitMessage",
                Messages.format("SaveProblem.count", status.unsaved()),
                Messages.get(
                    "SaveProblem."
                        + (status.problem() == null ? "OTHER" : status.problem().name()))),
            JOptionPane.WARNING_MESSAGE,
            JOptionPane.DEFAULT_OPTION,
            null,
            options,
            options[0]);
    JDialog dialog = pane.createDialog(window.frame(), Messages.get("UnsavedEdits.quitTitle"));
    dialog.setName("unsavedEditsDialog");
    dialog.setVisible(true);
    dialog.dispose();
    Object answer = pane.getValue();
    if (options[0].equals(answer)) {
      return saveElsewhere(patient, visit, queue);
    }
    return options[1].equals(answer);
  }

  /**
   * Writes the edits of {@code visit} that {@code queue} could not save to a new file the
   * practitioner chooses; true once written (or when nothing is unsaved).
   */
  boolean saveElsewhere(Patient patient, Visit visit, CommitQueue queue) {
    CommitQueue.Pending pending = queue.pending();
    if (pending.unsaved().isEmpty()) {
      return true;
    }
    JFileChooser chooser = new JFileChooser();
    chooser.setName("unsavedEditsChooser");
    chooser.setDialogTitle(Messages.get("UnsavedEdits.chooserTitle"));
    chooser.setSelectedFile(
        new File(
            Messages.format(
                "UnsavedEdits.fileName",
                DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
                    .withZone(clock.getZone())
                    .format(clock.instant()))));
    if (chooser.showSaveDialog(window.frame()) != JFileChooser.APPROVE_OPTION) {
      return false;
    }
    Path file = chooser.getSelectedFile().toPath();
    try {
      UnsavedEdits.write(
          file, patient, visit, pending.saved(), pending.unsaved(), visit.practitioner());
    } catch (FileAlreadyExistsException e) {
      JOptionPane.showMessageDialog(
          window.frame(),
          Messages.format("UnsavedEdits.exists", file),
          Messages.get("UnsavedEdits.chooserTitle"),
          JOptionPane.WARNING_MESSAGE);
      return false;
    } catch (IOException | app.myomap.store.DatabaseRefusedException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not write unsaved edits to " + file, e);
      JOptionPane.showMessageDialog(
          window.frame(),
          Messages.format("SaveProblem.writeFailed", file, e.getMessage()),
          Messages.get("UnsavedEdits.chooserTitle"),
          JOptionPane.ERROR_MESSAGE);
      return false;
    }
    window.showMessage(Messages.format("SaveProblem.saved", file));
    return true;
  }

  /** Edits read from a file the practitioner chose. */
  record Chosen(Path file, UnsavedEdits.Contents contents) {}

  /**
   * Asks for a file of saved edits and reads it; empty when the practitioner cancels or the file
   * cannot be read (they were told why).
   */
  Optional<Chosen> chooseImport() {
    JFileChooser chooser = new JFileChooser();
    chooser.setName("importUnsavedEditsChooser");
    chooser.setDialogTitle(Messages.get("UnsavedEdits.importTitle"));
    if (chooser.showOpenDialog(window.frame()) != JFileChooser.APPROVE_OPTION) {
      return Optional.empty();
    }
    Path file = chooser.getSelectedFile().toPath();
    try {
      return Optional.of(new Chosen(file, UnsavedEdits.read(file)));
    } catch (UnsavedEdits.ImportRefused e) {
      importRefused(e);
    } catch (IOException | app.myomap.store.DatabaseRefusedException | RuntimeException e) {
      importFailed(file, e);
    }
    return Optional.empty();
  }

  /** Says why edits read from a file were not brought into their visit. */
  void importRefused(UnsavedEdits.ImportRefused e) {
    importProblem(Messages.get("UnsavedEdits." + e.reason().name()));
  }

  /** Says that edits read from {@code file} could not be brought into their visit. */
  void importFailed(Path file, Exception e) {
    LOG.log(Level.WARNING, "Could not import unsaved edits from " + file, e);
    importProblem(Messages.format("UnsavedEdits.unreadable", file));
  }

  private void importProblem(String words) {
    JOptionPane.showMessageDialog(
        window.frame(),
        words,
        Messages.get("UnsavedEdits.importTitle"),
        JOptionPane.WARNING_MESSAGE);
  }
}
