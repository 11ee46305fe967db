package app.myomap.session;

import app.myomap.store.ChainHead;
import app.myomap.store.Database;
import app.myomap.store.RecordVerifier;
import app.myomap.store.VerifyReport;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the open database's clinical record against its record chain, for the window and the
 * command line: the quick check at open (the changes since the last whole check), then the whole
 * check in the background. Every result's chain head goes to the log, which is outside the file, so
 * a chain recomputed inside the file later can be told from the one MyoMap wrote. Until a check
 * says otherwise, the record counts as trusted; after one, the visits and patients it named do not.
 */
public final class RecordChecks {
  private static final Logger LOG = Logger.getLogger(RecordChecks.class.getName());

  private final RecordVerifier verifier;
  private final Supplier<Collection<ChainHead>> keptOutside;
  private volatile VerifyReport latest;

  /** Checks with nothing kept outside the file to compare with. */
  public RecordChecks(Database database) {
    this(database, List::of);
  }

  /**
   * Checks that also compare the chain with the heads {@code keptOutside} reads from outside the
   * file (the newest backup's manifest).
   */
  public RecordChecks(Database database, Supplier<Collection<ChainHead>> keptOutside) {
    this.verifier = new RecordVerifier(database);
    this.keptOutside = keptOutside;
  }

  /** The quick check at open; runs on the calling thread (a few milliseconds). */
  public VerifyReport quick() {
    return remember("Quick record check", verifier.verifySinceLastVerified(keptOutside.get()));
  }

  /**
   * The whole check on {@code executor}, reporting the entries checked so far to {@code progress};
   * completes with the report, or exceptionally when the file could not be read.
   */
  public CompletableFuture<VerifyReport> whole(Executor executor, LongConsumer progress) {
    return CompletableFuture.supplyAsync(
        () -> remember("Whole record check", verifier.verifyAll(progress, keptOutside.get())),
        executor);
  }

  /** How many changes the chain holds now, for a progress bar's end. */
  public long size() {
    return verifier.head().seq();
  }

  /** The newest result, or null before the first check. */
  public VerifyReport latest() {
    return latest;
  }

  /** Whether the newest check found a change of this visit that does not match. */
  public boolean isAltered(String visitId) {
    VerifyReport report = latest;
    return report != null && report.brokenVisits().contains(visitId);
  }

  /** The visits the newest check found altered. */
  public Set<String> alteredVisits() {
    VerifyReport report = latest;
    return report == null ? Set.of() : report.brokenVisits();
  }

  /** A check's outcome in a few words, as the audit log keeps it. */
  public static String summary(VerifyReport report) {
    return report.clean()
        ? report.checked() + " recorded changes checked, all match"
        : report.broken().size() + " problems in " + report.checked() + " recorded changes";
  }

  private VerifyReport remember(String what, VerifyReport report) {
    latest = report;
    ChainHead head = report.head();
    if (report.clean()) {
      LOG.info(() -> what + ": " + report.checked() + " changes match; chain head " + head);
    } else {
      StringBuilder lines = new StringBuilder();
      report
          .broken()
          .forEach(b -> lines.append(System.lineSeparator()).append("  ").append(b.describe()));
      LOG.log(
          Level.WARNING,
          () -> what + ": " + report.broken().size() + " problems; chain head " + head + lines);
    }
    return report;
  }
}
