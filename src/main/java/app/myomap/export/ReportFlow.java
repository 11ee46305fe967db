package app.myomap.export;

import app.myomap.session.OpenedVisit;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks of a report out down its pages, in points: each block is placed below the one before,
 * and on a new page when it does not fit in what is left of the current one. Sections use it to
 * keep a heading with what follows ({@link #keep}) and to repeat a table's header row after a
 * break.
 */
public final class ReportFlow {

  /** Something drawn in the content frame: a heading, a table row, a picture. */
  @FunctionalInterface
  public interface Block {
    /**
     * Paints the block into {@code g}, whose origin is the block's top left corner and whose user
     * space is points; the block is {@code widthPt} wide.
     */
    void paint(Graphics2D g, double widthPt);
  }

  /** A block at its place on a page: top in points below the content frame's top. */
  record Placed(double topPt, double heightPt, Block block) {}

  private final OpenedVisit visit;
  private final ReportSettings settings;
  private final double widthPt;
  private final double heightPt;
  private final List<List<Placed>> pages = new ArrayList<>();
  private double y;

  ReportFlow(OpenedVisit visit, ReportSettings settings, double widthPt, double heightPt) {
    this.visit = visit;
    this.settings = settings;
    this.widthPt = widthPt;
    this.heightPt = heightPt;
    pages.add(new ArrayList<>());
  }

  /** The visit the report is of. */
  public OpenedVisit visit() {
    return visit;
  }

  /** The settings the report is made with. */
  public ReportSettings settings() {
    return settings;
  }

  /** The width of the content frame, in points. */
  public double widthPt() {
    return widthPt;
  }

  /** The height of the content frame of every page, in points. */
  public double pageHeightPt() {
    return heightPt;
  }

  /** The height left on the current page, in points. */
  public double remainingPt() {
    return heightPt - y;
  }

  /** Whether the current page has nothing on it yet. */
  public boolean atPageTop() {
    return pages.get(pages.size() - 1).isEmpty();
  }

  /** Starts a new page unless the current one is still empty. */
  public void newPage() {
    if (!atPageTop()) {
      pages.add(new ArrayList<>());
      y = 0;
    }
  }

  /**
   * Starts a new page unless {@code heightPt} still fits on this one: what must stay together (a
   * heading and the first rows under it) is then not split.
   */
  public void keep(double heightPt) {
    if (heightPt > remainingPt()) {
      newPage();
    }
  }

  /**
   * Places {@code block}, {@code heightPt} tall, below the last one, on a new page when it does not
   * fit on this one. A block taller than a whole page starts a page and is cut at its bottom.
   */
  public void place(double heightPt, Block block) {
    keep(heightPt);
    pages.get(pages.size() - 1).add(new Placed(y, heightPt, block));
    y += heightPt;
  }

  /** Leaves {@code gapPt} empty below the last block, unless at the top of a page. */
  public void space(double gapPt) {
    if (!atPageTop()) {
      y = Math.min(heightPt, y + gapPt);
    }
  }

  /** How far down the current page the blocks reach, in points. */
  double usedPt() {
    return y;
  }

  List<List<Placed>> pages() {
    return pages;
  }
}
