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
   * The file's one true name: symbolic links resolved, so that the lock, the side files and the
   * title all follow the file and not the name it was reached by. A file with several names (hard
   * links) is refused, since a lock beside one name says nothing to a MyoMap reaching it by
   * another.
   */
  static Path identify(Path file) throws DatabaseRefusedException {
    try {
      if (Files.isSymbolicLink(file) && !Files.exists(file)) {
        throw new DatabaseRefusedException(
            Reason.UNREADABLE, file, "it is a link to a file that does not exist");
      }
      if (!Files.exists(file)) {
        Path parent = file.getParent();
        return Files.isDirectory(parent) ? parent.toRealPath().resolve(file.getFileName()) : file;
      }
      Path real = file.toRealPath();
      if (Files.isRegularFile(real) && linkCount(real) > 1) {
        throw new DatabaseRefusedException(Reason.LINKED, real, null);
      }
      return real;
    } catch (IOException e) {
      throw new DatabaseRefusedException(Reason.UNREADABLE, file, describe(e), e);
    }
  }

  private static int linkCount(Path file) throws IOException {
    try {
      return (Integer) Files.getAttribute(file, "unix:nlink");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // A platform that does not report links (Windows): SQLite's own lock still guards the file.
      return 1;
    }
  }

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
    checkHeader(file, header, knownSchemaVersion);
    return Outcome.MYOMAP;
  }

  /**
   * Inspects the files SQLite keeps beside {@code file} before SQLite can replay, checkpoint or
   * delete them: a rollback journal (MyoMap always writes ahead, so one is another program's) and a
   * write-ahead log, whose newest committed database header must say MyoMap as the file's own does.
   * A new (missing or empty) file beside a log with content is refused, since SQLite would either
   * replay another program's log into it or reset the log and lose what it holds.
   */
  static void inspectSideFiles(Path file, Outcome outcome, int knownSchemaVersion)
      throws DatabaseRefusedException {
    Path journal = sideFile(file, "-journal");
    Path wal = sideFile(file, "-wal");
    try {
      if (Files.exists(journal) && Files.size(journal) > 0) {
        throw new DatabaseRefusedException(Reason.FOREIGN_SIDE_FILE, file, journal.toString());
      }
      if (!Files.exists(wal) || Files.size(wal) == 0) {
        return;
      }
      WriteAheadLog.Contents log = WriteAheadLog.read(wal);
      if (log.page1Header().isPresent()) {
        byte[] header = log.page1Header().get();
        if (!startsWithMagic(header)) {
          throw new DatabaseRefusedException(Reason.FOREIGN_SIDE_FILE, file, wal.toString());
        }
        checkHeader(file, header, knownSchemaVersion);
      } else if (outcome == Outcome.NEW) {
        throw new DatabaseRefusedException(Reason.FOREIGN_SIDE_FILE, file, wal.toString());
      }
    } catch (IOException e) {
      throw new DatabaseRefusedException(Reason.UNREADABLE, file, describe(e), e);
    }
  }

  /** Whether a write-ahead log beside {@code file} holds committed changes not yet in the file. */
  static boolean hasPendingLog(Path file) throws DatabaseRefusedException {
    Path wal = sideFile(file, "-wal");
    try {
      return Files.exists(wal)
          && Files.size(wal) > 0
          && WriteAheadLog.read(wal).committedFrames() > 0;
    } catch (IOException e) {
      throw new DatabaseRefusedException(Reason.UNREADABLE, file, describe(e), e);
    }
  }

  /** The file SQLite keeps beside {@code file} with {@code suffix}, e.g. "-wal". */
  static Path sideFile(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  private static void checkHeader(Path file, byte[] header, int knownSchemaVersion)
      throws DatabaseRefusedException {
    if (int32(header, APPLICATION_ID_OFFSET) != Database.APPLICATION_ID) {
      throw new DatabaseRefusedException(Reason.FOREIGN_APPLICATION, file, null);
    }
    long userVersion = uint32(header, USER_VERSION_OFFSET);
    if (userVersion > knownSchemaVersion) {
      throw newerSchema(file, userVersion, knownSchemaVersion);
    }
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
