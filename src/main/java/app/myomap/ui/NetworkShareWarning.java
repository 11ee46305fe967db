package app.myomap.ui;

import java.nio.file.Path;
import javax.swing.JOptionPane;

/**
 * The question asked before a database on a network share is opened: SQLite's locking is not safe
 * there, so the practitioner opens it knowingly or not at all.
 */
public final class NetworkShareWarning {
  private NetworkShareWarning() {}

  /**
   * Asks whether to open {@code file}, which lies on the network file system {@code type}; true for
   * Open Anyway. Cancel (or closing the question) leaves the file untouched.
   */
  public static boolean mayOpen(Path file, String type) {
    Object[] options = {
      Messages.get("NetworkShare.openAnyway"), Messages.get("NetworkShare.cancel")
    };
    int answer =
        JOptionPane.showOptionDialog(
            null,
            Messages.format("NetworkShare.message", file, type),
            Messages.get("NetworkShare.title"),
            JOptionPane.DEFAULT_OPTION,
            JOptionPane.WARNING_MESSAGE,
            null,
            options,
            options[1]);
    return answer == 0;
  }
}
