package app.myomap.app;

import app.myomap.store.DatabaseRefusedException;
import app.myomap.store.NetworkShare;
import app.myomap.ui.Messages;
import app.myomap.ui.NetworkShareWarning;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/** Starts MyoMap: reads the command line, then opens the window or runs a command-line tool. */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  private Main() {}

  public static void main(String[] args) {
    StartupMarks.mark("main");
    java.util.Optional<WindowArguments> window = WindowArguments.of(args);
    if (window.isPresent()) {
      DisplayWarmUp.start();
    }
    Logs.start(Version.current());
    StartupMarks.mark("logs");
    if (window.isPresent()) {
      int status = window.get().start(Main::openWindow);
      if (status != MyoMapCommand.WINDOW_OPEN) {
        System.exit(status);
      }
      return;
    }
    picocli.CommandLine commandLine = new picocli.CommandLine(new MyoMapCommand(Main::openWindow));
    commandLine.setExecutionStrategy(
        parsed -> {
          // The tools (export, verify, backup, sample) run without a display, even where one is.
          if (parsed.hasSubcommand()) {
            System.setProperty("java.awt.headless", "true");
          }
          return new picocli.CommandLine.RunLast().execute(parsed);
        });
    int status = commandLine.execute(args);
    if (status != MyoMapCommand.WINDOW_OPEN) {
      System.exit(status);
    }
  }

  private static int openWindow(Path database, boolean createFolders, boolean readOnly) {
    StartupMarks.mark("commandLine");
    installCrashReporter();
    PreferencesSettings settings = PreferencesSettings.forUser();
    StartupMarks.mark("preferences");
    // Asked before anything touches the file: Cancel leaves it as it was.
    java.util.Optional<String> share = NetworkShare.of(database);
    if (share.isPresent()) {
      LOG.warning("The database " + database + " is on a network share (" + share.get() + ")");
      if (GraphicsEnvironment.isHeadless()) {
        ShareWarning.onStderr(database, new java.io.PrintWriter(System.err, true));
      } else if (!NetworkShareWarning.mayOpen(database, share.get())) {
        LOG.info("Opening a database on a network share was cancelled");
        return 0;
      }
    }
    StartupMarks.mark("shareCheck");
    try {
      Startup.start(
          database,
          createFolders,
          readOnly,
          settings,
          () -> {
            settings.flush();
            LOG.info("MyoMap closed");
            System.exit(0);
          });
      return MyoMapCommand.WINDOW_OPEN;
    } catch (DatabaseRefusedException e) {
      return fail(Messages.get("Startup.refused.title"), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Start-up failed", e);
      return fail(Messages.get("Startup.failed.title"), String.valueOf(e.getMessage()));
    }
  }

  /**
   * Any exception nobody caught, on the event thread or elsewhere, is logged with its stack trace
   * and told to the user in plain words, once at a time, instead of vanishing on standard error.
   */
  private static void installCrashReporter() {
    AtomicBoolean showing = new AtomicBoolean();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) -> {
          LOG.log(Level.SEVERE, "Uncaught exception in thread " + thread.getName(), error);
          if (GraphicsEnvironment.isHeadless() || !showing.compareAndSet(false, true)) {
            return;
          }
          SwingUtilities.invokeLater(
              () -> {
                try {
                  JOptionPane.showMessageDialog(
                      null,
                      Messages.format("Crash.message", Logs.folder().toString()),
                      Messages.get("Crash.title"),
                      JOptionPane.ERROR_MESSAGE);
                } finally {
                  showing.set(false);
                }
              });
        });
  }

  private static int fail(String title, String message) {
    System.err.println("myomap: " + message);
    if (!GraphicsEnvironment.isHeadless()) {
      JOptionPane.showMessageDialog(null, message, title, JOptionPane.ERROR_MESSAGE);
    }
    return 1;
  }
}
