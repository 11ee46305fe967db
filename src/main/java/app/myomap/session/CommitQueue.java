package app.myomap.session;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.store.ChartStore;
import app.myomap.store.DatabaseException;
import app.myomap.store.StorageProblem;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Commits the completed edits of one visit strictly in order, off the caller's thread. When a
 * commit fails, the queue stops: the failed edit and every later one stay queued, in order, until a
 * retry (by hand, or automatically after a pause) commits them. Nothing queued is ever dropped, and
 * an edit never reaches storage before the edits made before it.
 */
public final class CommitQueue implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(CommitQueue.class.getName());

  /** Whether what is on screen is stored. */
  public enum State {
    /** Every edit is committed. */
    SAVED,
    /** Edits are queued and being committed. */
    SAVING,
    /** A commit failed; edits wait, in order, for a retry. */
    FAILED
  }

  /**
   * What the queue holds.
   *
   * @param problem why the last commit failed, null unless {@code state} is FAILED
   * @param unsaved how many edits are not committed yet
   * @param unsavedMarks the marks those edits add, change or delete
   */
  public record Status(State state, StorageProblem problem, int unsaved, Set<MarkId> unsavedMarks) {
    public Status {
      unsavedMarks = Set.copyOf(unsavedMarks);
    }
  }

  /** Told of every change of status, on the queue's own thread. */
  public interface Listener {
    void statusChanged(Status status);
  }

  private final ChartStore store;
  private final String visitId;
  private final String author;
  private final Duration retryAfter;
  private final Listener listener;
  private final ScheduledExecutorService writer;
  private final Deque<ChartChange> pending = new ArrayDeque<>();
  private Chart saved;

  /** The newest edit stored, which the next edit is made after. */
  private long head;

  private StorageProblem problem;
  private ScheduledFuture<?> automaticRetry;
  private boolean closed;

  /**
   * @param saved the visit's chart as stored now, to which committed edits are applied
   * @param retryAfter how long after a failure the queue tries again by itself
   */
  public CommitQueue(
      ChartStore store,
      String visitId,
      String author,
      Chart saved,
      Duration retryAfter,
      Listener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.visitId = Objects.requireNonNull(visitId, "visitId");
    this.author = Objects.requireNonNull(author, "author");
    this.saved = Objects.requireNonNull(saved, "saved");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.head = store.latestSeq(visitId);
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "myomap-commit-queue");
              t.setDaemon(false);
              return t;
            });
  }

  /** Queues {@code change} behind every earlier edit; returns at once. */
  public void submit(ChartChange change) {
    if (change.isEmpty()) {
      return;
    }
    boolean start;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("The commit queue of visit " + visitId + " is closed");
      }
      pending.addLast(change);
      start = problem == null && pending.size() == 1;
    }
    if (start) {
      writer.execute(this::drain);
    }
    notifyListener();
  }

  /** Tries the failed edit and those behind it again, now. */
  public void retry() {
    synchronized (this) {
      if (problem == null || closed) {
        return;
      }
      problem = null;
      if (automaticRetry != null) {
        automaticRetry.cancel(false);
        automaticRetry = null;
      }
    }
    notifyListener();
    writer.execute(this::drain);
  }

  /** The current status. */
  public synchronized Status status() {
    State state = problem != null ? State.FAILED : pending.isEmpty() ? State.SAVED : State.SAVING;
    Set<MarkId> marks = new LinkedHashSet<>();
    for (ChartChange change : pending) {
      change.upserted().forEach(m -> marks.add(m.id()));
      marks.addAll(change.deleted());
    }
    return new Status(state, problem, pending.size(), marks);
  }

  /**
   * The chart as storage holds it and the edits not committed yet, taken together so that a retry
   * cannot commit an edit between the two.
   */
  public record Pending(Chart saved, List<ChartChange> unsaved) {}

  /** What is saved and what is not, at one moment. */
  public synchronized Pending pending() {
    return new Pending(saved, List.copyOf(pending));
  }

  /** The edits not committed yet, oldest first. */
  public synchronized List<ChartChange> unsaved() {
    return List.copyOf(pending);
  }

  /** The chart as storage holds it: the chart at opening with every committed edit applied. */
  public synchronized Chart saved() {
    return saved;
  }

  /**
   * Waits until every queued edit is committed or a commit fails, at most {@code timeout}.
   *
   * @return whether every edit is committed
   */
  public boolean flush(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (!pending.isEmpty() && problem == null) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return pending.isEmpty();
    }
  }

  /**
   * Commits what can be committed (at most {@code timeout}), then stops the queue. Edits still
   * unsaved afterwards are returned by {@link #unsaved()}.
   */
  public void close(Duration timeout) {
    flush(timeout);
    synchronized (this) {
      closed = true;
      if (automaticRetry != null) {
        automaticRetry.cancel(false);
      }
    }
    writer.shutdown();
    try {
      writer.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  private void drain() {
    while (true) {
      ChartChange next;
      synchronized (this) {
        next = problem == null ? pending.peekFirst() : null;
        if (next == null) {
          notifyAll();
          break;
        }
      }
      try {
        long committed = store.commit(visitId, next, author, head);
        synchronized (this) {
          head = committed;
          pending.removeFirst();
          saved = applied(saved, next);
          notifyAll();
        }
      } catch (RuntimeException e) {
        StorageProblem cause =
            e instanceof DatabaseException failure ? failure.problem() : StorageProblem.OTHER;
        LOG.log(
            Level.WARNING, "Could not save an edit of visit " + visitId + " (" + cause + ")", e);
        Status failed;
        synchronized (this) {
          problem = cause;
          if (!closed) {
            automaticRetry =
                writer.schedule(this::retry, retryAfter.toMillis(), TimeUnit.MILLISECONDS);
          }
          failed = status();
          notifyAll();
        }
        // The failure is told as it was, even if a retry has begun since.
        notifyListener(failed);
        continue;
      }
      notifyListener();
    }
    notifyListener();
  }

  private void notifyListener() {
    notifyListener(status());
  }

  /**
   * Tells the listener of {@code status}. Listeners on another thread should read {@link #status()}
   * again when they act: notifications from two threads may arrive out of order.
   */
  private void notifyListener(Status status) {
    try {
      listener.statusChanged(status);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A commit queue listener failed", e);
    }
  }

  /** {@code chart} after {@code change}: deleted marks removed, new ones added on top. */
  static Chart applied(Chart chart, ChartChange change) {
    Chart result = chart.without(change.deleted().stream().filter(chart::contains).toList());
    List<Mark> changed = new ArrayList<>();
    for (Mark mark : change.upserted()) {
      if (result.contains(mark.id())) {
        changed.add(mark);
      } else {
        result = result.with(mark);
      }
    }
    return changed.isEmpty() ? result : result.replaceAll(changed);
  }
}
