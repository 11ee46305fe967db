package app.myomap.store;

import app.myomap.model.PatientMerge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the merges of two records of the same person into one: the merged record keeps its
 * versions, visits and entries under its own id, leaves the patient list and is shown as part of
 * the record that stayed. Merges are append-only and chained; the file refuses merge chains (see
 * schema 14).
 */
public final class PatientMergeStore {
  /**
   * A condition, on patients as {@code p}, that leaves out records merged into another: they are
   * shown as part of the one that stayed.
   */
  static final String NOT_MERGED =
      " AND NOT EXISTS (SELECT 1 FROM patient_merges m WHERE m.merged_id = p.id)";

  /**
   * A condition that {@code column}, a patient id, is the patient or a record merged into theirs;
   * it takes the patient's id twice.
   */
  static String samePerson(String column) {
    return "("
        + column
        + " = ? OR "
        + column
        + " IN (SELECT merged_id FROM patient_merges WHERE into_id = ?))";
  }

  private final Database database;
  private final Clock clock;

  public PatientMergeStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that stamps merges with the time of {@code clock}. */
  public PatientMergeStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Merges the record of {@code mergedId} into that of {@code intoId}, two records of the same
   * person: nothing of either is changed or removed; the merged record leaves the patient list and
   * its visits are shown with the other's from then on.
   *
   * @throws IllegalArgumentException if either patient is unknown, they are the same, or the reason
   *     is blank
   * @throws IllegalStateException if {@code mergedId} is already merged, {@code intoId} was merged
   *     into another record, or other records were merged into {@code mergedId}
   */
  public PatientMerge merge(String mergedId, String intoId, String reason, String author) {
    String why = PatientMerge.checkedReason(reason);
    String by = Attribution.author(author);
    return database.inTransaction(
        c -> {
          PatientStore.find(c, mergedId).orElseThrow(() -> PatientStore.unknown(mergedId));
          PatientStore.find(c, intoId).orElseThrow(() -> PatientStore.unknown(intoId));
          if (mergedId.equals(intoId)) {
            throw new IllegalArgumentException("A record is not merged into itself");
          }
          if (mergeOf(c, mergedId).isPresent() || mergeOf(c, intoId).isPresent()) {
            throw new IllegalStateException("One of the records was already merged");
          }
          if (!mergedInto(c, mergedId).isEmpty()) {
            throw new IllegalStateException(
                "Other records were merged into this one; merge the other way round");
          }
          String at = Timestamps.format(clock.instant());
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO patient_merges (merged_id, into_id, reason, author,"
                      + " practitioner_id, merged_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, mergedId);
            insert.setString(2, intoId);
            insert.setString(3, why);
            insert.setString(4, by);
            insert.setString(5, PractitionerStore.idFor(c, by, at));
            insert.setString(6, at);
            insert.executeUpdate();
          }
          RecordChain.appendMerge(c, mergedId, at);
          return new PatientMerge(mergedId, intoId, why, by, Timestamps.parse(at));
        });
  }

  /** The merge that made this patient's record part of another's, if it was merged. */
  public Optional<PatientMerge> mergeOf(String patientId) {
    return database.inTransaction(c -> mergeOf(c, patientId));
  }

  /** The records merged into this patient's, oldest merge first. */
  public List<PatientMerge> mergedInto(String patientId) {
    return database.inTransaction(c -> mergedInto(c, patientId));
  }

  private static Optional<PatientMerge> mergeOf(Connection c, String patientId)
      throws SQLException {
    List<PatientMerge> found = merges(c, "merged_id", patientId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<PatientMerge> mergedInto(Connection c, String patientId) throws SQLException {
    return merges(c, "into_id", patientId);
  }

  private static List<PatientMerge> merges(Connection c, String column, String patientId)
      throws SQLException {
    List<PatientMerge> found = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT merged_id, into_id, reason, author, merged_at FROM patient_merges WHERE "
                + column
                + " = ? ORDER BY merged_at, merged_id")) {
      query.setString(1, patientId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(
              new PatientMerge(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  Timestamps.parse(rows.getString(5))));
        }
      }
    }
    return found;
  }
}
