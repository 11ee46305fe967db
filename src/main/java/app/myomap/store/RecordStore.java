package app.myomap.store;

import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.VisitRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the clinical record of the visits beside their charts, append-only like the chart: each
 * write adds a new version of one entry (or a removal marker), numbered within the visit,
 * attributed and chained, so the record as it was at any signature can be read again. A signed
 * visit takes no write unless an addendum is open; the database itself refuses it.
 */
public final class RecordStore {
  private static final String COLUMNS =
      "visit_id, entry_id, version, seq, section, mark_id, deleted, body, author, written_at";

  private final Database database;
  private final Clock clock;

  public RecordStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that stamps writes with the time of {@code clock}. */
  public RecordStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Writes a new entry of a visit's record.
   *
   * @return the stored entry, version 1
   * @throws IllegalArgumentException if the visit is unknown, or the section holds one entry per
   *     visit and the visit has one (write a new version of it instead), or the trigger point
   *     already has a needling entry
   * @throws SignedVisitException if the visit is signed and no addendum is open
   */
  public StoredEntry add(String visitId, RecordEntry entry, String author) {
    String by = Attribution.author(author);
    return database.inTransaction(
        c -> {
          VisitRecord current = load(c, visitId, Long.MAX_VALUE);
          if (entry.section().single() && current.single(entry.section()).isPresent()) {
            throw new IllegalArgumentException(
                "The visit has a " + entry.section().id() + " entry; write a new version of it");
          }
          if (entry instanceof NeedlingEntry n && current.needlingOf(n.point()).isPresent()) {
            throw new IllegalArgumentException(
                "Trigger point " + n.point() + " has a needling entry; write a new version of it");
          }
          return write(c, visitId, UUID.randomUUID().toString(), 1, entry, by);
        });
  }

  /**
   * Writes a new version of the entry {@code previous}, on top of that version only.
   *
   * @throws ConflictingEditException if the entry has a newer version than {@code previous}
   * @throws IllegalArgumentException if the new entry's section differs
   * @throws SignedVisitException if the visit is signed and no addendum is open
   */
  public StoredEntry revise(
      String visitId, StoredEntry previous, RecordEntry entry, String author) {
    if (previous.section() != entry.section()) {
      throw new IllegalArgumentException("A record entry keeps its section");
    }
    String by = Attribution.author(author);
    return database.inTransaction(
        c -> {
          checkNewest(c, visitId, previous);
          return write(c, visitId, previous.entryId(), previous.version() + 1, entry, by);
        });
  }

  /**
   * Removes an entry from the visit's current record; its versions stay in the history.
   *
   * @throws ConflictingEditException if the entry has a newer version than {@code previous}
   * @throws SignedVisitException if the visit is signed and no addendum is open
   */
  public void remove(String visitId, StoredEntry previous, String author) {
    String by = Attribution.author(author);
    database.inTransaction(
        c -> {
          checkNewest(c, visitId, previous);
          insert(
              c, visitId, previous.entryId(), previous.version() + 1, previous.entry(), null, by);
          return null;
        });
  }

  /** The visit's current record. */
  public VisitRecord load(String visitId) {
    return database.inTransaction(c -> load(c, visitId, Long.MAX_VALUE));
  }

  /** The visit's record as it was after its write {@code seq} (0: before any). */
  public VisitRecord loadAsOf(String visitId, long seq) {
    return database.inTransaction(c -> load(c, visitId, seq));
  }

  /** How many record writes the visit has had. */
  public long latestSeq(String visitId) {
    return database.inTransaction(c -> latestSeq(c, visitId));
  }

  static long latestSeq(Connection c, String visitId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM record_entries WHERE visit_id = ?")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * Per entry, its newest version up to {@code seq}, in the order the entries were first written.
   */
  static VisitRecord load(Connection c, String visitId, long seq) throws SQLException {
    Objects.requireNonNull(visitId, "visitId");
    if (!VisitStore.exists(c, visitId)) {
      throw new IllegalArgumentException("No visit has id " + visitId);
    }
    List<StoredEntry> entries = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT e.entry_id, e.version, e.section, e.deleted, e.body, "
                + PractitionerStore.currentName("e.author")
                + ", e.written_at FROM record_entries e JOIN (SELECT entry_id, MAX(version) AS newest,"
                + " MIN(seq) AS first_seq FROM record_entries WHERE visit_id = ? AND seq <= ?"
                + " GROUP BY entry_id) h ON e.entry_id = h.entry_id AND e.version = h.newest"
                + " ORDER BY h.first_seq")) {
      query.setString(1, visitId);
      query.setLong(2, seq);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getInt(4) == 1) {
            continue;
          }
          RecordSection section = RecordSection.ofId(rows.getString(3));
          entries.add(
              new StoredEntry(
                  rows.getString(1),
                  rows.getInt(2),
                  RecordEntry.parse(section, rows.getString(5)),
                  rows.getString(6),
                  Timestamps.parse(rows.getString(7))));
        }
      }
    }
    return new VisitRecord(entries);
  }

  private StoredEntry write(
      Connection c, String visitId, String entryId, int version, RecordEntry entry, String by)
      throws SQLException {
    String at = Timestamps.format(clock.instant());
    insert(c, visitId, entryId, version, entry, entry.text(), by, at);
    return new StoredEntry(entryId, version, entry, by, Timestamps.parse(at));
  }

  private void insert(
      Connection c,
      String visitId,
      String entryId,
      int version,
      RecordEntry entry,
      String body,
      String by)
      throws SQLException {
    insert(c, visitId, entryId, version, entry, body, by, Timestamps.format(clock.instant()));
  }

  private static void insert(
      Connection c,
      String visitId,
      String entryId,
      int version,
      RecordEntry entry,
      String body,
      String by,
      String at)
      throws SQLException {
    if (!VisitStore.exists(c, visitId)) {
      throw new IllegalArgumentException("No visit has id " + visitId);
    }
    SignatureStore.refuseIfSigned(c, visitId);
    long seq = latestSeq(c, visitId) + 1;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO record_entries ("
                + COLUMNS
                + ", practitioner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, visitId);
      insert.setString(2, entryId);
      insert.setInt(3, version);
      insert.setLong(4, seq);
      insert.setString(5, entry.section().id());
      insert.setString(6, entry instanceof NeedlingEntry n ? n.point().value() : null);
      insert.setInt(7, body == null ? 1 : 0);
      insert.setString(8, body);
      insert.setString(9, by);
      insert.setString(10, at);
      insert.setString(11, PractitionerStore.idFor(c, by, at));
      insert.executeUpdate();
    }
    RecordChain.appendRecord(c, entryId, version, visitId, at);
  }

  private static void checkNewest(Connection c, String visitId, StoredEntry previous)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT MAX(version), visit_id FROM record_entries WHERE entry_id = ?")) {
      query.setString(1, previous.entryId());
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        if (!visitId.equals(rows.getString(2))) {
          throw new IllegalArgumentException(
              "Visit " + visitId + " has no record entry " + previous.entryId());
        }
        if (rows.getInt(1) != previous.version()) {
          throw new ConflictingEditException(visitId, previous.version(), rows.getInt(1));
        }
      }
    }
  }
}
