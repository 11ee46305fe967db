package app.myomap.store;

import app.myomap.model.record.Amendment;
import app.myomap.model.record.Signature;
import app.myomap.model.record.SigningState;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Signs visits and their addenda, and checks signatures. A signature stores the SHA-256 of the
 * visit's canonical content as signed (the visit, every current mark version up to the chart's
 * newest edit, every current record entry up to the record's newest write, the addenda so far, and
 * the signature's own fields, including the head of the record chain just before it), so a row
 * changed afterwards, inside MyoMap's rules or outside them, no longer matches. After a signature
 * the database refuses every change to the visit until an addendum is opened with a reason.
 */
public final class SignatureStore {
  private static final String SIGNATURE_COLUMNS =
      "visit_id, n, signed_at, author, edit_seq, record_seq, content_hash, chain_seq, chain_hash";

  private final Database database;
  private final Clock clock;

  public SignatureStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that dates signatures and addenda with the time of {@code clock}. */
  public SignatureStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Signs the visit, or its open addendum, as it is stored now.
   *
   * @throws IllegalArgumentException if the visit is unknown
   * @throws SignedVisitException if it is signed and no addendum is open
   */
  public Signature sign(String visitId, String author) {
    String by = Attribution.author(author);
    return database.inTransaction(
        c -> {
          if (!VisitStore.exists(c, visitId)) {
            throw new IllegalArgumentException("No visit has id " + visitId);
          }
          refuseIfSigned(c, visitId);
          int n = count(c, "visit_signatures", visitId);
          String signedAt = notBefore(c, visitId, Timestamps.format(clock.instant()));
          long editSeq = ChartStore.latestSeq(c, visitId);
          long recordSeq = RecordStore.latestSeq(c, visitId);
          // A profile made for a new author name joins the chain before the head is taken.
          String practitionerId = PractitionerStore.idFor(c, by, signedAt);
          RecordChain.Entry head = RecordChain.last(c);
          long chainSeq = head == null ? 0 : head.seq();
          String chainHash = head == null ? RecordEncoding.NO_HASH : head.entryHash();
          String hash =
              contentHash(c, visitId, n, signedAt, by, editSeq, recordSeq, chainSeq, chainHash);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO visit_signatures ("
                      + SIGNATURE_COLUMNS
                      + ", practitioner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, visitId);
            insert.setInt(2, n);
            insert.setString(3, signedAt);
            insert.setString(4, by);
            insert.setLong(5, editSeq);
            insert.setLong(6, recordSeq);
            insert.setString(7, hash);
            insert.setLong(8, chainSeq);
            insert.setString(9, chainHash);
            insert.setString(10, practitionerId);
            insert.executeUpdate();
          }
          RecordChain.appendSignature(c, visitId, n, signedAt);
          return new Signature(
              visitId, n, Timestamps.parse(signedAt), by, editSeq, recordSeq, hash);
        });
  }

  /**
   * Opens an addendum on a signed visit, for the reason given; changes may then be made until it is
   * signed.
   *
   * @throws IllegalStateException if the visit is not signed or an addendum is open
   * @throws IllegalArgumentException if the reason is blank
   */
  public Amendment amend(String visitId, String reason, String author) {
    String why = Amendment.checkedReason(reason);
    String by = Attribution.author(author);
    return database.inTransaction(
        c -> {
          SigningState state = state(c, visitId);
          if (!state.signed() || state.editable()) {
            throw new IllegalStateException(
                state.signed()
                    ? "An addendum of this visit is open; sign it first"
                    : "Only a signed visit is amended");
          }
          int n = state.amendments().size() + 1;
          String openedAt = notBefore(c, visitId, Timestamps.format(clock.instant()));
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO visit_amendments (visit_id, n, reason, opened_at, author,"
                      + " practitioner_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, visitId);
            insert.setInt(2, n);
            insert.setString(3, why);
            insert.setString(4, openedAt);
            insert.setString(5, by);
            insert.setString(6, PractitionerStore.idFor(c, by, openedAt));
            insert.executeUpdate();
          }
          RecordChain.appendAmendment(c, visitId, n, openedAt);
          return new Amendment(visitId, n, why, Timestamps.parse(openedAt), by);
        });
  }

  /** The visit's signatures and addenda. */
  public SigningState state(String visitId) {
    return database.inTransaction(c -> state(c, visitId));
  }

  /**
   * The visits with a signature whose content no longer matches what is stored, in the order of
   * their first mismatching signature.
   */
  public Set<String> unmatched() {
    return database.inTransaction(SignatureStore::unmatched);
  }

  static Set<String> unmatched(Connection c) throws SQLException {
    Set<String> visits = new LinkedHashSet<>();
    try (PreparedStatement query =
            c.prepareStatement(
                "SELECT " + SIGNATURE_COLUMNS + " FROM visit_signatures ORDER BY signed_at, n");
        ResultSet rows = query.executeQuery()) {
      List<Object[]> signatures = new ArrayList<>();
      while (rows.next()) {
        signatures.add(
            new Object[] {
              rows.getString(1),
              rows.getInt(2),
              rows.getString(3),
              rows.getString(4),
              rows.getLong(5),
              rows.getLong(6),
              rows.getString(7),
              rows.getLong(8),
              rows.getString(9)
            });
      }
      for (Object[] s : signatures) {
        String visitId = (String) s[0];
        String hash =
            contentHash(
                c,
                visitId,
                (Integer) s[1],
                (String) s[2],
                (String) s[3],
                (Long) s[4],
                (Long) s[5],
                (Long) s[7],
                (String) s[8]);
        if (!hash.equals(s[6])) {
          visits.add(visitId);
        }
      }
    }
    return visits;
  }

  static SigningState state(Connection c, String visitId) throws SQLException {
    List<Signature> signatures = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT visit_id, n, signed_at, "
                + PractitionerStore.currentName("visit_signatures.author")
                + ", edit_seq, record_seq, content_hash"
                + " FROM visit_signatures WHERE visit_id = ? ORDER BY n")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          signatures.add(
              new Signature(
                  rows.getString(1),
                  rows.getInt(2),
                  Timestamps.parse(rows.getString(3)),
                  rows.getString(4),
                  rows.getLong(5),
                  rows.getLong(6),
                  rows.getString(7)));
        }
      }
    }
    List<Amendment> amendments = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT visit_id, n, reason, opened_at, "
                + PractitionerStore.currentName("visit_amendments.author")
                + " FROM visit_amendments WHERE visit_id = ? ORDER BY n")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          amendments.add(
              new Amendment(
                  rows.getString(1),
                  rows.getInt(2),
                  rows.getString(3),
                  Timestamps.parse(rows.getString(4)),
                  rows.getString(5)));
        }
      }
    }
    return new SigningState(signatures, amendments);
  }

  /**
   * Refuses a change to a signed visit with no open addendum, before the database's own guard
   * would, so the caller gets words rather than a constraint failure.
   */
  static void refuseIfSigned(Connection c, String visitId) throws SQLException {
    if (!RecordVerifier.hasTable(c, "visit_signatures")) {
      return;
    }
    if (count(c, "visit_signatures", visitId) > count(c, "visit_amendments", visitId)) {
      throw new SignedVisitException(visitId);
    }
  }

  private static int count(Connection c, String table, String visitId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE visit_id = ?")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /**
   * {@code now}, or the visit's newest written time when the clock is behind it (a clock set back),
   * so a signature is never dated before what it signs.
   */
  private static String notBefore(Connection c, String visitId, String now) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT MAX(t) FROM (SELECT MAX(committed_at) AS t FROM edits WHERE visit_id = ?1"
                + " UNION ALL SELECT MAX(written_at) FROM record_entries WHERE visit_id = ?1"
                + " UNION ALL SELECT MAX(opened_at) FROM visit_amendments WHERE visit_id = ?1"
                + " UNION ALL SELECT MAX(signed_at) FROM visit_signatures WHERE visit_id = ?1"
                + " UNION ALL SELECT recorded_at FROM visits WHERE id = ?1)")) {
      query.setString(1, visitId);
      try (ResultSet rows = query.executeQuery()) {
        String latest = rows.next() ? rows.getString(1) : null;
        return latest != null && latest.compareTo(now) > 0 ? latest : now;
      }
    }
  }

  /** The SHA-256 of a visit's content as signature {@code n} covers it. */
  static String contentHash(
      Connection c,
      String visitId,
      int n,
      String signedAt,
      String author,
      long editSeq,
      long recordSeq,
      long chainSeq,
      String chainHash)
      throws SQLException {
    MessageDigest digest = RecordEncoding.sha256();
    RecordEncoding.values(
        digest,
        "signature",
        visitId,
        (long) n,
        signedAt,
        author,
        editSeq,
        recordSeq,
        chainSeq,
        chainHash);
    RecordChain.rows(c, digest, "visits", RecordEncoding.VISITS, "id = ?", "", visitId);
    List<String> markColumns = RecordEncoding.markVersionColumns(c);
    RecordChain.rows(
        c,
        digest,
        "mark_versions",
        markColumns,
        "visit_id = ?1 AND deleted = 0 AND seq = (SELECT MAX(h.seq) FROM mark_versions h"
            + " WHERE h.visit_id = ?1 AND h.mark_id = mark_versions.mark_id AND h.seq <= ?2)",
        " ORDER BY mark_id",
        visitId,
        editSeq);
    RecordChain.rows(
        c,
        digest,
        "record_entries",
        RecordEncoding.RECORD_ENTRIES,
        "visit_id = ?1 AND deleted = 0 AND version = (SELECT MAX(h.version) FROM record_entries h"
            + " WHERE h.entry_id = record_entries.entry_id AND h.seq <= ?2)",
        " ORDER BY entry_id",
        visitId,
        recordSeq);
    RecordChain.rows(
        c,
        digest,
        "visit_amendments",
        RecordEncoding.VISIT_AMENDMENTS,
        "visit_id = ?1 AND n <= ?2",
        " ORDER BY n",
        visitId,
        (long) n);
    return RecordEncoding.hex(digest.digest());
  }
}
