package app.myomap.app;

import app.myomap.chart.OutlineSnapshot;
import app.myomap.model.BodyView;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Pictures of the first view's outline kept in the data folder between runs ({@code
 * cache/outline-v1-posterior.bin}), so that a start shows the body before Batik has loaded the
 * drawing. A file is used only when everything the picture depends on matches: its format, the
 * MyoMap version that drew it, the atlas version, the view, and the SHA-256 of the view's drawing
 * (so that nothing is drawn from it once the atlas changed); its pixels carry a checksum. A
 * missing, damaged, foreign or stale file is passed over, never an error: the body then waits for
 * Batik, as before. The folder can be moved with {@code -Dmyomap.cacheDir=PATH} (tests and
 * benchmarks do).
 */
final class OutlineSnapshots {
  /** System property that puts the cache files into another folder. */
  static final String CACHE_DIR_PROPERTY = "myomap.cacheDir";

  private static final Logger LOG = Logger.getLogger(OutlineSnapshots.class.getName());
  private static final byte[] MAGIC =
      "MyoMap outline picture\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;

  /** Larger pictures than this are refused: no window is so big, and a bad header could ask it. */
  private static final int MAX_PIXELS = 64 * 1024 * 1024;

  private static final int MAX_SIDE = 32_768;

  private final Path folder;
  private final String appVersion;

  OutlineSnapshots(Path folder, String appVersion) {
    this.folder = folder;
    this.appVersion = appVersion;
  }

  /** The cache of the running MyoMap, in the data folder or where the system property says. */
  static OutlineSnapshots forUser() {
    return new OutlineSnapshots(folder(), Version.current());
  }

  static Path folder() {
    String configured = System.getProperty(CACHE_DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return DataFolder.defaultDatabase().getParent().resolve("cache");
  }

  /**
   * The picture of {@code view} of {@code atlasVersion} an earlier run kept, if its file is whole
   * and was drawn by this MyoMap from a drawing whose SHA-256 is {@code outlineHash}.
   */
  Optional<OutlineSnapshot> read(String atlasVersion, BodyView view, String outlineHash) {
    Path file = file(atlasVersion, view);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      return Optional.ofNullable(read(in, atlasVersion, view, outlineHash));
    } catch (IOException | RuntimeException e) {
      LOG.info(() -> "Outline picture " + file + " passed over: " + e);
      LOG.log(Level.FINE, "Outline picture " + file + " passed over", e);
      return Optional.empty();
    }
  }

  /**
   * Keeps {@code snapshot}, drawn from a drawing whose SHA-256 is {@code outlineHash}, for the next
   * start; a failure is logged and otherwise ignored.
   */
  void write(String atlasVersion, String outlineHash, OutlineSnapshot snapshot) {
    Path file = file(atlasVersion, snapshot.view());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      Files.createDirectories(folder);
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
        write(out, atlasVersion, outlineHash, snapshot);
      }
      try {
        Files.move(
            partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
      LOG.fine(() -> "Outline picture kept: " + file);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.INFO, "Outline picture not kept in " + file + ": " + e.getMessage(), e);
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // Nothing more to do: the next write replaces it.
      }
    }
  }

  Path file(String atlasVersion, BodyView view) {
    return folder.resolve("outline-" + atlasVersion + "-" + view.id() + ".bin");
  }

  private void write(
      DataOutputStream out, String atlasVersion, String outlineHash, OutlineSnapshot snapshot)
      throws IOException {
    BufferedImage image = rgb(snapshot.image());
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    byte[] bytes = new byte[pixels.length * 3];
    for (int i = 0, b = 0; i < pixels.length; i++) {
      int p = pixels[i];
      bytes[b++] = (byte) (p >> 16);
      bytes[b++] = (byte) (p >> 8);
      bytes[b++] = (byte) p;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    out.write(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(appVersion);
    out.writeUTF(atlasVersion);
    out.writeUTF(snapshot.view().id());
    out.writeUTF(outlineHash);
    writeRectangle(out, snapshot.viewBox());
    writeRectangle(out, snapshot.area());
    out.writeDouble(snapshot.scale());
    out.writeDouble(snapshot.deviceScale());
    out.writeInt(snapshot.background().getRGB());
    out.writeInt(image.getWidth());
    out.writeInt(image.getHeight());
    out.writeInt((int) crc.getValue());
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      DeflaterOutputStream packed = new DeflaterOutputStream(nonClosing(out), deflater, 1 << 16);
      packed.write(bytes);
      packed.finish();
    } finally {
      deflater.end();
    }
  }

  /** The picture in the file, or null if it is not one for what is asked. */
  private OutlineSnapshot read(
      DataInputStream in, String atlasVersion, BodyView view, String outlineHash)
      throws IOException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT) {
      LOG.info("Outline picture passed over: not a picture file of this format");
      return null;
    }
    String drawnBy = in.readUTF();
    String drawnAtlas = in.readUTF();
    String drawnView = in.readUTF();
    String drawnFrom = in.readUTF();
    if (!drawnBy.equals(appVersion)
        || !drawnAtlas.equals(atlasVersion)
        || !drawnView.equals(view.id())
        || !drawnFrom.equals(outlineHash)) {
      LOG.info(
          () ->
              "Outline picture passed over: drawn by MyoMap "
                  + drawnBy
                  + " from atlas "
                  + drawnAtlas
                  + " "
                  + drawnView
                  + " "
                  + drawnFrom
                  + ", not "
                  + appVersion
                  + " "
                  + atlasVersion
                  + " "
                  + view.id()
                  + " "
                  + outlineHash);
      return null;
    }
    Rectangle2D viewBox = readRectangle(in);
    Rectangle2D area = readRectangle(in);
    double scale = in.readDouble();
    double deviceScale = in.readDouble();
    Color background = new Color(in.readInt());
    int width = in.readInt();
    int height = in.readInt();
    int expectedCrc = in.readInt();
    if (width <= 0
        || height <= 0
        || width > MAX_SIDE
        || height > MAX_SIDE
        || (long) width * height > MAX_PIXELS) {
      throw new IOException("bad picture size " + width + " x " + height);
    }
    byte[] bytes = new byte[width * height * 3];
    try (InputStream unpacked = new InflaterInputStream(nonClosing(in))) {
      readFully(unpacked, bytes);
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    if ((int) crc.getValue() != expectedCrc) {
      throw new IOException("the pixels do not match their checksum");
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0, b = 0; i < pixels.length; i++, b += 3) {
      pixels[i] = (bytes[b] & 0xFF) << 16 | (bytes[b + 1] & 0xFF) << 8 | (bytes[b + 2] & 0xFF);
    }
    return new OutlineSnapshot(view, viewBox, area, scale, deviceScale, background, image);
  }

  private static void readFully(InputStream in, byte[] into) throws IOException {
    int done = 0;
    while (done < into.length) {
      int n = in.read(into, done, into.length - done);
      if (n < 0) {
        throw new EOFException("the picture ends early");
      }
      done += n;
    }
  }

  private static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB
        && image.getRaster().getDataBuffer() instanceof DataBufferInt) {
      return image;
    }
    BufferedImage copy =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    copy.createGraphics().drawImage(image, 0, 0, null);
    return copy;
  }

  private static void writeRectangle(DataOutputStream out, Rectangle2D r) throws IOException {
    out.writeDouble(r.getX());
    out.writeDouble(r.getY());
    out.writeDouble(r.getWidth());
    out.writeDouble(r.getHeight());
  }

  private static Rectangle2D readRectangle(DataInputStream in) throws IOException {
    double x = in.readDouble();
    double y = in.readDouble();
    double w = in.readDouble();
    double h = in.readDouble();
    if (!Double.isFinite(x) || !Double.isFinite(y) || !(w > 0) || !(h > 0)) {
      throw new IOException("bad area");
    }
    return new Rectangle2D.Double(x, y, w, h);
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // The caller closes the file.
      }
    };
  }
}
