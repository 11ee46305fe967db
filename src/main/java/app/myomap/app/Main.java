package app.myomap.app;

import app.myomap.store.DatabaseRefusedException;
import app.myomap.ui.Messages;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.JOptionPane;

/** Starts MyoMap: reads the command line, then hands over to {@link Startup}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("myomap: " + e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (commandLine.help()) {
      System.out.println(CommandLine.USAGE);
      return;
    }
    Path database = commandLine.database().orElseGet(DataFolder::defaultDatabase);
    PreferencesSettings settings = PreferencesSettings.forUser();
    try {
      Startup.start(
          database,
          settings,
          () -> {
            settings.flush();
            System.exit(0);
          });
    } catch (DatabaseRefusedException e) {
      fail(Messages.get("Startup.refused.title"), e.getMessage(), 1);
    } catch (RuntimeException e) {
      fail(Messages.get("Startup.failed.title"), String.valueOf(e.getMessage()), 1);
    }
  }

  private static void fail(String title, String message, int status) {
    System.err.println("myomap: " + message);
    if (!GraphicsEnvironment.isHeadless()) {
      JOptionPane.showMessageDialog(null, message, title, JOptionPane.ERROR_MESSAGE);
    }
    System.exit(status);
  }
}
