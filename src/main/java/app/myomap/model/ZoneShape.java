package app.myomap.model;

import app.myomap.model.geometry.RingSimplifier;
import app.myomap.model.geometry.ShapeArea;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outline of a painted zone in outline coordinates: one or more closed polygonal rings filled
 * by the even-odd rule (so a ring inside another is a hole), every coordinate on a grid of 0.01
 * outline units. Immutable; its text form is compact SVG path data such as {@code
 * M10,20L30.5,20L30.5,40.25ZM...Z} (absolute moves and lines, at most two decimals), which it
 * round-trips exactly: {@code fromText(s.toText()).equals(s)} and, for text in that canonical form,
 * {@code fromText(t).toText().equals(t)}. Two shapes are equal when their texts are.
 */
public final class ZoneShape {
  /** The longest text a shape may have, in characters. */
  public static final int MAX_TEXT_LENGTH = 200_000;

  private final int[][] rings;
  private final String text;
  private final long anchorX;
  private final long anchorY;

  /**
   * Built on first use; volatile because the window's zones are also rendered on a background
   * thread, which must see the path whole or not at all (two threads may each build one).
   */
  private volatile Path2D.Double path;

  private double area = Double.NaN;

  private ZoneShape(int[][] rings) {
    if (rings.length == 0) {
      throw new IllegalArgumentException("A zone shape needs at least one ring");
    }
    for (int[] ring : rings) {
      if (ring.length < 6) {
        throw new IllegalArgumentException("A zone ring needs at least three points");
      }
      for (int value : ring) {
        if (Math.abs(value) > RingSimplifier.MAX_HUNDREDTHS) {
          throw new IllegalArgumentException("Zone coordinate out of range: " + value / 100.0);
        }
      }
    }
    this.rings = rings;
    this.text = ZoneShapeText.format(rings);
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "A zone shape must be at most " + MAX_TEXT_LENGTH + " characters of path data");
    }
    long[] anchor = ZoneAnchor.of(rings);
    this.anchorX = anchor[0];
    this.anchorY = anchor[1];
  }

  /**
   * Parses path data: absolute {@code M}, {@code L} and {@code Z} commands (coordinates after
   * {@code M} continue as lines), numbers separated by commas or spaces; coordinates with more than
   * two decimals are rounded half up to two.
   *
   * @throws IllegalArgumentException if the text is not such path data, a ring is not closed or has
   *     fewer than three points
   */
  public static ZoneShape fromText(String text) {
    Checks.present(text, "Zone shape text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "A zone shape must be at most " + MAX_TEXT_LENGTH + " characters of path data");
    }
    return new ZoneShape(ZoneShapeText.parse(text));
  }

  /**
   * The simplified outline of the area of {@code shape} (see {@link RingSimplifier}); empty when
   * the area is empty or only crumbs smaller than {@link RingSimplifier#MIN_RING_AREA} are left.
   */
  public static Optional<ZoneShape> of(Shape shape) {
    List<int[]> rings = RingSimplifier.rings(Checks.present(shape, "Zone outline"));
    return rings.isEmpty()
        ? Optional.empty()
        : Optional.of(new ZoneShape(rings.toArray(new int[0][])));
  }

  /** This shape's path data, in the canonical form {@link #fromText} reads back exactly. */
  public String toText() {
    return text;
  }

  /** The number of rings, outer outlines and holes together. */
  public int ringCount() {
    return rings.length;
  }

  /** A new path of this shape in outline units, with the even-odd winding rule. */
  public Path2D.Double toPath2D() {
    return new Path2D.Double(path());
  }

  /** A new area of this shape in outline units. */
  public Area toArea() {
    return new Area(path());
  }

  /** The enclosed area in square outline units, holes excluded. */
  public double area() {
    if (Double.isNaN(area)) {
      area = ShapeArea.of(toArea());
    }
    return area;
  }

  /** The smallest rectangle holding every ring, in outline units. */
  public Rectangle2D bounds() {
    long minX = Long.MAX_VALUE;
    long minY = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long maxY = Long.MIN_VALUE;
    for (int[] ring : rings) {
      for (int i = 0; i < ring.length; i += 2) {
        minX = Math.min(minX, ring[i]);
        maxX = Math.max(maxX, ring[i]);
        minY = Math.min(minY, ring[i + 1]);
        maxY = Math.max(maxY, ring[i + 1]);
      }
    }
    return new Rectangle2D.Double(
        minX / 100.0, minY / 100.0, (maxX - minX) / 100.0, (maxY - minY) / 100.0);
  }

  /** Whether the point lies inside the shape (even-odd), in outline coordinates. */
  public boolean contains(Point2D point) {
    return path().contains(point);
  }

  /** Whether the point (x, y) lies inside the shape (even-odd), in outline coordinates. */
  public boolean contains(double x, double y) {
    return path().contains(x, y);
  }

  /** The distance in outline units from the point to the nearest edge of any ring. */
  public double distanceToEdge(Point2D point) {
    double px = point.getX();
    double py = point.getY();
    double nearest = Double.POSITIVE_INFINITY;
    for (int[] ring : rings) {
      int n = ring.length / 2;
      for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        nearest =
            Math.min(
                nearest,
                RingSimplifier.segmentDistance(
                    px,
                    py,
                    ring[2 * i] / 100.0,
                    ring[2 * i + 1] / 100.0,
                    ring[2 * j] / 100.0,
                    ring[2 * j + 1] / 100.0));
      }
    }
    return nearest;
  }

  /**
   * A representative point inside the shape, in outline units: the middle of the widest inside span
   * of a horizontal line through the middle of the largest ring, on the 0.01 grid. Moving the shape
   * moves this point by exactly the same offset.
   */
  public Point2D.Double anchor() {
    return new Point2D.Double(anchorX / 100.0, anchorY / 100.0);
  }

  public double anchorX() {
    return anchorX / 100.0;
  }

  public double anchorY() {
    return anchorY / 100.0;
  }

  /** This shape moved by an offset in outline units, rounded to the 0.01 grid. */
  public ZoneShape translated(double dx, double dy) {
    Checks.finite(dx, "Zone offset x");
    Checks.finite(dy, "Zone offset y");
    return translatedHundredths(Math.round(dx * 100), Math.round(dy * 100));
  }

  /**
   * This shape moved so that its {@linkplain #anchor() anchor} lands on the given point (rounded to
   * the 0.01 grid): the anchor moves with the shape, so the offset is exact.
   */
  public ZoneShape anchoredAt(double x, double y) {
    Checks.finite(x, "Zone anchor x");
    Checks.finite(y, "Zone anchor y");
    return translatedHundredths(Math.round(x * 100) - anchorX, Math.round(y * 100) - anchorY);
  }

  /** The union of this shape and another area, simplified. */
  public ZoneShape plus(Shape other) {
    Area union = toArea();
    union.add(other instanceof Area a ? a : new Area(other));
    return of(union).orElse(this);
  }

  /** This shape without another area, simplified; empty when nothing is left. */
  public Optional<ZoneShape> minus(Shape other) {
    Area difference = toArea();
    difference.subtract(other instanceof Area a ? a : new Area(other));
    return of(difference);
  }

  /** Whether this shape and another area share more than a boundary. */
  public boolean overlaps(Shape other) {
    if (!bounds().intersects(other.getBounds2D())) {
      return false;
    }
    Area common = toArea();
    common.intersect(other instanceof Area a ? a : new Area(other));
    return !common.isEmpty();
  }

  private ZoneShape translatedHundredths(long dx, long dy) {
    if (dx == 0 && dy == 0) {
      return this;
    }
    int[][] moved = new int[rings.length][];
    for (int r = 0; r < rings.length; r++) {
      int[] ring = rings[r];
      int[] copy = new int[ring.length];
      for (int i = 0; i < ring.length; i += 2) {
        copy[i] = Math.toIntExact(ring[i] + dx);
        copy[i + 1] = Math.toIntExact(ring[i + 1] + dy);
      }
      moved[r] = copy;
    }
    return new ZoneShape(moved);
  }

  private Path2D.Double path() {
    Path2D.Double built = path;
    if (built == null) {
      built = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      for (int[] ring : rings) {
        built.moveTo(ring[0] / 100.0, ring[1] / 100.0);
        for (int i = 2; i < ring.length; i += 2) {
          built.lineTo(ring[i] / 100.0, ring[i + 1] / 100.0);
        }
        built.closePath();
      }
      path = built;
    }
    return built;
  }

  /** The rings as {@code [x0, y0, x1, y1, ...]} in outline units, fresh arrays. */
  public List<double[]> rings() {
    List<double[]> copies = new ArrayList<>(rings.length);
    for (int[] ring : rings) {
      double[] copy = new double[ring.length];
      for (int i = 0; i < ring.length; i++) {
        copy[i] = ring[i] / 100.0;
      }
      copies.add(copy);
    }
    return copies;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ZoneShape shape && text.equals(shape.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
