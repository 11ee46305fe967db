package app.myomap.compare;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.ZoneShape;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/** Marks and the bundled atlas for the compare tests. */
final class CompareFixtures {
  private static Atlas atlas;

  private CompareFixtures() {}

  static synchronized Atlas atlas() {
    if (atlas == null) {
      atlas = Atlas.load("v1");
    }
    return atlas;
  }

  static ReferralZone referral(BodyView view, Shape shape) {
    return new ReferralZone(
        MarkId.random(),
        view,
        ZoneShape.of(shape).orElseThrow(),
        Optional.empty(),
        ReferralKind.ESSENTIAL,
        ReferredSensation.PAIN,
        Optional.empty());
  }

  static SymptomArea symptom(BodyView view, Shape shape) {
    return new SymptomArea(
        MarkId.random(),
        view,
        ZoneShape.of(shape).orElseThrow(),
        SymptomSensation.ACHING,
        Optional.empty(),
        SymptomConstancy.CONSTANT);
  }

  static Shape circle(double x, double y, double radius) {
    return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
  }

  static Shape rectangle(double x, double y, double width, double height) {
    return new Rectangle2D.Double(x, y, width, height);
  }

  static TriggerPoint point(String muscle, Side side, double x, double y) {
    return TriggerPoint.place(
        MarkId.random(), BodyView.POSTERIOR, x, y, new MuscleRef(muscle), side, "Dr Lee");
  }
}
