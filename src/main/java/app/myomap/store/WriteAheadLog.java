package app.myomap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an SQLite write-ahead log with plain file reads, as SQLite would replay it, without letting
 * SQLite near it: which committed content it holds for page 1 (whose first 100 bytes are the
 * database header). Opening a database through SQLite replays, checkpoints or resets its log, so a
 * log left by another program must be judged before that.
 *
 * <p>The format (sqlite.org/fileformat2.html, "The Write-Ahead Log"): a 32-byte header, then frames
 * of a 24-byte header and one page. A frame counts only when its salts match the header's and the
 * running checksum over the header and every frame up to it matches; of those, only frames up to
 * the last commit frame (a non-zero database size) are part of the database.
 */
final class WriteAheadLog {
  private static final int HEADER_BYTES = 32;
  private static final int FRAME_HEADER_BYTES = 24;
  private static final int MAGIC_LITTLE_ENDIAN = 0x377f0682;
  private static final int MAGIC_BIG_ENDIAN = 0x377f0683;
  private static final int FORMAT_VERSION = 3007000;

  /** What a log holds. */
  record Contents(int committedFrames, Optional<byte[]> page1Header) {
    /** A log that adds nothing to its database: SQLite ignores and resets it. */
    boolean isEmpty() {
      return committedFrames == 0;
    }
  }

  private WriteAheadLog() {}

  /** The log's committed contents; a file too short or with a wrong header holds nothing. */
  static Contents read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(HEADER_BYTES);
      if (header.length < HEADER_BYTES) {
        return new Contents(0, Optional.empty());
      }
      ByteBuffer head = ByteBuffer.wrap(header).order(ByteOrder.BIG_ENDIAN);
      int magic = head.getInt(0);
      if ((magic != MAGIC_LITTLE_ENDIAN && magic != MAGIC_BIG_ENDIAN)
          || head.getInt(4) != FORMAT_VERSION) {
        return new Contents(0, Optional.empty());
      }
      int pageSize = head.getInt(8);
      if (pageSize == 1) {
        pageSize = 65536;
      }
      if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
        return new Contents(0, Optional.empty());
      }
      ByteOrder order = magic == MAGIC_BIG_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      int[] sum = checksum(header, 0, 24, order, new int[] {0, 0});
      if (sum[0] != head.getInt(24) || sum[1] != head.getInt(28)) {
        return new Contents(0, Optional.empty());
      }
      return frames(in, head.getInt(16), head.getInt(20), pageSize, order, sum);
    }
  }

  private static Contents frames(
      InputStream in, int salt1, int salt2, int pageSize, ByteOrder order, int[] sum)
      throws IOException {
    int frames = 0;
    int committed = 0;
    byte[] page1 = null;
    byte[] pendingPage1 = null;
    while (true) {
      byte[] frameHeader = in.readNBytes(FRAME_HEADER_BYTES);
      byte[] page = in.readNBytes(pageSize);
      if (frameHeader.length < FRAME_HEADER_BYTES || page.length < pageSize) {
        break;
      }
      ByteBuffer frame = ByteBuffer.wrap(frameHeader).order(ByteOrder.BIG_ENDIAN);
      if (frame.getInt(8) != salt1 || frame.getInt(12) != salt2) {
        break;
      }
      sum = checksum(frameHeader, 0, 8, order, sum);
      sum = checksum(page, 0, pageSize, order, sum);
      if (sum[0] != frame.getInt(16) || sum[1] != frame.getInt(20)) {
        break;
      }
      frames++;
      if (frame.getInt(0) == 1) {
        pendingPage1 = page;
      }
      if (frame.getInt(4) != 0) {
        committed = frames;
        if (pendingPage1 != null) {
          page1 = pendingPage1;
        }
      }
    }
    Optional<byte[]> header =
        page1 == null
            ? Optional.empty()
            : Optional.of(java.util.Arrays.copyOf(page1, DatabaseFileCheck.HEADER_BYTES));
    return new Contents(committed, header);
  }

  /** SQLite's WAL checksum: two running sums over pairs of 32-bit words in the log's byte order. */
  private static int[] checksum(byte[] data, int from, int length, ByteOrder order, int[] start) {
    ByteBuffer words = ByteBuffer.wrap(data, from, length).order(order);
    int s1 = start[0];
    int s2 = start[1];
    for (int i = from; i < from + length; i += 8) {
      s1 += words.getInt(i) + s2;
      s2 += words.getInt(i + 4) + s1;
    }
    return new int[] {s1, s2};
  }
}
