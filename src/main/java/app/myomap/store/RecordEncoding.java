package app.myomap.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical encoding of clinical record rows, version 1: the bytes that the record chain
 * hashes. Each table's rows are read with a fixed column list (a later column joins a later
 * version, so old entries keep verifying), and each value is written with its SQLite type and its
 * exact content: a text as its UTF-8 bytes with their length, an integer as eight bytes, a real as
 * the eight bytes of its IEEE 754 form (one flipped bit changes the hash), a null as its own tag.
 * Column names are part of the encoding, so a value cannot move to another column unseen.
 */
final class RecordEncoding {
  /** The version of this encoding, kept in each chain entry. */
  static final int VERSION = 1;

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
          "recorded_at");

  static final List<String> VISITS =
      List.of("id", "patient_id", "started_at", "atlas_version", "practitioner", "recorded_at");

  static final List<String> EDITS =
      List.of("id", "visit_id", "seq", "label_key", "author", "committed_at");

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
          "replaces_seq");

  static final List<String> VISIT_UNLOCKS = List.of("visit_id", "unlocked_at", "author", "reason");

  private static final byte NULL = 'n';
  private static final byte INTEGER = 'i';
  private static final byte REAL = 'r';
  private static final byte TEXT = 's';
  private static final byte BLOB = 'b';

  private RecordEncoding() {}

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
   * columns} in order, into {@code digest}, preceded by the table's name.
   */
  static void row(MessageDigest digest, String table, List<String> columns, ResultSet rows)
      throws SQLException {
    text(digest, table);
    for (int i = 0; i < columns.size(); i++) {
      text(digest, columns.get(i));
      value(digest, rows.getObject(i + 1));
    }
  }

  /** Feeds one value, tagged with its type, into {@code digest}. */
  static void value(MessageDigest digest, Object value) {
    if (value == null) {
      digest.update(NULL);
    } else if (value instanceof Integer || value instanceof Long) {
      digest.update(INTEGER);
      digest.update(ByteBuffer.allocate(Long.BYTES).putLong(((Number) value).longValue()).array());
    } else if (value instanceof Double || value instanceof Float) {
      digest.update(REAL);
      long bits = Double.doubleToRawLongBits(((Number) value).doubleValue());
      digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bits).array());
    } else if (value instanceof byte[] bytes) {
      digest.update(BLOB);
      lengthAndBytes(digest, bytes);
    } else {
      text(digest, value.toString());
    }
  }

  private static void text(MessageDigest digest, String text) {
    digest.update(TEXT);
    lengthAndBytes(digest, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void lengthAndBytes(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }
}
