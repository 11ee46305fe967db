package app.myomap.compare;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One bit per mask pixel, packed eight to a byte row by row: a 1-bit image that Java2D fills (pixel
 * centres inside the shape, no anti-aliasing) and that is counted a long at a time. Bits past the
 * width of a row are never set, since drawing is clipped to the image.
 */
final class BitMask {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final BufferedImage image;
  private final byte[] bits;
  private final int width;
  private final int height;
  private final int stride;

  BitMask(int width, int height) {
    this.width = width;
    this.height = height;
    this.image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    this.bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    this.stride = (width + 7) / 8;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /**
   * A pen that sets the bits of shapes given in outline units ({@code toMask} takes them to
   * pixels), only inside {@code clipPx} when it is not null; dispose it after use.
   */
  Graphics2D pen(AffineTransform toMask, Rectangle clipPx) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    if (clipPx != null) {
      g.clip(clipPx);
    }
    g.transform(toMask);
    g.setColor(Color.WHITE);
    return g;
  }

  /** Sets the bits of a shape given in outline units. */
  void fill(Shape outline, AffineTransform toMask) {
    Graphics2D g = pen(toMask, null);
    try {
      g.fill(outline);
    } finally {
      g.dispose();
    }
  }

  /** Clears every bit inside a rectangle of pixels. */
  /** Clears every pixel. */
  void clearAll() {
    java.util.Arrays.fill(bits, (byte) 0);
  }

  void clear(Rectangle px) {
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fill(px);
    } finally {
      g.dispose();
    }
  }

  boolean get(int x, int y) {
    return (bits[y * stride + (x >> 3)] & (0x80 >>> (x & 7))) != 0;
  }

  /** This mask's bits ORed into {@code target}, which must have the same size. */
  void orInto(BitMask target) {
    sameSize(target);
    for (int i = 0; i < bits.length; i++) {
      target.bits[i] |= bits[i];
    }
  }

  /** The number of set bits. */
  long count() {
    return countAnd(this, this, 0, height);
  }

  /** The number of pixels set in both masks. */
  static long countAnd(BitMask a, BitMask b) {
    return countAnd(a, b, 0, a.height);
  }

  /** The number of pixels set in both masks in the rows {@code [y0, y1)}. */
  static long countAnd(BitMask a, BitMask b, int y0, int y1) {
    a.sameSize(b);
    int from = y0 * a.stride;
    int to = y1 * a.stride;
    long n = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      n += Long.bitCount((long) LONGS.get(a.bits, i) & (long) LONGS.get(b.bits, i));
    }
    for (; i < to; i++) {
      n += Integer.bitCount(a.bits[i] & b.bits[i] & 0xFF);
    }
    return n;
  }

  /** The number of pixels set in all three masks. */
  static long countAnd(BitMask a, BitMask b, BitMask c) {
    a.sameSize(b);
    a.sameSize(c);
    long n = 0;
    int i = 0;
    int to = a.bits.length;
    for (; i + 8 <= to; i += 8) {
      n +=
          Long.bitCount(
              (long) LONGS.get(a.bits, i)
                  & (long) LONGS.get(b.bits, i)
                  & (long) LONGS.get(c.bits, i));
    }
    for (; i < to; i++) {
      n += Integer.bitCount(a.bits[i] & b.bits[i] & c.bits[i] & 0xFF);
    }
    return n;
  }

  /** The number of pixels set in {@code a} or {@code b} and in {@code within}. */
  static long countOrAnd(BitMask a, BitMask b, BitMask within) {
    a.sameSize(b);
    a.sameSize(within);
    long n = 0;
    int i = 0;
    int to = a.bits.length;
    for (; i + 8 <= to; i += 8) {
      n +=
          Long.bitCount(
              ((long) LONGS.get(a.bits, i) | (long) LONGS.get(b.bits, i))
                  & (long) LONGS.get(within.bits, i));
    }
    for (; i < to; i++) {
      n += Integer.bitCount((a.bits[i] | b.bits[i]) & within.bits[i] & 0xFF);
    }
    return n;
  }

  /** Clears every bit not set in the rows of {@code other} from {@code y0} on (same width). */
  void retainAll(BitMask other, int y0) {
    sameWidth(other);
    int offset = y0 * stride;
    for (int i = 0; i < bits.length; i++) {
      bits[i] &= other.bits[offset + i];
    }
  }

  /**
   * The number of pixels set both in {@code band} and in the rows of {@code a} from {@code y0} on:
   * {@code band} is a strip of {@code a}'s width laid over it at row {@code y0}.
   */
  static long countAnd(BitMask a, int y0, BitMask band) {
    a.sameWidth(band);
    int offset = y0 * a.stride;
    int to = band.bits.length;
    long n = 0;
    int i = 0;
    for (; i + 8 <= to; i += 8) {
      n += Long.bitCount((long) LONGS.get(a.bits, offset + i) & (long) LONGS.get(band.bits, i));
    }
    for (; i < to; i++) {
      n += Integer.bitCount(a.bits[offset + i] & band.bits[i] & 0xFF);
    }
    return n;
  }

  private void sameWidth(BitMask other) {
    if (other.width != width) {
      throw new IllegalArgumentException("Masks of different widths");
    }
  }

  private void sameSize(BitMask other) {
    if (other.width != width || other.height != height) {
      throw new IllegalArgumentException("Masks of different sizes");
    }
  }
}
