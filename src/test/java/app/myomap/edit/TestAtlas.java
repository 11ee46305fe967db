package app.myomap.edit;

import app.myomap.atlas.Depth;
import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * A hand-made atlas for editor tests. Posterior view (patient's right on the viewer's right): upper
 * trapezius R over a deeper supraspinatus R, upper trapezius L mirrored, and a triangular
 * infraspinatus R. Anterior view: pectoralis major R on the viewer's left.
 */
final class TestAtlas {
  static final MuscleRef TRAPEZIUS = new MuscleRef("upper-trapezius");
  static final MuscleRef SUPRASPINATUS = new MuscleRef("supraspinatus");
  static final MuscleRef INFRASPINATUS = new MuscleRef("infraspinatus");
  static final MuscleRef PECTORALIS = new MuscleRef("pectoralis-major");

  /** Inside trapezius R and supraspinatus R. */
  static final Point2D.Double OVER_SUPRASPINATUS = at(260, 160);

  /** Inside trapezius R only. */
  static final Point2D.Double TRAPEZIUS_ONLY = at(225, 145);

  /** Inside the infraspinatus triangle only. */
  static final Point2D.Double INFRASPINATUS_CENTRE = at(260, 220);

  /** Inside no region. */
  static final Point2D.Double NOWHERE = at(20, 800);

  private TestAtlas() {}

  static RegionLookup lookup() {
    return RegionLookup.of(
        List.of(
            region(TRAPEZIUS, Side.RIGHT, BodyView.POSTERIOR, rect(220, 140, 300, 180)),
            region(TRAPEZIUS, Side.LEFT, BodyView.POSTERIOR, rect(100, 140, 180, 180)),
            deep(SUPRASPINATUS, Side.RIGHT, rect(230, 150, 290, 175)),
            region(
                INFRASPINATUS,
                Side.RIGHT,
                BodyView.POSTERIOR,
                triangle(220, 200, 300, 200, 260, 260)),
            region(PECTORALIS, Side.RIGHT, BodyView.ANTERIOR, rect(120, 200, 190, 250))));
  }

  static Point2D.Double at(double x, double y) {
    return new Point2D.Double(x, y);
  }

  static TriggerPoint tp(BodyView view, double x, double y, MuscleRef muscle, Side side) {
    return TriggerPoint.place(MarkId.random(), view, x, y, muscle, side, "Dr Lee");
  }

  private static MuscleRegion region(MuscleRef muscle, Side side, BodyView view, Path2D.Double s) {
    return MuscleRegion.of(muscle.id(), side, view, s, Depth.SUPERFICIAL);
  }

  private static MuscleRegion deep(MuscleRef muscle, Side side, Path2D.Double shape) {
    return MuscleRegion.of(muscle.id(), side, BodyView.POSTERIOR, shape, Depth.DEEP);
  }

  private static Path2D.Double rect(double x1, double y1, double x2, double y2) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(x1, y1);
    path.lineTo(x2, y1);
    path.lineTo(x2, y2);
    path.lineTo(x1, y2);
    path.closePath();
    return path;
  }

  private static Path2D.Double triangle(
      double x1, double y1, double x2, double y2, double x3, double y3) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(x1, y1);
    path.lineTo(x2, y2);
    path.lineTo(x3, y3);
    path.closePath();
    return path;
  }
}
