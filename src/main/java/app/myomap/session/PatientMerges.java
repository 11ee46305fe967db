package app.myomap.session;

import app.myomap.model.AuditAction;
import app.myomap.model.PatientMerge;
import app.myomap.store.AuditLog;
import app.myomap.store.Database;
import app.myomap.store.PatientMergeStore;
import java.time.Clock;

/**
 * Makes two records of the same person one, and says so in the audit log in the same transaction.
 * Nothing of either record is changed or removed: the merged record's versions, visits and entries
 * stay under its own id and are shown with the record that stays.
 */
public final class PatientMerges {
  private final Database database;
  private final PatientMergeStore merges;
  private final AuditLog audit;

  public PatientMerges(Database database, Clock clock) {
    this.database = database;
    this.merges = new PatientMergeStore(database, clock);
    this.audit = new AuditLog(database, clock);
  }

  /**
   * Merges {@code mergedId}'s record into {@code intoId}'s for {@code reason}.
   *
   * @throws IllegalArgumentException if a patient is unknown, they are the same, or the reason is
   *     blank
   * @throws IllegalStateException if the merge would chain merges (see {@link
   *     PatientMergeStore#merge})
   */
  public PatientMerge merge(String mergedId, String intoId, String reason, String author) {
    return database.inTransaction(
        c -> {
          PatientMerge merge = merges.merge(mergedId, intoId, reason, author);
          audit.record(
              AuditAction.PATIENT_MERGED, merge.author(), intoId, null, "merged " + mergedId);
          return merge;
        });
  }
}
