package app.myomap.store;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the charts of the visits append-only: each edit adds a new version row per changed mark and
 * a deletion marker per removed mark, never changing a row, so the chart of a visit as it was after
 * any edit can be rebuilt and every change stays attributed to its author and time.
 */
public final class ChartStore {
  private static final String VERSION_COLUMNS =
      "visit_id, mark_id, seq, edit_id, ordinal, deleted, "
          + MarkColumns.NAMES
          + ", author, committed_at, replaces_seq";

  private static final String INSERT_VERSION =
      "INSERT INTO mark_versions ("
          + VERSION_COLUMNS
          + ") VALUES ("
          + "?, ".repeat(6 + MarkColumns.COUNT + 2)
          + "?)";

  /**
   * Per mark of the visit, its newest row up to an edit and its first row: the newest gives the
   * mark's fields unless it is a deletion marker, the first its place in drawing order. The
   * grouping reads only the primary-key index; CROSS JOIN (an inner join in standard SQL) keeps
   * SQLite to that join order, so each mark then costs two primary-key lookups.
   */
  private static final String CHART_AS_OF =
      "SELECT v.mark_id, "
          + MarkColumns.qualified("v")
          + " FROM (SELECT mark_id, MIN(seq) AS first_seq, MAX(seq) AS last_seq"
          + " FROM mark_versions WHERE visit_id = ? AND seq <= ? GROUP BY mark_id) h"
          + " CROSS JOIN mark_versions v CROSS JOIN mark_versions f"
          + " WHERE v.visit_id = ? AND v.mark_id = h.mark_id AND v.seq = h.last_seq"
          + " AND f.visit_id = ? AND f.mark_id = h.mark_id AND f.seq = h.first_seq"
          + " AND v.deleted = 0"
          + " ORDER BY h.first_seq, f.ordinal";

  private final Database database;
  private final Clock clock;

  public ChartStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that stamps commits with the time of {@code clock}. */
  public ChartStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Records one edit of a visit's chart in one transaction: the edit itself, a version row per
   * upserted mark and a deletion marker per deleted mark, all attributed to {@code author}.
   *
   * @return the edit's sequence number in the visit's history, counting from 1
   * @throws IllegalArgumentException if the change is empty or holds two versions of a mark, the
   *     visit is unknown, or a deleted mark is not on the visit's chart
   */
  public long commit(String visitId, ChartChange change, String author) {
    return commit(visitId, change, author, -1);
  }

  /**
   * Commits {@code change} as {@link #commit(String, ChartChange, String)} does, but only on top of
   * the chart it was made on: when the visit's newest edit is not {@code basedOnSeq} (another
   * writer got there first), nothing is written and {@link ConflictingEditException} is thrown.
   *
   * @param basedOnSeq the sequence number of the newest edit the change was made after, 0 for a
   *     visit with no edit yet
   */
  public long commit(String visitId, ChartChange change, String author, long basedOnSeq) {
    Objects.requireNonNull(change, "change");
    if (change.isEmpty()) {
      throw new IllegalArgumentException("An empty change is not an edit");
    }
    Set<MarkId> upsertedIds = new HashSet<>();
    for (Mark mark : change.upserted()) {
      if (!upsertedIds.add(mark.id())) {
        throw new IllegalArgumentException("One edit holds two versions of mark " + mark.id());
      }
    }
    String by = Attribution.author(author);
    String committedAt = Timestamps.format(clock.instant());
    String editId = UUID.randomUUID().toString();
    return database.inTransaction(
        c -> write(c, visitId, change, by, committedAt, editId, basedOnSeq));
  }

  /** Writes one edit inside the caller's transaction; see {@link #commit}. */
  static long write(
      Connection c,
      String visitId,
      ChartChange change,
      String by,
      String committedAt,
      String editId,
      long basedOnSeq)
      throws SQLException {
    long head = latestSeq(c, visitId);
    SignatureStore.refuseIfSigned(c, visitId);
    if (basedOnSeq >= 0 && head != basedOnSeq) {
      throw new ConflictingEditException(visitId, basedOnSeq, head);
    }
    long seq = head + 1;
    for (MarkId id : change.deleted()) {
      if (!isOnChart(c, visitId, id)) {
        throw new IllegalArgumentException(
            "Mark " + id + " cannot be deleted: it is not on the chart of visit " + visitId);
      }
    }
    String practitionerId = PractitionerStore.idFor(c, by, committedAt);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO edits (id, visit_id, seq, label_key, author, committed_at,"
                + " practitioner_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, editId);
      insert.setString(2, visitId);
      insert.setLong(3, seq);
      insert.setString(4, change.labelKey());
      insert.setString(5, by);
      insert.setString(6, committedAt);
      insert.setString(7, practitionerId);
      insert.executeUpdate();
    }
    try (PreparedStatement insert = c.prepareStatement(INSERT_VERSION)) {
      int ordinal = 0;
      for (Mark mark : change.upserted()) {
        bindVersion(insert, visitId, mark.id(), seq, editId, ordinal++, mark);
        bindAttribution(insert, by, committedAt);
        bindReplaced(insert, headOf(c, visitId, mark.id()));
        insert.addBatch();
      }
      for (MarkId id : change.deleted()) {
        bindVersion(insert, visitId, id, seq, editId, ordinal++, null);
        bindAttribution(insert, by, committedAt);
        bindReplaced(insert, headOf(c, visitId, id));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    RecordChain.appendEdit(c, editId, visitId, committedAt);
    return seq;
  }

  /**
   * Lets this store's file hold carried marks whose origins are in another file: a file of unsaved
   * edits copies one visit out of the clinic's database, without the earlier visit its carried
   * marks came from. Their lineage is checked again when the edits are committed back.
   */
  public void acceptLineageFromElsewhere() {
    database.inTransaction(
        c -> {
          try (java.sql.Statement drop = c.createStatement()) {
            drop.executeUpdate("DROP TRIGGER IF EXISTS mark_versions_lineage_origin");
          }
          return null;
        });
  }

  /**
   * The current chart of a visit: the newest version of each mark not deleted, in drawing order
   * (the order of each mark's first version, so a mark deleted and restored returns to its place).
   *
   * @throws IllegalArgumentException if the visit is unknown
   */
  public Chart load(String visitId) {
    return database.inTransaction(c -> chartAsOf(c, visitId, latestSeq(c, visitId)));
  }

  /**
   * The chart of a visit as it was right after edit {@code editSeq}; 0 gives the empty chart the
   * visit started with.
   *
   * @throws IllegalArgumentException if the visit is unknown or has no edit {@code editSeq}
   */
  public Chart loadAsOf(String visitId, long editSeq) {
    return database.inTransaction(
        c -> {
          long latest = latestSeq(c, visitId);
          if (editSeq < 0 || editSeq > latest) {
            throw new IllegalArgumentException(
                "Visit " + visitId + " has edits 1 to " + latest + ", not " + editSeq);
          }
          return chartAsOf(c, visitId, editSeq);
        });
  }

  /** The sequence number of a visit's newest edit, 0 when it has none. */
  public long latestSeq(String visitId) {
    return database.inTransaction(c -> latestSeq(c, visitId));
  }

  /** The edits of a visit, oldest first. */
  public List<EditRecord> history(String visitId) {
    return database.inTransaction(
        c -> {
          requireVisit(c, visitId);
          List<EditRecord> edits = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT id, seq, label_key, author, committed_at FROM edits"
                      + " WHERE visit_id = ? ORDER BY seq")) {
            query.setString(1, visitId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                edits.add(
                    new EditRecord(
                        rows.getString(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        Timestamps.parse(rows.getString(5))));
              }
            }
          }
          return edits;
        });
  }

  private static Chart chartAsOf(Connection c, String visitId, long seq) throws SQLException {
    List<Mark> marks = new ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(CHART_AS_OF)) {
      query.setString(1, visitId);
      query.setLong(2, seq);
      query.setString(3, visitId);
      query.setString(4, visitId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          marks.add(MarkColumns.read(rows, 2, new MarkId(rows.getString(1))));
        }
      }
    }
    return new Chart(marks);
  }

  private static void requireVisit(Connection c, String visitId) throws SQLException {
    Objects.requireNonNull(visitId, "visitId");
    try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM visits WHERE id = ?")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw noVisit(visitId);
        }
      }
    }
  }

  private static IllegalArgumentException noVisit(String visitId) {
    return new IllegalArgumentException("No visit with id " + visitId);
  }

  /** The newest edit's sequence number, 0 for none; one query that also checks the visit. */
  static long latestSeq(Connection c, String visitId) throws SQLException {
    Objects.requireNonNull(visitId, "visitId");
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT (SELECT MAX(seq) FROM edits WHERE visit_id = ?) FROM visits WHERE id = ?")) {
      query.setString(1, visitId);
      query.setString(2, visitId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw noVisit(visitId);
        }
        return rows.getLong(1);
      }
    }
  }

  /** The seq of a mark's newest version in the visit, 0 for a mark without one. */
  private static long headOf(Connection c, String visitId, MarkId id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT MAX(seq) FROM mark_versions WHERE visit_id = ? AND mark_id = ?")) {
      query.setString(1, visitId);
      query.setString(2, id.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private static void bindReplaced(PreparedStatement insert, long replaced) throws SQLException {
    if (replaced == 0) {
      insert.setNull(9 + MarkColumns.COUNT, java.sql.Types.INTEGER);
    } else {
      insert.setLong(9 + MarkColumns.COUNT, replaced);
    }
  }

  private static boolean isOnChart(Connection c, String visitId, MarkId id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT deleted FROM mark_versions WHERE visit_id = ? AND mark_id = ? AND seq ="
                + " (SELECT MAX(seq) FROM mark_versions WHERE visit_id = ? AND mark_id = ?)")) {
      query.setString(1, visitId);
      query.setString(2, id.value());
      query.setString(3, visitId);
      query.setString(4, id.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getInt(1) == 0;
      }
    }
  }

  private static void bindVersion(
      PreparedStatement insert,
      String visitId,
      MarkId id,
      long seq,
      String editId,
      int ordinal,
      Mark mark)
      throws SQLException {
    insert.setString(1, visitId);
    insert.setString(2, id.value());
    insert.setLong(3, seq);
    insert.setString(4, editId);
    insert.setInt(5, ordinal);
    insert.setInt(6, mark == null ? 1 : 0);
    MarkColumns.bind(insert, 7, mark);
  }

  private static void bindAttribution(PreparedStatement insert, String author, String committedAt)
      throws SQLException {
    insert.setString(7 + MarkColumns.COUNT, author);
    insert.setString(8 + MarkColumns.COUNT, committedAt);
  }
}
