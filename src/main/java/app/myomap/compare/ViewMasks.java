package app.myomap.compare;

import app.myomap.model.ReferralZone;
import app.myomap.model.Zone;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * The zones of one visit on one view rasterised on the view's grid: referral zones, symptom areas,
 * and both together. Each zone is filled through {@code ZoneShape.toPath2D()}, the outline the
 * chart paints.
 */
final class ViewMasks {
  final SilhouetteMask base;
  final BitMask referral;
  final BitMask symptom;
  final BitMask painted;

  ViewMasks(SilhouetteMask base) {
    this.base = base;
    this.referral = base.grid.newMask();
    this.symptom = base.grid.newMask();
    this.painted = base.grid.newMask();
  }

  /** Fills the zones, only inside {@code clipPx} when it is not null. */
  void fill(List<? extends Zone> zones, Rectangle clipPx) {
    AffineTransform toMask = base.grid.toMask();
    Graphics2D referralPen = referral.pen(toMask, clipPx);
    Graphics2D symptomPen = symptom.pen(toMask, clipPx);
    Graphics2D paintedPen = painted.pen(toMask, clipPx);
    try {
      for (Zone zone : zones) {
        if (clipPx != null && !clipPx.intersects(base.grid.pixelBounds(zone.shape().bounds()))) {
          continue;
        }
        var path = zone.shape().toPath2D();
        (zone instanceof ReferralZone ? referralPen : symptomPen).fill(path);
        paintedPen.fill(path);
      }
    } finally {
      referralPen.dispose();
      symptomPen.dispose();
      paintedPen.dispose();
    }
  }

  void clearAll() {
    referral.clearAll();
    symptom.clearAll();
    painted.clearAll();
  }

  void clear(Rectangle px) {
    referral.clear(px);
    symptom.clear(px);
    painted.clear(px);
  }

  /** The extent of these masks inside the silhouette. */
  Extent extent() {
    double unit = base.grid.pixelArea();
    return new Extent(
        base.area(),
        BitMask.countAnd(referral, base.mask) * unit,
        BitMask.countAnd(symptom, base.mask) * unit,
        BitMask.countAnd(painted, base.mask) * unit);
  }
}
