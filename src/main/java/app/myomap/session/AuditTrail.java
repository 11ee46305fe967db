package app.myomap.session;

import app.myomap.model.AuditAction;
import app.myomap.store.AuditEntry;
import app.myomap.store.AuditLog;
import app.myomap.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notes what the window and the command line do with the record (a chart opened, a visit exported,
 * printed or copied, the records verified, a backup made or restored) in the database's audit log,
 * attributed to the practitioner the session uses. Signing and amending are noted by {@link
 * ClinicalRecord} in their own transaction.
 *
 * <p>Noting never fails what it notes: a row that cannot be written goes to the log file instead. A
 * database opened read-only takes no rows at all (writing one would be writing to the file); each
 * event then goes to the log file, marked as not in the audit log. In the window the rows are
 * written on a thread of their own, one short transaction each, never on the event thread and never
 * inside a chart commit, which at most waits for one such row.
 */
public final class AuditTrail implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  private final Database database;
  private final AuditLog log;
  private final Supplier<String> practitioner;
  private final Executor writer;
  private final ExecutorService ownThread;
  private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
  private boolean closed;

  private AuditTrail(
      Database database,
      Clock clock,
      Supplier<String> practitioner,
      Executor writer,
      ExecutorService ownThread) {
    this.database = Objects.requireNonNull(database, "database");
    this.log = new AuditLog(database, clock);
    this.practitioner = Objects.requireNonNull(practitioner, "practitioner");
    this.writer = writer;
    this.ownThread = ownThread;
  }

  /** Notes on the calling thread, as a command line run does. */
  public static AuditTrail onCallingThread(
      Database database, Clock clock, Supplier<String> practitioner) {
    return new AuditTrail(database, clock, practitioner, Runnable::run, null);
  }

  /** Notes on a thread of its own, in order, as the window does. */
  public static AuditTrail inBackground(
      Database database, Clock clock, Supplier<String> practitioner) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "myomap-audit");
              t.setDaemon(true);
              return t;
            });
    return new AuditTrail(database, clock, practitioner, thread, thread);
  }

  /** Who the command line's rows are attributed to: the operating-system user who ran it. */
  public static String commandLineUser() {
    return "command line (user " + System.getProperty("user.name", "unknown") + ")";
  }

  /**
   * Notes {@code action} on {@code patientId} and {@code visitId} (either may be null) with a short
   * {@code detail}; returns at once when noting in the background. The practitioner is asked on the
   * writing thread.
   */
  public void note(AuditAction action, String patientId, String visitId, String detail) {
    Runnable write =
        () -> {
          String who = "unknown";
          try {
            who = practitioner.get();
            if (database.isReadOnly()) {
              LOG.info(
                  "Not in the audit log, as the database is open read-only: "
                      + describe(action, who, patientId, visitId, detail));
              return;
            }
            log.record(action, who, patientId, visitId, detail);
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "Could not write to the audit log: "
                    + describe(action, who, patientId, visitId, detail),
                e);
          }
        };
    synchronized (this) {
      if (closed) {
        LOG.warning(
            "Not in the audit log, as the database is being closed: "
                + describe(action, "(not asked)", patientId, visitId, detail));
        return;
      }
      last = last.thenRunAsync(write, writer);
    }
  }

  /** Waits until every row noted so far is written (or given up), at most {@code timeout}. */
  public boolean flush(Duration timeout) {
    CompletableFuture<Void> pending;
    synchronized (this) {
      pending = last;
    }
    try {
      pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /**
   * The rows, oldest first, of {@code patientId} and {@code action} (null for all), once the rows
   * noted so far are written. A file of an older format opened read-only has none.
   */
  public List<AuditEntry> entries(String patientId, AuditAction action) {
    flush(Duration.ofSeconds(10));
    return log.exists() ? log.entries(patientId, action) : List.of();
  }

  /**
   * Writes what is noted, then stops the writer's thread; call it last before the database closes.
   */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    flush(Duration.ofSeconds(10));
    if (ownThread != null) {
      ownThread.shutdown();
    }
  }

  private static String describe(
      AuditAction action, String who, String patientId, String visitId, String detail) {
    return action.code()
        + " by "
        + who
        + (patientId == null ? "" : ", patient " + patientId)
        + (visitId == null ? "" : ", visit " + visitId)
        + (detail == null || detail.isBlank() ? "" : ", " + detail);
  }
}
