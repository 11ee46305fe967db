package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.MuscleRegion;
import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.Patient;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchResponse;
import app.myomap.model.TwitchStrength;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Visits charted through the real stores for the report tests: marks on four views. */
final class ChartedVisits {
  static final String PRACTITIONER = "Dr Jo Report-Tester";
  static final List<BodyView> VIEWS =
      List.of(BodyView.ANTERIOR, BodyView.POSTERIOR, BodyView.LATERAL_LEFT, BodyView.HEAD_RIGHT);

  private ChartedVisits() {}

  /** A new patient named {@code name} with record number {@code recordNumber}. */
  static Patient patient(Database database, String name, String recordNumber) {
    Patient patient = Patient.create(name, LocalDate.of(1971, 5, 14), recordNumber);
    new PatientStore(database).create(patient, PRACTITIONER);
    return patient;
  }

  /**
   * A visit of {@code patient} at {@code start} with {@code pointsPerView} trigger points on each
   * of the four views (on distinct muscles where the view has enough), a referral zone for the
   * first point of each view, a symptom area and a note pin.
   */
  static Visit fourViewVisit(
      Database database, Atlas atlas, Patient patient, Instant start, int pointsPerView) {
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), start, atlas.version(), PRACTITIONER);
    new VisitStore(database).create(visit);
    Set<Mark> marks = new LinkedHashSet<>();
    int n = 0;
    for (BodyView view : VIEWS) {
      List<MuscleRegion> regions = atlas.view(view).regions();
      for (int i = 0; i < pointsPerView; i++) {
        MuscleRegion region = regions.get((i * 7) % regions.size());
        Point2D at = inside(region);
        TriggerPoint tp =
            TriggerPoint.place(
                    MarkId.random(),
                    view,
                    at.getX(),
                    at.getY(),
                    new MuscleRef(region.muscleId()),
                    region.side(),
                    PRACTITIONER)
                .withStatus(n % 3 == 2 ? TriggerPointStatus.LATENT : TriggerPointStatus.ACTIVE)
                .withCriteria(
                    EnumSet.of(
                        TriggerPointCriterion.TAUT_BAND,
                        TriggerPointCriterion.TENDER_SPOT,
                        TriggerPointCriterion.RECOGNITION))
                .withPressurePainThreshold(
                    Optional.of(
                        new PressurePainThreshold(2.5 + n % 5 * 0.3, PressureUnit.KG_PER_CM2)))
                .withNeedled(n % 2 == 0)
                .withTwitch(
                    n % 2 == 0
                        ? TwitchResponse.present(3)
                            .withStrength(TwitchStrength.STRONG)
                            .withDetectedBy(EnumSet.of(TwitchDetection.VISIBLE))
                        : TwitchResponse.absent())
                .withNote(
                    n % 4 == 0
                        ? "Reproduces the familiar headache on sustained pressure; patient"
                            + " reports relief after release. Re-check next visit after home"
                            + " stretching programme."
                        : "");
        marks.add(tp);
        if (i == 0) {
          marks.add(
              new ReferralZone(
                  MarkId.random(),
                  view,
                  ZoneShape.of(new Ellipse2D.Double(at.getX() + 10, at.getY() + 15, 30, 40))
                      .orElseThrow(),
                  Optional.of(tp.id()),
                  ReferralKind.ESSENTIAL,
                  ReferredSensation.DEEP_ACHE,
                  Optional.of(PainIntensity.of(6))));
        }
        n++;
      }
    }
    Point2D area = inside(atlas.view(BodyView.POSTERIOR).regions().get(0));
    marks.add(
        new SymptomArea(
            MarkId.random(),
            BodyView.POSTERIOR,
            ZoneShape.of(new Ellipse2D.Double(area.getX() - 20, area.getY() - 15, 40, 30))
                .orElseThrow(),
            SymptomSensation.BURNING,
            Optional.of(PainIntensity.of(4)),
            SymptomConstancy.CONSTANT));
    List<MuscleRegion> front = atlas.view(BodyView.ANTERIOR).regions();
    Point2D scar = inside(front.get(front.size() / 2));
    marks.add(
        new NotePin(
            MarkId.random(), BodyView.ANTERIOR, scar.getX(), scar.getY(), "Old scar, avoid"));
    new ChartStore(database)
        .commit(visit.id(), new ChartChange(marks, Set.of(), "edit.addMarks"), PRACTITIONER);
    return visit;
  }

  /** A point inside {@code region}, the nearest to its bounds' centre on a coarse grid. */
  static Point2D inside(MuscleRegion region) {
    Rectangle2D b = region.shape().getBounds2D();
    Point2D best = null;
    double bestDistance = Double.MAX_VALUE;
    for (int i = 1; i < 20; i++) {
      for (int j = 1; j < 20; j++) {
        double x = b.getX() + b.getWidth() * i / 20;
        double y = b.getY() + b.getHeight() * j / 20;
        double d = Point2D.distance(x, y, b.getCenterX(), b.getCenterY());
        if (region.shape().contains(x, y) && d < bestDistance) {
          best = new Point2D.Double(x, y);
          bestDistance = d;
        }
      }
    }
    return best != null ? best : new Point2D.Double(b.getCenterX(), b.getCenterY());
  }

  /** The muscle names of {@code visit}'s trigger points, for checking the report names them. */
  static List<String> muscleNames(Atlas atlas, app.myomap.model.Chart chart) {
    List<String> names = new ArrayList<>();
    for (TriggerPoint tp : chart.triggerPoints()) {
      names.add(atlas.muscles().require(tp.muscle().id()).name());
    }
    return names;
  }
}
