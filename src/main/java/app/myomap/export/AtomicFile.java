package app.myomap.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside it, forced to the disk,
 * then renamed over the target. A crash, a failure or a cancelled export leaves no half file under
 * the target's name, and the temporary file is removed.
 */
public final class AtomicFile {

  /** What writes the file's bytes. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** What {@code content} writes, in memory: for drawing a file before it may be written. */
  public static byte[] toBytes(Content content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
    content.writeTo(bytes);
    return bytes.toByteArray();
  }

  /**
   * Writes {@code content} to {@code target}, replacing a file there.
   *
   * @throws IOException if the folder cannot be written or {@code content} fails; the target is
   *     then as it was
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".partial");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
