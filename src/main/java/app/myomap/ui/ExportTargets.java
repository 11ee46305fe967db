package app.myomap.ui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;

/**
 * Where an export goes, asked the same way wherever a chart or a comparison is exported: a file
 * chooser opened on the folder last exported into (remembered in the settings), and a question
 * before any file that exists is replaced. Event thread only.
 */
public final class ExportTargets {
  private ExportTargets() {}

  /**
   * Asks for a file to write, {@code suggestedName} in the last export folder proposed; the
   * suggested name's extension is added when the name chosen lacks it.
   *
   * @return the file, or empty when the chooser was cancelled
   */
  public static Optional<Path> chooseFile(
      Component owner, Settings settings, String suggestedName) {
    Path folder = lastFolder(settings);
    JFileChooser chooser = new JFileChooser(folder.toFile());
    chooser.setName("export.chooser");
    chooser.setDialogTitle(Messages.get("Export.chooseFile"));
    chooser.setSelectedFile(folder.resolve(suggestedName).toFile());
    if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
      return Optional.empty();
    }
    File chosen = chooser.getSelectedFile();
    String extension = suggestedName.substring(suggestedName.lastIndexOf('.'));
    Path file =
        chosen.getName().toLowerCase(Locale.ROOT).endsWith(extension)
            ? chosen.toPath()
            : chosen.toPath().resolveSibling(chosen.getName() + extension);
    settings.put(UiSettings.EXPORT_FOLDER, file.toAbsolutePath().getParent().toString());
    return Optional.of(file);
  }

  /**
   * Asks for a folder to write into, the last export folder proposed.
   *
   * @return the folder, or empty when the chooser was cancelled
   */
  public static Optional<Path> chooseFolder(Component owner, Settings settings) {
    JFileChooser chooser = new JFileChooser(lastFolder(settings).toFile());
    chooser.setName("export.chooser");
    chooser.setDialogTitle(Messages.get("Export.chooseFolder"));
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setAcceptAllFileFilterUsed(false);
    if (chooser.showDialog(owner, Messages.get("Export.chooseFolder"))
        != JFileChooser.APPROVE_OPTION) {
      return Optional.empty();
    }
    Path folder = chooser.getSelectedFile().toPath();
    settings.put(UiSettings.EXPORT_FOLDER, folder.toAbsolutePath().toString());
    return Optional.of(folder);
  }

  /**
   * Whether the files of {@code existing} may be replaced: true when there are none, else as the
   * user answers (Replace or Cancel, Cancel the default).
   */
  public static boolean replaceAllowed(Component owner, List<Path> existing) {
    if (existing.isEmpty()) {
      return true;
    }
    String question =
        existing.size() == 1
            ? Messages.format("Export.replace.one", existing.get(0).getFileName())
            : Messages.format(
                "Export.replace.many", existing.size(), existing.get(0).getFileName());
    String replace = Messages.get("Export.replace.ok");
    String cancel = Messages.get("Export.cancel");
    JOptionPane pane =
        new JOptionPane(
            question,
            JOptionPane.WARNING_MESSAGE,
            JOptionPane.OK_CANCEL_OPTION,
            null,
            new Object[] {replace, cancel},
            cancel);
    JDialog dialog = pane.createDialog(owner, Messages.get("Export.replace.title"));
    dialog.setName("exportReplaceDialog");
    dialog.setVisible(true);
    dialog.dispose();
    return replace.equals(pane.getValue());
  }

  private static Path lastFolder(Settings settings) {
    String folder = settings.get(UiSettings.EXPORT_FOLDER);
    Path home = Path.of(System.getProperty("user.home"));
    Path path = folder.isBlank() ? home : Path.of(folder);
    return Files.isDirectory(path) ? path : home;
  }
}
