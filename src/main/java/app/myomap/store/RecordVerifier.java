package app.myomap.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Checks a database's clinical record against its record chain: every entry's hashes and link to
 * the entry before, every change's rows as stored now, rows no entry accounts for, each patient's
 * current details against their newest version, the triggers that keep the history append-only, and
 * (in the whole check) the audit log's own chain. Nothing is trusted that the file itself says
 * about being fine.
 *
 * <p>The whole check reads every history row once; the check at open only reads the entries since
 * the last whole check that found nothing, which is where the database remembers the head it
 * verified (and a chain recomputed since then no longer holds that head).
 */
public final class RecordVerifier {
  /** The meta key of the head of the last whole check that found nothing. */
  static final String VERIFIED = "record_chain_verified";

  /** The triggers that keep the history append-only; each one missing is reported. */
  static final List<String> GUARDS =
      List.of(
          "edits_no_update",
          "edits_no_delete",
          "edits_no_replace",
          "mark_versions_no_update",
          "mark_versions_no_delete",
          "mark_versions_no_replace",
          "mark_versions_replace_head",
          "patient_history_no_update",
          "patient_history_no_delete",
          "patient_history_no_replace",
          "patients_keep_id",
          "patients_no_delete",
          "patients_no_replace",
          "visits_no_update",
          "visits_no_delete",
          "visits_no_replace",
          "visit_unlocks_no_update",
          "visit_unlocks_no_delete",
          "visit_unlocks_no_replace",
          "record_chain_no_update",
          "record_chain_no_delete",
          "record_chain_no_replace");

  /** The triggers that keep the visit record and its signatures append-only (format 9 on). */
  static final List<String> SIGNING_GUARDS =
      List.of(
          "record_entries_no_replace",
          "record_entries_no_update",
          "record_entries_no_delete",
          "record_entries_follow",
          "visit_signatures_no_replace",
          "visit_signatures_no_update",
          "visit_signatures_no_delete",
          "visit_signatures_in_order",
          "visit_signatures_not_backdated",
          "visit_amendments_no_replace",
          "visit_amendments_no_update",
          "visit_amendments_no_delete",
          "visit_amendments_in_order",
          "edits_signed",
          "mark_versions_signed",
          "record_entries_signed",
          "visit_unlocks_signed");

  /** The triggers that keep the versions of a visit's details append-only (format 10 on). */
  static final List<String> VISIT_DETAILS_GUARDS =
      List.of(
          "visit_details_no_replace",
          "visit_details_no_update",
          "visit_details_no_delete",
          "visit_details_in_order",
          "visit_details_signed");

  /** The triggers that keep the audit log append-only (format 11 on). */
  static final List<String> AUDIT_GUARDS =
      List.of(
          "audit_log_no_replace",
          "audit_log_in_order",
          "audit_log_no_update",
          "audit_log_no_delete");

  /** The triggers that keep practitioner profiles and their names append-only. */
  static final List<String> PRACTITIONER_GUARDS =
      List.of(
          "practitioners_no_replace",
          "practitioners_no_update",
          "practitioners_no_delete",
          "practitioners_follow",
          "practitioner_names_no_replace",
          "practitioner_names_no_update",
          "practitioner_names_no_delete");

  /** The triggers that keep correction statements and merges append-only (format 14 on). */
  static final List<String> CORRECTION_GUARDS =
      List.of(
          "correction_statements_no_replace",
          "correction_statements_no_update",
          "correction_statements_no_delete",
          "correction_statements_in_order",
          "patient_merges_no_replace",
          "patient_merges_no_update",
          "patient_merges_no_delete",
          "patient_merges_one_step",
          "visits_not_merged");

  /** The data format that brought the record chain. */
  static final int CHAINED_SINCE = 6;

  private static final int PROGRESS_STEP = 1000;

  private static final String AUDIT_TABLE = "audit_log";

  private final Database database;

  public RecordVerifier(Database database) {
    this.database = database;
  }

  /** The chain's newest entry. */
  public ChainHead head() {
    return database.inTransaction(RecordVerifier::headOf);
  }

  /** The head of the last whole check that found nothing, if there was one. */
  public ChainHead lastVerified() {
    return database.inTransaction(c -> ChainHead.parse(MetaStore.read(c, VERIFIED)));
  }

  /**
   * Checks everything, reporting the number of entries checked so far to {@code progress} as it
   * goes. When nothing is wrong and the file is writable, the head is remembered as verified.
   */
  public VerifyReport verifyAll(LongConsumer progress) {
    return verifyAll(progress, List.of());
  }

  /**
   * Checks everything as {@link #verifyAll(LongConsumer)} does, and that each head kept outside the
   * file ({@code keptOutside}: the newest backup's manifest) is still in the chain as it was: a
   * chain recomputed inside the file, with its own record of what was verified rewritten too, no
   * longer holds it.
   */
  public VerifyReport verifyAll(LongConsumer progress, Collection<ChainHead> keptOutside) {
    VerifyReport report =
        database.inTransaction(c -> withKept(c, new WholeCheck(c, progress).run(), keptOutside));
    if (report.clean() && !database.isReadOnly()) {
      database.inTransaction(c -> MetaStore.write(c, VERIFIED, report.head().toString()));
    }
    return report;
  }

  /** The whole check inside a transaction that is already open, as a schema migration runs. */
  static VerifyReport check(Connection c) throws SQLException {
    return new WholeCheck(c, done -> {}).run();
  }

  /**
   * The quick check at open: the entries since the last whole check that found nothing, that the
   * head it verified is still in the chain, patients' current details and the protections. With no
   * earlier whole check, this is the whole check.
   */
  public VerifyReport verifySinceLastVerified() {
    return verifySinceLastVerified(List.of());
  }

  /** The quick check at open, and that each head kept outside the file is still in the chain. */
  public VerifyReport verifySinceLastVerified(Collection<ChainHead> keptOutside) {
    ChainHead verified = lastVerified();
    if (verified == null) {
      return verifyAll(done -> {}, keptOutside);
    }
    return database.inTransaction(c -> withKept(c, new TailCheck(c, verified).run(), keptOutside));
  }

  private static VerifyReport withKept(
      Connection c, VerifyReport report, Collection<ChainHead> keptOutside) throws SQLException {
    List<BrokenRecord> broken = new ArrayList<>(report.broken());
    Names names = null;
    for (ChainHead kept : keptOutside) {
      if (names == null) {
        names = new Names(c);
      }
      List<BrokenRecord> found = new ArrayList<>();
      checkVerifiedHead(c, kept, found, names);
      for (BrokenRecord problem : found) {
        if (!broken.contains(problem)) {
          broken.add(problem);
        }
      }
    }
    return new VerifyReport(report.checked(), report.head(), broken);
  }

  private static ChainHead headOf(Connection c) throws SQLException {
    RecordChain.Entry last = RecordChain.last(c);
    return last == null ? ChainHead.EMPTY : new ChainHead(last.seq(), last.entryHash());
  }

  /** Names and times to describe what is broken in words. */
  private static final class Names {
    private final Map<String, String> patientNames = new HashMap<>();
    private final Map<String, String[]> visits = new HashMap<>();

    Names(Connection c) throws SQLException {
      try (PreparedStatement query = c.prepareStatement("SELECT id, name FROM patients");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          patientNames.put(rows.getString(1), rows.getString(2));
        }
      }
      try (PreparedStatement query =
              c.prepareStatement("SELECT id, patient_id, started_at FROM visits");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          visits.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
        }
      }
    }

    BrokenRecord broken(
        long seq,
        BrokenRecord.Problem problem,
        String kind,
        String patientId,
        String visitId,
        String recordedAt) {
      String[] visit = visitId == null ? null : visits.get(visitId);
      String patient = patientId != null ? patientId : visit == null ? null : visit[0];
      return new BrokenRecord(
          seq,
          problem,
          words(kind),
          patient,
          patient == null ? null : patientNames.get(patient),
          visitId,
          visit == null ? null : visit[1],
          recordedAt);
    }

    private static String words(String kind) {
      return switch (kind) {
        case RecordChain.PATIENT -> "patient details";
        case RecordChain.VISIT -> "visit";
        case RecordChain.EDIT -> "chart edit";
        case RecordChain.UNLOCK -> "permission to edit a past visit";
        case RecordChain.RECORD -> "clinical record entry";
        case RecordChain.SIGNATURE -> "signed visit";
        case RecordChain.PRACTITIONER -> "practitioner profile";
        case RecordChain.CORRECTION -> "patient's correction statement";
        case RecordChain.MERGE -> "merge of two patient records";
        default -> kind;
      };
    }
  }

  /** Checks an entry's own hash and its link to the entry before it. */
  private static boolean linkHolds(RecordChain.Entry entry, long expectedSeq, String expectedPrev) {
    return entry.seq() == expectedSeq
        && entry.prevHash().equals(expectedPrev)
        && entry.encoding() >= RecordEncoding.FIRST_VERSION
        && entry.encoding() <= RecordEncoding.VERSION
        && entry.entryHash().equals(entry.expectedHash());
  }

  private static void checkCurrentPatients(Connection c, Names names, List<BrokenRecord> broken)
      throws SQLException {
    try (PreparedStatement query =
            c.prepareStatement(
                "SELECT p.id FROM patients p LEFT JOIN patient_history h"
                    + " ON h.patient_id = p.id AND h.version = p.version"
                    + " WHERE h.patient_id IS NULL OR h.name IS NOT p.name"
                    + " OR h.date_of_birth IS NOT p.date_of_birth"
                    + " OR h.record_number IS NOT p.record_number"
                    + " OR p.version IS NOT (SELECT MAX(version) FROM patient_history"
                    + " WHERE patient_id = p.id)"
                    + " ORDER BY p.id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        broken.add(
            names.broken(
                0,
                BrokenRecord.Problem.CURRENT_DIFFERS,
                RecordChain.PATIENT,
                rows.getString(1),
                null,
                null));
      }
    }
  }

  /** The reference of the chain entry a row belongs to. */
  @FunctionalInterface
  private interface RefOf {
    String of(ResultSet row) throws SQLException;
  }

  static boolean hasTable(Connection c, String table) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void checkGuards(Connection c, List<BrokenRecord> broken) throws SQLException {
    Set<String> present = new HashSet<>();
    try (PreparedStatement query =
            c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'trigger'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        present.add(rows.getString(1));
      }
    }
    List<String> expected = new java.util.ArrayList<>(GUARDS);
    if (hasTable(c, "record_entries")) {
      expected.addAll(SIGNING_GUARDS);
    }
    if (hasTable(c, "visit_details")) {
      expected.addAll(VISIT_DETAILS_GUARDS);
    }
    if (hasTable(c, AUDIT_TABLE)) {
      expected.addAll(AUDIT_GUARDS);
    }
    if (hasTable(c, "practitioners")) {
      expected.addAll(PRACTITIONER_GUARDS);
    }
    if (hasTable(c, "correction_statements")) {
      expected.addAll(CORRECTION_GUARDS);
    }
    for (String guard : expected) {
      if (!present.contains(guard)) {
        broken.add(
            new BrokenRecord(
                0,
                BrokenRecord.Problem.GUARD_REMOVED,
                "A protection of the history (" + guard + ")",
                null,
                null,
                null,
                null,
                null));
      }
    }
  }

  /** Whether the head verified earlier is still in the chain as it was. */
  private static void checkVerifiedHead(
      Connection c, ChainHead verified, List<BrokenRecord> broken, Names names)
      throws SQLException {
    if (verified == null || verified.seq() == 0) {
      return;
    }
    RecordChain.Entry entry = RecordChain.at(c, verified.seq());
    if (entry == null || !entry.entryHash().equals(verified.hash())) {
      broken.add(
          names.broken(
              verified.seq(),
              BrokenRecord.Problem.CHAIN_REWRITTEN,
              entry == null ? "record" : entry.kind(),
              entry == null ? null : entry.patientId(),
              entry == null ? null : entry.visitId(),
              entry == null ? null : entry.recordedAt()));
    }
  }

  /** The check of everything, reading each table once. */
  private static final class WholeCheck {
    private final Connection c;
    private final LongConsumer progress;
    private final Names names;
    private final List<BrokenRecord> broken = new ArrayList<>();

    /** Content hash per "kind ref" of the rows as stored, removed as entries account for them. */
    private final Map<String, String> contents = new LinkedHashMap<>();

    /** Where each content came from, to name rows no entry accounts for. */
    private final Map<String, String[]> origins = new HashMap<>();

    WholeCheck(Connection c, LongConsumer progress) throws SQLException {
      this.c = c;
      this.progress = progress;
      this.names = new Names(c);
    }

    VerifyReport run() throws SQLException {
      readContents();
      long checked = 0;
      long expectedSeq = 1;
      String prev = RecordEncoding.NO_HASH;
      RecordChain.Entry last = null;
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT " + RecordChain.ENTRY_COLUMNS + " FROM record_chain ORDER BY seq");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          RecordChain.Entry entry = RecordChain.entry(rows);
          if (!linkHolds(entry, expectedSeq, prev)) {
            broken.add(broken(entry, BrokenRecord.Problem.CHAIN_ALTERED));
          }
          String stored = contents.remove(entry.kind() + " " + entry.ref());
          if (stored == null) {
            broken.add(broken(entry, BrokenRecord.Problem.REMOVED));
          } else if (!stored.equals(entry.contentHash())) {
            broken.add(broken(entry, BrokenRecord.Problem.CHANGED));
          }
          expectedSeq = entry.seq() + 1;
          prev = entry.entryHash();
          last = entry;
          if (++checked % PROGRESS_STEP == 0) {
            progress.accept(checked);
          }
        }
      }
      progress.accept(checked);
      for (Map.Entry<String, String> unaccounted : contents.entrySet()) {
        String[] origin = origins.get(unaccounted.getKey());
        broken.add(
            names.broken(
                0, BrokenRecord.Problem.ADDED, origin[0], origin[1], origin[2], origin[3]));
      }
      checkCurrentPatients(c, names, broken);
      checkVerifiedHead(c, ChainHead.parse(MetaStore.read(c, VERIFIED)), broken, names);
      checkGuards(c, broken);
      if (hasTable(c, "visit_signatures")) {
        for (String visitId : SignatureStore.unmatched(c)) {
          broken.add(
              names.broken(
                  0,
                  BrokenRecord.Problem.SIGNATURE_MISMATCH,
                  RecordChain.SIGNATURE,
                  null,
                  visitId,
                  null));
        }
      }
      // The audit log has its own chain; only the whole check reads it, row by row.
      if (hasTable(c, AUDIT_TABLE)) {
        broken.addAll(AuditLog.check(c));
      }
      ChainHead head = last == null ? ChainHead.EMPTY : new ChainHead(last.seq(), last.entryHash());
      return new VerifyReport(checked, head, broken);
    }

    private BrokenRecord broken(RecordChain.Entry entry, BrokenRecord.Problem problem) {
      return names.broken(
          entry.seq(),
          problem,
          entry.kind(),
          entry.patientId(),
          entry.visitId(),
          entry.recordedAt());
    }

    private void put(String kind, String ref, MessageDigest digest, String[] origin) {
      String key = kind + " " + ref;
      contents.put(key, RecordEncoding.hex(digest.digest()));
      origins.put(key, origin);
    }

    /** Hashes every history row the way its chain entry does, keyed by kind and reference. */
    private void readContents() throws SQLException {
      List<String> patientColumns = RecordEncoding.patientHistoryColumns(c);
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT " + RecordEncoding.select(patientColumns) + " FROM patient_history");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          MessageDigest digest = RecordEncoding.sha256();
          RecordEncoding.row(digest, "patient_history", patientColumns, rows);
          String patientId = rows.getString(1);
          put(
              RecordChain.PATIENT,
              RecordChain.patientRef(patientId, rows.getLong(2)),
              digest,
              new String[] {RecordChain.PATIENT, patientId, null, rows.getString(7)});
        }
      }
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT " + RecordEncoding.select(RecordEncoding.VISITS) + " FROM visits");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          MessageDigest digest = RecordEncoding.sha256();
          RecordEncoding.row(digest, "visits", RecordEncoding.VISITS, rows);
          put(
              RecordChain.VISIT,
              rows.getString(1),
              digest,
              new String[] {
                RecordChain.VISIT, rows.getString(2), rows.getString(1), rows.getString(6)
              });
        }
      }
      if (hasTable(c, "visit_details")) {
        readRows(
            "visit_details",
            RecordEncoding.VISIT_DETAILS,
            RecordChain.VISIT,
            rows -> RecordChain.visitDetailsRef(rows.getString(1), rows.getInt(2)),
            7);
      }
      readUnlocks();
      readEdits();
      if (hasTable(c, "record_entries")) {
        readSigned();
      }
      if (hasTable(c, "practitioners")) {
        readPractitioners();
      }
      if (hasTable(c, "correction_statements")) {
        readRows(
            "correction_statements",
            RecordEncoding.CORRECTION_STATEMENTS,
            RecordChain.CORRECTION,
            rows -> RecordChain.correctionRef(rows.getString(1), rows.getInt(2)),
            8);
        readMerges();
      }
    }

    /** A merge's content is its row; it belongs to the merged record, not to a visit. */
    private void readMerges() throws SQLException {
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + RecordEncoding.select(RecordEncoding.PATIENT_MERGES)
                      + " FROM patient_merges");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          MessageDigest digest = RecordEncoding.sha256();
          RecordEncoding.row(digest, "patient_merges", RecordEncoding.PATIENT_MERGES, rows);
          put(
              RecordChain.MERGE,
              rows.getString(1),
              digest,
              new String[] {RecordChain.MERGE, rows.getString(1), null, rows.getString(6)});
        }
      }
    }

    /** A profile revision's content is its row, then the names it brought, by name. */
    private void readPractitioners() throws SQLException {
      Map<String, MessageDigest> digests = new LinkedHashMap<>();
      Map<String, String[]> revisionOrigins = new HashMap<>();
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + RecordEncoding.select(RecordEncoding.PRACTITIONERS)
                      + " FROM practitioners");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          MessageDigest digest = RecordEncoding.sha256();
          RecordEncoding.row(digest, "practitioners", RecordEncoding.PRACTITIONERS, rows);
          String ref = RecordChain.practitionerRef(rows.getString(1), rows.getLong(2));
          digests.put(ref, digest);
          revisionOrigins.put(
              ref, new String[] {RecordChain.PRACTITIONER, null, null, rows.getString(13)});
        }
      }
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + RecordEncoding.select(RecordEncoding.PRACTITIONER_NAMES)
                      + " FROM practitioner_names ORDER BY practitioner_id, version, name");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String ref = RecordChain.practitionerRef(rows.getString(2), rows.getLong(3));
          MessageDigest digest = digests.get(ref);
          if (digest == null) {
            // A name of a revision that does not exist: hashed on its own, so that no entry
            // accounts for it.
            digest = RecordEncoding.sha256();
            digests.put(ref, digest);
            revisionOrigins.put(ref, new String[] {RecordChain.PRACTITIONER, null, null, null});
          }
          RecordEncoding.row(digest, "practitioner_names", RecordEncoding.PRACTITIONER_NAMES, rows);
        }
      }
      for (Map.Entry<String, MessageDigest> revision : digests.entrySet()) {
        put(
            RecordChain.PRACTITIONER,
            revision.getKey(),
            revision.getValue(),
            revisionOrigins.get(revision.getKey()));
      }
    }

    /** Record entries, signatures and addenda: one row per chain entry each. */
    private void readSigned() throws SQLException {
      readRows(
          "record_entries",
          RecordEncoding.RECORD_ENTRIES,
          RecordChain.RECORD,
          rows -> RecordChain.recordRef(rows.getString(2), rows.getInt(3)),
          10);
      readRows(
          "visit_signatures",
          RecordEncoding.VISIT_SIGNATURES,
          RecordChain.SIGNATURE,
          rows -> RecordChain.signatureRef(rows.getString(1), rows.getInt(2)),
          3);
      readRows(
          "visit_amendments",
          RecordEncoding.VISIT_AMENDMENTS,
          RecordChain.SIGNATURE,
          rows -> RecordChain.signatureRef(rows.getString(1), rows.getInt(2)) + RecordChain.AMEND,
          4);
    }

    /**
     * Hashes each row of a visit's table on its own; column 1 is the visit, timeColumn its time.
     */
    private void readRows(
        String table, List<String> columns, String kind, RefOf refOf, int timeColumn)
        throws SQLException {
      List<String> present = RecordEncoding.present(c, table, columns);
      try (PreparedStatement query =
              c.prepareStatement("SELECT " + RecordEncoding.select(present) + " FROM " + table);
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          MessageDigest digest = RecordEncoding.sha256();
          RecordEncoding.row(digest, table, present, rows);
          put(
              kind,
              refOf.of(rows),
              digest,
              new String[] {kind, null, rows.getString(1), rows.getString(timeColumn)});
        }
      }
    }

    private void readUnlocks() throws SQLException {
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + RecordEncoding.select(RecordEncoding.VISIT_UNLOCKS)
                      + " FROM visit_unlocks ORDER BY visit_id, unlocked_at, rowid");
          ResultSet rows = query.executeQuery()) {
        MessageDigest digest = null;
        String group = null;
        String[] origin = null;
        while (rows.next()) {
          String ref = RecordChain.unlockRef(rows.getString(1), rows.getString(2));
          if (!ref.equals(group)) {
            if (group != null) {
              put(RecordChain.UNLOCK, group, digest, origin);
            }
            group = ref;
            digest = RecordEncoding.sha256();
            origin = new String[] {RecordChain.UNLOCK, null, rows.getString(1), rows.getString(2)};
          }
          RecordEncoding.row(digest, "visit_unlocks", RecordEncoding.VISIT_UNLOCKS, rows);
        }
        if (group != null) {
          put(RecordChain.UNLOCK, group, digest, origin);
        }
      }
    }

    /** An edit's content is its edit row, then its mark versions by ordinal. */
    private void readEdits() throws SQLException {
      Map<String, MessageDigest> digests = new LinkedHashMap<>();
      Map<String, String[]> editOrigins = new HashMap<>();
      List<String> editColumns = RecordEncoding.present(c, "edits", RecordEncoding.EDITS);
      try (PreparedStatement query =
              c.prepareStatement("SELECT " + RecordEncoding.select(editColumns) + " FROM edits");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          MessageDigest digest = RecordEncoding.sha256();
          RecordEncoding.row(digest, "edits", editColumns, rows);
          digests.put(rows.getString(1), digest);
          editOrigins.put(
              rows.getString(1),
              new String[] {RecordChain.EDIT, null, rows.getString(2), rows.getString(6)});
        }
      }
      List<String> markColumns = RecordEncoding.markVersionColumns(c);
      try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + RecordEncoding.select(markColumns)
                      + " FROM mark_versions ORDER BY edit_id, ordinal, mark_id");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String editId = rows.getString(4);
          MessageDigest digest = digests.get(editId);
          if (digest == null) {
            // Version rows of an edit that does not exist: hashed on their own, so that no entry
            // accounts for them.
            digest = RecordEncoding.sha256();
            digests.put(editId, digest);
            editOrigins.put(
                editId,
                new String[] {RecordChain.EDIT, null, rows.getString(1), rows.getString(32)});
          }
          RecordEncoding.row(digest, "mark_versions", markColumns, rows);
        }
      }
      for (Map.Entry<String, MessageDigest> edit : digests.entrySet()) {
        put(RecordChain.EDIT, edit.getKey(), edit.getValue(), editOrigins.get(edit.getKey()));
      }
    }
  }

  /** The quick check: the entries after the verified head, one by one. */
  private static final class TailCheck {
    private final Connection c;
    private final ChainHead verified;

    TailCheck(Connection c, ChainHead verified) {
      this.c = c;
      this.verified = verified;
    }

    VerifyReport run() throws SQLException {
      Names names = new Names(c);
      List<BrokenRecord> broken = new ArrayList<>();
      checkVerifiedHead(c, verified, broken, names);
      long checked = 0;
      long expectedSeq = verified.seq() + 1;
      String prev = verified.hash();
      RecordChain.Entry last = RecordChain.at(c, verified.seq());
      try (PreparedStatement query =
          c.prepareStatement(
              "SELECT "
                  + RecordChain.ENTRY_COLUMNS
                  + " FROM record_chain WHERE seq > ? ORDER BY seq")) {
        query.setLong(1, verified.seq());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            RecordChain.Entry entry = RecordChain.entry(rows);
            BrokenRecord.Problem problem = null;
            String stored = RecordChain.contentHash(c, entry.kind(), entry.ref());
            if (!linkHolds(entry, expectedSeq, prev)) {
              problem = BrokenRecord.Problem.CHAIN_ALTERED;
            } else if (stored == null) {
              problem = BrokenRecord.Problem.REMOVED;
            } else if (!stored.equals(entry.contentHash())) {
              problem = BrokenRecord.Problem.CHANGED;
            }
            if (problem != null) {
              broken.add(
                  names.broken(
                      entry.seq(),
                      problem,
                      entry.kind(),
                      entry.patientId(),
                      entry.visitId(),
                      entry.recordedAt()));
            }
            expectedSeq = entry.seq() + 1;
            prev = entry.entryHash();
            last = entry;
            checked++;
          }
        }
      }
      checkCurrentPatients(c, names, broken);
      checkGuards(c, broken);
      if (hasTable(c, "visit_signatures")) {
        for (String visitId : SignatureStore.unmatched(c)) {
          broken.add(
              names.broken(
                  0,
                  BrokenRecord.Problem.SIGNATURE_MISMATCH,
                  RecordChain.SIGNATURE,
                  null,
                  visitId,
                  null));
        }
      }
      ChainHead head = last == null ? ChainHead.EMPTY : new ChainHead(last.seq(), last.entryHash());
      return new VerifyReport(checked, head, broken);
    }
  }
}
