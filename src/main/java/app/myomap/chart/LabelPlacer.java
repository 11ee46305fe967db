package app.myomap.chart;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places short labels beside their anchors so that no two overlap: greedily, in the order asked,
 * each label takes the first of eight positions around its anchor (right, left, below, above, then
 * the corners) that stays inside the frame and clear of every label already placed and of every
 * obstacle (the glyphs of other marks); failing that, the same eight one step further out, joined
 * to the anchor by a leader line. A label with no room is dropped. Everything is in pixels.
 */
public final class LabelPlacer {
  /** Directions of the eight candidate positions, nearest-reading first. */
  private static final double[][] DIRECTIONS = {
    {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}
  };

  /** The side of a cell of the grid that finds nearby boxes, in pixels. */
  private static final double CELL_PX = 48;

  private final Rectangle2D frame;

  /** Placed labels and obstacles alike, by the grid cells they touch. */
  private final Map<Long, List<Rectangle2D>> taken = new HashMap<>();

  /** A placer for labels that must lie inside {@code frame}. */
  public LabelPlacer(Rectangle2D frame) {
    this.frame = (Rectangle2D) frame.clone();
  }

  /** Keeps every label off {@code area}, e.g. the glyph of a mark. */
  public void avoid(Rectangle2D area) {
    take((Rectangle2D) area.clone());
  }

  /** Where a label went, and whether it needs a line back to its anchor. */
  public record Placement(Rectangle2D box, boolean leader) {}

  /**
   * Places a label of the given size around {@code anchor}, at {@code gapPx} from it beyond the
   * anchor's own glyph of half-size {@code clearPx}; empty when there is no room.
   */
  public Optional<Placement> placeAround(
      Point2D anchor, double widthPx, double heightPx, double clearPx, double gapPx) {
    for (int ring = 0; ring < 2; ring++) {
      double reach = clearPx + gapPx + ring * (heightPx + gapPx);
      for (double[] d : DIRECTIONS) {
        Rectangle2D box = around(anchor, widthPx, heightPx, reach, d[0], d[1]);
        if (fits(box)) {
          take(box);
          return Optional.of(new Placement(box, ring > 0));
        }
      }
    }
    return Optional.empty();
  }

  /** Places a label centred on {@code anchor}, or nowhere when that spot is taken. */
  public Optional<Placement> placeCentred(Point2D anchor, double widthPx, double heightPx) {
    Rectangle2D box =
        new Rectangle2D.Double(
            anchor.getX() - widthPx / 2, anchor.getY() - heightPx / 2, widthPx, heightPx);
    if (!fits(box)) {
      return Optional.empty();
    }
    take(box);
    return Optional.of(new Placement(box, false));
  }

  private static Rectangle2D around(
      Point2D anchor, double w, double h, double reach, double dx, double dy) {
    // A side position touches the anchor's clear zone with its near edge, centred on the axis.
    double x = dx > 0 ? anchor.getX() + reach : dx < 0 ? anchor.getX() - reach - w : anchor.getX();
    double y = dy > 0 ? anchor.getY() + reach : dy < 0 ? anchor.getY() - reach - h : anchor.getY();
    if (dx == 0) {
      x -= w / 2;
    }
    if (dy == 0) {
      y -= h / 2;
    }
    return new Rectangle2D.Double(x, y, w, h);
  }

  private boolean fits(Rectangle2D box) {
    if (!frame.contains(box)) {
      return false;
    }
    for (long cell : cells(box)) {
      for (Rectangle2D other : taken.getOrDefault(cell, List.of())) {
        if (other.intersects(box)) {
          return false;
        }
      }
    }
    return true;
  }

  private void take(Rectangle2D box) {
    for (long cell : cells(box)) {
      taken.computeIfAbsent(cell, c -> new ArrayList<>()).add(box);
    }
  }

  private static long[] cells(Rectangle2D box) {
    int x0 = (int) Math.floor(box.getMinX() / CELL_PX);
    int x1 = (int) Math.floor(box.getMaxX() / CELL_PX);
    int y0 = (int) Math.floor(box.getMinY() / CELL_PX);
    int y1 = (int) Math.floor(box.getMaxY() / CELL_PX);
    long[] cells = new long[(x1 - x0 + 1) * (y1 - y0 + 1)];
    int i = 0;
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        // Mixed so that HashMap spreads the cells: (x << 32) ^ y hashed to x ^ y, one bucket per
        // diagonal, and the map degenerated into trees. Two cells sharing a key only cost an
        // extra overlap test.
        cells[i++] = x * 0x9E3779B97F4A7C15L + y;
      }
    }
    return cells;
  }
}
