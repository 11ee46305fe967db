package app.myomap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log a clinic can send to support: {@code java.util.logging} into rotating files in the data
 * folder ({@code logs/myomap-0.log} newest, five files of at most 1 MB), with every error's stack
 * trace. The folder can be moved with {@code -Dmyomap.logDir=PATH} (tests do).
 */
final class Logs {
  /** System property that puts the log files into another folder. */
  static final String LOG_DIR_PROPERTY = "myomap.logDir";

  private static final int LIMIT_BYTES = 1_000_000;
  private static final int FILES = 5;
  private static final Logger ROOT = Logger.getLogger("");
  private static final Logger LOG = Logger.getLogger(Logs.class.getName());

  private Logs() {}

  /** The folder the log files go to. */
  static Path folder() {
    String override = System.getProperty(LOG_DIR_PROPERTY);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return DataFolder.defaultDatabase().getParent().resolve("logs");
  }

  /**
   * Sends the log to the rotating files and records the start; a log that cannot be written is
   * reported on standard error and MyoMap runs on without it.
   */
  static void start(String version) {
    Path folder = folder();
    try {
      Files.createDirectories(folder);
      FileHandler file =
          new FileHandler(
              // FileHandler reads % in the pattern as a placeholder; the folder's own are escaped.
              folder.toAbsolutePath().toString().replace("%", "%%") + "/myomap-%g.log",
              LIMIT_BYTES,
              FILES,
              true);
      file.setEncoding("UTF-8");
      file.setFormatter(new LineFormatter());
      file.setLevel(Level.INFO);
      ROOT.addHandler(file);
      for (Handler handler : ROOT.getHandlers()) {
        if (handler instanceof java.util.logging.ConsoleHandler) {
          // Errors still reach a terminal; the chatter stays in the file.
          handler.setLevel(Level.SEVERE);
        }
      }
    } catch (IOException | SecurityException e) {
      System.err.println("myomap: no log file in " + folder + " (" + e.getMessage() + ")");
    }
    LOG.info(
        () ->
            "MyoMap "
                + version
                + " starting on Java "
                + System.getProperty("java.version")
                + ", "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.version"));
  }

  /** One line per record in UTC, then the stack trace of an error. */
  private static final class LineFormatter extends Formatter {
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String format(LogRecord record) {
      StringBuilder line =
          new StringBuilder()
              .append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
              .append(' ')
              .append(record.getLevel().getName())
              .append(' ')
              .append(record.getLoggerName())
              .append(": ")
              .append(formatMessage(record))
              .append(System.lineSeparator());
      if (record.getThrown() != null) {
        java.io.StringWriter trace = new java.io.StringWriter();
        record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
        line.append(trace);
      }
      return line.toString();
    }
  }
}
