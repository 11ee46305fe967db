package app.myomap.compare;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * The fixed raster laid over one view's viewBox: a whole number of mask pixels per outline unit,
 * the same for every visit charted on that view, so counts of pixels compare across visits.
 */
final class MaskGrid {
  private final Rectangle2D viewBox;
  private final int pxPerUnit;
  private final int width;
  private final int height;
  private final AffineTransform toMask;

  MaskGrid(Rectangle2D viewBox, int pxPerUnit) {
    if (pxPerUnit < 1) {
      throw new IllegalArgumentException("Mask resolution must be at least 1 px per unit");
    }
    this.viewBox = (Rectangle2D) viewBox.clone();
    this.pxPerUnit = pxPerUnit;
    this.width = (int) Math.ceil(viewBox.getWidth() * pxPerUnit);
    this.height = (int) Math.ceil(viewBox.getHeight() * pxPerUnit);
    this.toMask = AffineTransform.getScaleInstance(pxPerUnit, pxPerUnit);
    toMask.translate(-viewBox.getX(), -viewBox.getY());
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  int pxPerUnit() {
    return pxPerUnit;
  }

  /** Square outline units one mask pixel stands for. */
  double pixelArea() {
    return 1.0 / ((double) pxPerUnit * pxPerUnit);
  }

  /** From outline units to mask pixels; a fresh copy. */
  AffineTransform toMask() {
    return new AffineTransform(toMask);
  }

  /** A new, empty mask of this grid. */
  BitMask newMask() {
    return new BitMask(width, height);
  }

  /**
   * The mask pixels an area of outline units may touch, grown by one pixel and clipped to the grid;
   * empty when it lies outside.
   */
  Rectangle pixelBounds(Rectangle2D outline) {
    Rectangle2D px = toMask.createTransformedShape(outline).getBounds2D();
    int x0 = Math.max(0, (int) Math.floor(px.getMinX()) - 1);
    int y0 = Math.max(0, (int) Math.floor(px.getMinY()) - 1);
    int x1 = Math.min(width, (int) Math.ceil(px.getMaxX()) + 1);
    int y1 = Math.min(height, (int) Math.ceil(px.getMaxY()) + 1);
    return x1 <= x0 || y1 <= y0 ? new Rectangle() : new Rectangle(x0, y0, x1 - x0, y1 - y0);
  }

  boolean sameAs(MaskGrid other) {
    return pxPerUnit == other.pxPerUnit && viewBox.equals(other.viewBox);
  }
}
