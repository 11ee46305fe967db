package app.myomap.ui;

import app.myomap.model.ChartChange;
import app.myomap.store.ChartStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Commits every completed edit of a visit at once, each in its own transaction, off the event
 * thread but strictly in order. There is no Save button: this is the only way edits reach storage.
 */
final class ChartSaver implements AutoCloseable {
  private final ChartStore store;
  private final String visitId;
  private final String author;
  private final Consumer<Throwable> onFailure;
  private final AtomicInteger pending = new AtomicInteger();
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "myomap-chart-saver");
            t.setDaemon(false);
            return t;
          });

  /** {@code onFailure} is told on the event thread when a commit failed. */
  ChartSaver(ChartStore store, String visitId, String author, Consumer<Throwable> onFailure) {
    this.store = store;
    this.visitId = visitId;
    this.author = author;
    this.onFailure = onFailure;
  }

  /** Queues {@code change} for committing; returns at once. */
  void save(ChartChange change) {
    if (change.isEmpty()) {
      return;
    }
    pending.incrementAndGet();
    writer.execute(
        () -> {
          try {
            store.commit(visitId, change, author);
          } catch (RuntimeException e) {
            SwingUtilities.invokeLater(() -> onFailure.accept(e));
          } finally {
            pending.decrementAndGet();
          }
        });
  }

  /** How many edits are queued or being committed. */
  int pending() {
    return pending.get();
  }

  /** Waits until every queued edit is committed (at most {@code seconds}). */
  boolean flush(long seconds) {
    try {
      return writer.submit(() -> {}).get(seconds, TimeUnit.SECONDS) == null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return false;
    }
  }

  /** Commits what is queued, then stops the writer thread. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
