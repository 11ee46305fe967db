package app.myomap.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canonical encoding of clinical record rows, version 2: the bytes that the record chain
 * hashes. Each table's rows are read with a fixed column list (a later column joins a later
 * version, so old entries keep verifying), and each value is written with its SQLite type and its
 * exact content: a text as its UTF-8 bytes with their length, an integer as eight bytes, a real as
 * the eight bytes of its IEEE 754 form (one flipped bit changes the hash), a null as its own tag.
 * Column names are part of the encoding, so a value cannot move to another column unseen.
 *
 * <p>Version 2 adds the lineage columns of carried-forward marks ({@link #WHEN_PRESENT}), each
 * written, name and value, only when it holds a value. Rows covered by a version-1 entry hold none,
 * so they encode to the same bytes under both versions and old entries keep verifying; a lineage
 * value added to such a row later changes its bytes like any other change.
 *
 * <p>Version 3 adds a patient's details and archiving to the patient history ({@link
 * #PATIENT_DETAILS}) in the same way, and the versions of a visit's details ({@link
 * #VISIT_DETAILS}), a table of its own.
 *
 * <p>Version 3 also adds the practitioner profiles ({@link #PRACTITIONERS}, {@link
 * #PRACTITIONER_NAMES}) and the profile each new change names ({@code practitioner_id}, written
 * only when present in the same way), so rows written before profiles encode as they did.
 */
final class RecordEncoding {
  /** The version of this encoding, kept in each chain entry. */
  static final int VERSION = 3;

  /** The oldest version still read: entries written before lineage. */
  static final int FIRST_VERSION = 1;

  /** The patient history's columns that joined in version 3, each NULL when it holds nothing. */
  static final List<String> PATIENT_DETAILS =
      List.of("sex", "phone", "email", "address", "referrer", "alerts", "alert_note", "archived");

  /** Columns written only when they hold a value (they joined in version 2 or 3). */
  static final Set<String> WHEN_PRESENT =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "origin_visit_id",
                  "origin_mark_id",
                  "root_visit_id",
                  "root_mark_id",
                  "carry_state",
                  "practitioner_id"),
              PATIENT_DETAILS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** All zeros: the previous-entry hash of the first entry. */
  static final String NO_HASH = "0".repeat(64);

  static final List<String> PATIENT_HISTORY =
      List.of(
          "patient_id",
          "version",
          "name",
          "date_of_birth",
          "record_number",
          "author",
          "recorded_at",
          "sex",
          "phone",
          "email",
          "address",
          "referrer",
          "alerts",
          "alert_note",
          "archived");

  static final List<String> VISIT_DETAILS =
      List.of("visit_id", "version", "session_at", "visit_type", "reason", "author", "recorded_at");

  static final List<String> VISITS =
      List.of("id", "patient_id", "started_at", "atlas_version", "practitioner", "recorded_at");

  static final List<String> EDITS =
      List.of("id", "visit_id", "seq", "label_key", "author", "committed_at", "practitioner_id");

  static final List<String> MARK_VERSIONS =
      List.of(
          "visit_id",
          "mark_id",
          "seq",
          "edit_id",
          "ordinal",
          "deleted",
          "kind",
          "body_view",
          "x",
          "y",
          "muscle",
          "side",
          "status",
          "criteria",
          "ppt_value",
          "ppt_unit",
          "needled",
          "examiner",
          "note",
          "twitch_presence",
          "twitch_count",
          "twitch_strength",
          "twitch_detected_by",
          "pin_text",
          "geometry",
          "owner_id",
          "zone_kind",
          "sensation",
          "intensity",
          "constancy",
          "author",
          "committed_at",
          "replaces_seq",
          "origin_visit_id",
          "origin_mark_id",
          "root_visit_id",
          "root_mark_id",
          "carry_state");

  static final List<String> VISIT_UNLOCKS = List.of("visit_id", "unlocked_at", "author", "reason");

  static final List<String> RECORD_ENTRIES =
      List.of(
          "visit_id",
          "entry_id",
          "version",
          "seq",
          "section",
          "mark_id",
          "deleted",
          "body",
          "author",
          "written_at",
          "practitioner_id");

  static final List<String> VISIT_SIGNATURES =
      List.of(
          "visit_id",
          "n",
          "signed_at",
          "author",
          "edit_seq",
          "record_seq",
          "content_hash",
          "chain_seq",
          "chain_hash",
          "practitioner_id");

  static final List<String> VISIT_AMENDMENTS =
      List.of("visit_id", "n", "reason", "opened_at", "author", "practitioner_id");

  static final List<String> CORRECTION_STATEMENTS =
      List.of(
          "visit_id",
          "n",
          "statement",
          "received_on",
          "response",
          "author",
          "practitioner_id",
          "recorded_at");

  static final List<String> PATIENT_MERGES =
      List.of("merged_id", "into_id", "reason", "author", "practitioner_id", "merged_at");

  static final List<String> PRACTITIONERS =
      List.of(
          "practitioner_id",
          "version",
          "name",
          "profession",
          "qualifications",
          "registration_number",
          "provider_number",
          "signature_png",
          "pin_hash",
          "pin_salt",
          "pin_iterations",
          "retired",
          "recorded_at");

  static final List<String> PRACTITIONER_NAMES = List.of("name", "practitioner_id", "version");

  private static final Map<List<String>, byte[][]> TAGGED_NAMES = new ConcurrentHashMap<>();

  /** Per open connection, the tables found to have every column of a list (by table and size). */
  private static final Map<Connection, Set<String>> COMPLETE =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

  private static final byte NULL = 'n';
  private static final byte INTEGER = 'i';
  private static final byte REAL = 'r';
  private static final byte TEXT = 's';
  private static final byte BLOB = 'b';

  private RecordEncoding() {}

  /**
   * The columns of {@link #MARK_VERSIONS} that the {@code mark_versions} table of {@code c} has: a
   * database still on an older format (checked before its upgrade) lacks the lineage columns, and
   * their absence encodes exactly as their being empty.
   */
  static List<String> markVersionColumns(Connection c) throws SQLException {
    return present(c, "mark_versions", MARK_VERSIONS);
  }

  /**
   * The columns of {@link #PATIENT_HISTORY} that the {@code patient_history} table of {@code c}
   * has: before format 10 it lacks the details, whose absence encodes exactly as their being empty.
   */
  static List<String> patientHistoryColumns(Connection c) throws SQLException {
    return present(c, "patient_history", PATIENT_HISTORY);
  }

  /**
   * The columns of {@code columns} that {@code table} of {@code c} has: the columns that joined in
   * a later version ({@link #WHEN_PRESENT}) are missing from a database still on an older format,
   * and their absence encodes exactly as their being empty.
   */
  static List<String> present(Connection c, String table, List<String> columns)
      throws SQLException {
    if (columns.stream().noneMatch(WHEN_PRESENT::contains)) {
      return columns;
    }
    // A table that has every column keeps them (steps add columns, never drop them), so it is
    // looked up once per connection: verifying thousands of signatures reads it thousands of times.
    Set<String> complete = COMPLETE.computeIfAbsent(c, k -> ConcurrentHashMap.newKeySet());
    if (complete.contains(table + " " + columns.size())) {
      return columns;
    }
    Set<String> present = new java.util.HashSet<>();
    try (PreparedStatement query = c.prepareStatement("PRAGMA table_info(" + table + ")");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        present.add(rows.getString("name"));
      }
    }
    if (present.containsAll(columns)) {
      complete.add(table + " " + columns.size());
      return columns;
    }
    return columns.stream().filter(present::contains).toList();
  }

  /** {@code columns} joined for a SELECT list. */
  static String select(List<String> columns) {
    return String.join(", ", columns);
  }

  /** A new SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java has no SHA-256", e);
    }
  }

  /** Lower-case hex of a digest's result. */
  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  /**
   * Feeds the current row of {@code rows}, whose first {@code columns.size()} columns are {@code
   * columns} in order, into {@code digest}, preceded by the table's name. The row is encoded into a
   * buffer first and fed in one piece (a digest fed value by value spends its time on the calls).
   */
  static void row(MessageDigest digest, String table, List<String> columns, ResultSet rows)
      throws SQLException {
    byte[][] names = TAGGED_NAMES.computeIfAbsent(columns, RecordEncoding::tagged);
    Buffer out = BUFFER.get();
    out.size = 0;
    out.text(table);
    for (int i = 0; i < names.length; i++) {
      Object value = rows.getObject(i + 1);
      if (value == null && WHEN_PRESENT.contains(columns.get(i))) {
        continue;
      }
      out.put(names[i]);
      out.value(value);
    }
    digest.update(out.data, 0, out.size);
  }

  /** Feeds values, each tagged with its type, into {@code digest}, in one piece. */
  static void values(MessageDigest digest, Object... values) {
    Buffer out = BUFFER.get();
    out.size = 0;
    for (Object value : values) {
      out.value(value);
    }
    digest.update(out.data, 0, out.size);
  }

  /** Each column's name as {@link #value} writes a text, computed once per column list. */
  private static byte[][] tagged(List<String> columns) {
    byte[][] names = new byte[columns.size()][];
    for (int i = 0; i < names.length; i++) {
      Buffer out = new Buffer();
      out.text(columns.get(i));
      names[i] = java.util.Arrays.copyOf(out.data, out.size);
    }
    return names;
  }

  /** A growing byte array that values are encoded into. */
  private static final class Buffer {
    private byte[] data = new byte[1024];
    private int size;

    void value(Object value) {
      if (value == null) {
        put(NULL);
      } else if (value instanceof Integer || value instanceof Long) {
        put(INTEGER);
        putLong(((Number) value).longValue());
      } else if (value instanceof Double || value instanceof Float) {
        put(REAL);
        putLong(Double.doubleToRawLongBits(((Number) value).doubleValue()));
      } else if (value instanceof byte[] bytes) {
        put(BLOB);
        putInt(bytes.length);
        put(bytes);
      } else {
        text(value.toString());
      }
    }

    void text(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      put(TEXT);
      putInt(utf8.length);
      put(utf8);
    }

    void put(byte b) {
      room(1);
      data[size++] = b;
    }

    void put(byte[] bytes) {
      room(bytes.length);
      System.arraycopy(bytes, 0, data, size, bytes.length);
      size += bytes.length;
    }

    void putInt(int value) {
      room(Integer.BYTES);
      for (int i = Integer.BYTES - 1; i >= 0; i--) {
        data[size++] = (byte) (value >>> (8 * i));
      }
    }

    void putLong(long value) {
      room(Long.BYTES);
      for (int i = Long.BYTES - 1; i >= 0; i--) {
        data[size++] = (byte) (value >>> (8 * i));
      }
    }

    private void room(int more) {
      if (size + more > data.length) {
        data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + more));
      }
    }
  }
}
