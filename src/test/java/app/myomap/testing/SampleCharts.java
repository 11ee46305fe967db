package app.myomap.testing;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import app.myomap.model.ZoneShape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.Optional;

/**
 * A posterior chart with one of every kind of mark, placed at the atlas's landmarks: an active
 * trigger point with a twitch count and its essential referral zone, a latent one with a spillover
 * zone, an intermittent burning symptom area and a note pin.
 */
public final class SampleCharts {
  /** The active trigger point's id, to select it or find it. */
  public final MarkId active = MarkId.random();

  /** Where the active trigger point lies, in outline units. */
  public final Point2D activeAt;

  public final Chart chart;

  public SampleCharts(Atlas atlas) {
    Point2D acromion = atlas.landmarks().point(BodyView.POSTERIOR, "acromion.R");
    Point2D c7 = atlas.landmarks().point(BodyView.POSTERIOR, "c7");
    Point2D t7 = atlas.landmarks().point(BodyView.POSTERIOR, "t7");
    activeAt =
        new Point2D.Double((acromion.getX() + c7.getX()) / 2, (acromion.getY() + c7.getY()) / 2);
    TriggerPoint activePoint =
        TriggerPoint.place(
                active,
                BodyView.POSTERIOR,
                activeAt.getX(),
                activeAt.getY(),
                new MuscleRef("upper-trapezius"),
                Side.RIGHT,
                "Dr Lee")
            .withTwitch(TwitchResponse.present(3));
    TriggerPoint latent =
        TriggerPoint.place(
                MarkId.random(),
                BodyView.POSTERIOR,
                2 * c7.getX() - activeAt.getX(),
                activeAt.getY() + 20,
                new MuscleRef("upper-trapezius"),
                Side.LEFT,
                "Dr Lee")
            .withStatus(TriggerPointStatus.LATENT);
    ReferralZone essential =
        new ReferralZone(
            MarkId.random(),
            BodyView.POSTERIOR,
            blob(acromion.getX() + 10, acromion.getY() + 40, 30, 50),
            Optional.of(active),
            ReferralKind.ESSENTIAL,
            ReferredSensation.PAIN,
            Optional.of(PainIntensity.of(6)));
    ReferralZone spillover =
        new ReferralZone(
            MarkId.random(),
            BodyView.POSTERIOR,
            blob(latent.x(), latent.y() + 70, 40, 30),
            Optional.of(latent.id()),
            ReferralKind.SPILLOVER,
            ReferredSensation.PAIN,
            Optional.empty());
    SymptomArea burning =
        new SymptomArea(
            MarkId.random(),
            BodyView.POSTERIOR,
            blob(t7.getX(), t7.getY(), 45, 35),
            SymptomSensation.BURNING,
            Optional.of(PainIntensity.of(4)),
            SymptomConstancy.INTERMITTENT);
    NotePin pin =
        new NotePin(MarkId.random(), BodyView.POSTERIOR, t7.getX() + 60, t7.getY() - 60, "Sore");
    chart = Chart.of(essential, spillover, burning, activePoint, latent, pin);
  }

  private static ZoneShape blob(double x, double y, double halfWidth, double halfHeight) {
    return ZoneShape.of(
            new Ellipse2D.Double(x - halfWidth, y - halfHeight, 2 * halfWidth, 2 * halfHeight))
        .orElseThrow();
  }
}
