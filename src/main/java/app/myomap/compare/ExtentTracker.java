package app.myomap.compare;

import app.myomap.atlas.AtlasView;
import app.myomap.model.Zone;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Keeps the pain extent of one view up to date while painting: after an edit only the mask pixels
 * inside the changed bounds are cleared, refilled from the zones that reach into them and counted
 * again, so an update costs what the stroke covers, not what the chart holds.
 */
public final class ExtentTracker {
  private final ViewMasks masks;
  private long referralPx;
  private long symptomPx;
  private long paintedPx;

  /** Tracks a view whose zones are {@code zones} now. */
  public ExtentTracker(PainExtent painExtent, AtlasView view, List<? extends Zone> zones) {
    this.masks = painExtent.masks(view, zones);
    BitMask inside = masks.base.mask;
    this.referralPx = BitMask.countAnd(masks.referral, inside);
    this.symptomPx = BitMask.countAnd(masks.symptom, inside);
    this.paintedPx = BitMask.countAnd(masks.painted, inside);
  }

  /**
   * Brings the extent up to date after an edit.
   *
   * @param zones the zones of the view after the edit
   * @param changed outline bounds covering every zone added, removed or changed, before and after
   */
  public void update(List<? extends Zone> zones, Rectangle2D changed) {
    Rectangle px = masks.base.grid.pixelBounds(changed);
    if (px.isEmpty()) {
      return;
    }
    int y0 = px.y;
    int y1 = px.y + px.height;
    BitMask inside = masks.base.mask;
    referralPx -= BitMask.countAnd(masks.referral, inside, y0, y1);
    symptomPx -= BitMask.countAnd(masks.symptom, inside, y0, y1);
    paintedPx -= BitMask.countAnd(masks.painted, inside, y0, y1);
    masks.clear(px);
    masks.fill(zones, px);
    referralPx += BitMask.countAnd(masks.referral, inside, y0, y1);
    symptomPx += BitMask.countAnd(masks.symptom, inside, y0, y1);
    paintedPx += BitMask.countAnd(masks.painted, inside, y0, y1);
  }

  /** The view's extent now. */
  public Extent extent() {
    double unit = masks.base.grid.pixelArea();
    return new Extent(masks.base.area(), referralPx * unit, symptomPx * unit, paintedPx * unit);
  }
}
