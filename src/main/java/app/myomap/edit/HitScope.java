package app.myomap.edit;

import app.myomap.chart.HitTester;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkKind;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;

/**
 * What the editor's pointer can reach: the zoom that pixel tolerances are divided by, the hit
 * tolerance, and the kinds of mark on hidden layers, which are never hit nor rubber-banded.
 */
final class HitScope {
  private double scale = 1;
  private double tolerancePx = ChartEditor.DEFAULT_HIT_TOLERANCE_PX;
  private Set<MarkKind> hidden = Set.of();

  double scale() {
    return scale;
  }

  void setScale(double pixelsPerUnit) {
    if (!(pixelsPerUnit > 0) || Double.isInfinite(pixelsPerUnit)) {
      throw new IllegalArgumentException("Scale must be positive: " + pixelsPerUnit);
    }
    scale = pixelsPerUnit;
  }

  void setTolerancePx(double newTolerancePx) {
    if (!(newTolerancePx >= 0) || Double.isInfinite(newTolerancePx)) {
      throw new IllegalArgumentException(
          "Hit tolerance must be 0 or more pixels: " + newTolerancePx);
    }
    tolerancePx = newTolerancePx;
  }

  Set<MarkKind> hidden() {
    return hidden;
  }

  void setHidden(Set<MarkKind> kinds) {
    hidden = Set.copyOf(kinds);
  }

  boolean isHidden(Mark mark) {
    return hidden.contains(mark.kind());
  }

  /** How far from a point, in outline units, a press still hits it. */
  double reach() {
    return tolerancePx / scale;
  }

  /** How far, in outline units, the pointer must move before a press becomes a drag. */
  double dragThreshold() {
    return ChartEditor.DRAG_THRESHOLD_PX / scale;
  }

  List<Mark> at(Chart chart, BodyView view, Point2D outlinePoint) {
    return visible(HitTester.at(chart, view, outlinePoint, tolerancePx, scale));
  }

  List<Mark> in(Chart chart, BodyView view, Rectangle2D outlineArea) {
    return visible(HitTester.marksIn(chart, view, outlineArea));
  }

  private List<Mark> visible(List<Mark> marks) {
    return hidden.isEmpty() ? marks : marks.stream().filter(m -> !isHidden(m)).toList();
  }
}
