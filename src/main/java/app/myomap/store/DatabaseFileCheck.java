package app.myomap.store;

import app.myomap.store.DatabaseRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decides from the raw bytes of the SQLite file header, with plain file reads and without SQLite,
 * whether a file may be opened as a MyoMap database; nothing is written, so a refused file stays
 * byte for byte as it was.
 */
final class DatabaseFileCheck {
  /** The header size fixed by the SQLite file format. */
  static final int HEADER_BYTES = 100;

  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int PAGE_SIZE_OFFSET = 16;
  private static final int CHANGE_COUNTER_OFFSET = 24;
  private static final int PAGE_COUNT_OFFSET = 28;
  private static final int USER_VERSION_OFFSET = 60;
  private static final int APPLICATION_ID_OFFSET = 68;
  private static final int VERSION_VALID_FOR_OFFSET = 92;

  /** What the check found in a file it accepts. */
  enum Outcome {
    /** No file yet, or an empty one: a new database is to be created in it. */
    NEW,
    /** A MyoMap database whose data format this build can read or upgrade. */
    MYOMAP
  }

  private DatabaseFileCheck() {}

  /**
   * Inspects {@code file}; throws when it must not be opened, for a database made by another
   * program, one truncated, or one in a data format newer than {@code knownSchemaVersion}.
   */
  static Outcome inspect(Path file, int knownSchemaVersion) throws DatabaseRefusedException {
    if (!Files.exists(file)) {
      return Outcome.NEW;
    }
    if (!Files.isRegularFile(file)) {
      throw new DatabaseRefusedException(Reason.UNREADABLE, file, "it is not a regular file");
    }
    long sizeBytes;
    byte[] header;
    try (InputStream in = Files.newInputStream(file)) {
      sizeBytes = Files.size(file);
      header = in.readNBytes(HEADER_BYTES);
    } catch (IOException e) {
      throw new DatabaseRefusedException(Reason.UNREADABLE, file, describe(e), e);
    }
    if (header.length == 0) {
      return Outcome.NEW;
    }
    if (!startsWithMagic(header)) {
      throw new DatabaseRefusedException(Reason.NOT_SQLITE, file, null);
    }
    if (header.length < HEADER_BYTES) {
      throw new DatabaseRefusedException(Reason.TRUNCATED, file, null);
    }
    checkComplete(file, header, sizeBytes);
    if (int32(header, APPLICATION_ID_OFFSET) != Database.APPLICATION_ID) {
      throw new DatabaseRefusedException(Reason.FOREIGN_APPLICATION, file, null);
    }
    long userVersion = uint32(header, USER_VERSION_OFFSET);
    if (userVersion > knownSchemaVersion) {
      throw newerSchema(file, userVersion, knownSchemaVersion);
    }
    return Outcome.MYOMAP;
  }

  /** The refusal for a file in data format {@code userVersion}, newer than this build knows. */
  static DatabaseRefusedException newerSchema(Path file, long userVersion, int knownVersion) {
    return new DatabaseRefusedException(
        Reason.NEWER_SCHEMA,
        file,
        "data format " + userVersion + "; this version reads formats up to " + knownVersion);
  }

  private static void checkComplete(Path file, byte[] header, long sizeBytes)
      throws DatabaseRefusedException {
    int pageSizeField = uint16(header, PAGE_SIZE_OFFSET);
    int pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
      throw new DatabaseRefusedException(Reason.NOT_SQLITE, file, null);
    }
    long pageCount = uint32(header, PAGE_COUNT_OFFSET);
    // The page count in the header is trustworthy only when SQLite stamped it together with the
    // change counter; older writers left it stale, and then page 1 must at least be whole.
    boolean pageCountValid =
        pageCount > 0
            && int32(header, CHANGE_COUNTER_OFFSET) == int32(header, VERSION_VALID_FOR_OFFSET);
    long expectedBytes = pageCountValid ? pageCount * pageSize : pageSize;
    if (sizeBytes < expectedBytes) {
      throw new DatabaseRefusedException(Reason.TRUNCATED, file, null);
    }
  }

  private static boolean startsWithMagic(byte[] header) {
    return header.length >= MAGIC.length
        && Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  private static int uint16(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
  }

  private static int int32(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xFF) << 24)
        | ((bytes[offset + 1] & 0xFF) << 16)
        | ((bytes[offset + 2] & 0xFF) << 8)
        | (bytes[offset + 3] & 0xFF);
  }

  private static long uint32(byte[] bytes, int offset) {
    return Integer.toUnsignedLong(int32(bytes, offset));
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
