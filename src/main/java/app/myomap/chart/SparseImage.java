package app.myomap.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A transparent layer image (premultiplied ARGB) with a note of which of its square tiles hold
 * anything, so that drawing it blends only those: zones and marks cover a small part of the chart,
 * and blending a whole transparent layer of a large window cost about 3 ms a frame.
 */
final class SparseImage {
  /** The side of a tile in image pixels. */
  static final int TILE = 64;

  private final BufferedImage image;
  private final int columns;
  private final int rows;
  private final boolean[] occupied;

  private SparseImage(BufferedImage image, boolean[] occupied, int columns, int rows) {
    this.image = image;
    this.occupied = occupied;
    this.columns = columns;
    this.rows = rows;
  }

  /** Notes the tiles of {@code image} (premultiplied ARGB) with any pixel not fully clear. */
  static SparseImage of(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int columns = (width + TILE - 1) / TILE;
    int rows = (height + TILE - 1) / TILE;
    boolean[] occupied = new boolean[columns * rows];
    if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE
        || !(image.getRaster().getDataBuffer() instanceof DataBufferInt buffer)) {
      java.util.Arrays.fill(occupied, true);
      return new SparseImage(image, occupied, columns, rows);
    }
    int[] pixels = buffer.getData();
    for (int y = 0; y < height; y++) {
      int row = (y / TILE) * columns;
      int start = y * width;
      for (int column = 0; column < columns; column++) {
        if (occupied[row + column]) {
          continue;
        }
        int from = start + column * TILE;
        int to = start + Math.min(width, (column + 1) * TILE);
        for (int i = from; i < to; i++) {
          if (pixels[i] != 0) {
            occupied[row + column] = true;
            break;
          }
        }
      }
    }
    return new SparseImage(image, occupied, columns, rows);
  }

  BufferedImage image() {
    return image;
  }

  /** How many tiles hold anything; for tests. */
  int occupiedTiles() {
    int count = 0;
    for (boolean tile : occupied) {
      count += tile ? 1 : 0;
    }
    return count;
  }

  /** Fills the tiles that hold anything with {@code g}'s paint and composite (to clear them). */
  void clear(Graphics2D g) {
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        if (occupied[row * columns + column]) {
          g.fillRect(column * TILE, row * TILE, TILE, TILE);
        }
      }
    }
  }

  /**
   * Draws the tiles that hold anything, image pixel (x, y) at (x × scale + dx, y × scale + dy) in
   * {@code g}'s user space, each tile edge rounded the same way on both sides so that neighbouring
   * tiles meet without a seam; the nearest pixel is taken when scaled.
   */
  void draw(Graphics2D g, double dx, double dy, double scale) {
    Rectangle clip = g.getClipBounds();
    int width = image.getWidth();
    int height = image.getHeight();
    for (int row = 0; row < rows; row++) {
      int sy1 = row * TILE;
      int sy2 = Math.min(height, sy1 + TILE);
      int dy1 = place(sy1, scale, dy);
      int dy2 = place(sy2, scale, dy);
      if (clip != null && (dy2 <= clip.y || dy1 >= clip.y + clip.height)) {
        continue;
      }
      for (int column = 0; column < columns; column++) {
        if (!occupied[row * columns + column]) {
          continue;
        }
        int sx1 = column * TILE;
        int sx2 = Math.min(width, sx1 + TILE);
        int dx1 = place(sx1, scale, dx);
        int dx2 = place(sx2, scale, dx);
        if (dx2 <= dx1
            || dy2 <= dy1
            || (clip != null && (dx2 <= clip.x || dx1 >= clip.x + clip.width))) {
          continue;
        }
        g.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, null);
      }
    }
  }

  /** Where image coordinate {@code s} lands, rounded as an image drawn there whole is. */
  private static int place(int s, double scale, double offset) {
    return (int) Math.floor(s * scale + offset + 0.5);
  }
}
