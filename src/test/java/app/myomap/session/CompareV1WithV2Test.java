package app.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.compare.VisitComparer;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.ZoneShape;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient charted on atlas v1 and then on v2, in a real database: the same findings charted at
 * the same anatomical places of each version (its landmarks) are laid over each other, pair by
 * place and agree, on the back and on the side view where v2 moved the arm forward.
 */
class CompareV1WithV2Test {
  private static final String PRACTITIONER = "Alex Morgan";

  @TempDir Path dir;

  @Test
  void aV1VisitAndAV2VisitOfOnePatientCompareByPlace() throws Exception {
    Patient patient = Patient.create("Vera Versions", LocalDate.of(1981, 7, 9), "MRN-91");
    Atlas v1 = Atlas.load("v1");
    Atlas v2 = Atlas.load("v2");
    Instant first = Instant.now().minus(Duration.ofDays(30));
    List<Visit> visits = new ArrayList<>();
    try (Database database = Database.open(dir.resolve("clinic.db"))) {
      new PatientStore(database, Clock.fixed(first, ZoneOffset.UTC)).create(patient, PRACTITIONER);
      int day = 0;
      for (Atlas atlas : List.of(v1, v2)) {
        Clock at = Clock.fixed(first.plus(Duration.ofDays(14L * day++)), ZoneOffset.UTC);
        Visit visit = Visit.start(patient.id(), atlas.version(), PRACTITIONER, at);
        new VisitStore(database, at).create(visit);
        new ChartStore(database, at)
            .commit(
                visit.id(),
                ChartChange.between(Chart.empty(), findings(atlas), "command.edit.triggerPoint"),
                PRACTITIONER);
        visits.add(visit);
      }

      VisitRecords records = new VisitRecords(database);
      ComparedVisits compared =
          ComparedVisits.of(
              records.open(patient, visits.get(0)),
              records.open(patient, visits.get(1)),
              new VisitComparer());

      assertThat(compared.earlier().atlas().version()).isEqualTo("v1");
      assertThat(compared.later().atlas().version()).isEqualTo("v2");
      assertThat(compared.laidOver()).isTrue();
      assertThat(compared.comparison().points().persisting())
          .hasSize(4)
          .allSatisfy(m -> assertThat(m.distance()).isZero());
      assertThat(compared.comparison().points().added()).isEmpty();
      assertThat(compared.comparison().locationAgreement().orElseThrow().view(BodyView.POSTERIOR))
          .isGreaterThan(0.8);
      assertThat(compared.difference(BodyView.POSTERIOR)).isPresent();
      assertThat(compared.difference(BodyView.LATERAL_LEFT)).isPresent();
      assertThat(compared.comparison().laterWpi()).isPresent();
      // The earlier arm point lies on the arm as v2 draws it, forward of the trunk.
      TriggerPoint arm =
          compared.earlierOnLater().triggerPoints().stream()
              .filter(p -> p.muscle().id().equals("biceps-brachii"))
              .findFirst()
              .orElseThrow();
      assertThat(arm.position()).isEqualTo(v2.landmarks().point(BodyView.LATERAL_LEFT, "elbow"));
    }
  }

  /** The same findings at the same landmarks of {@code atlas}'s drawing. */
  private static Chart findings(Atlas atlas) {
    List<Mark> marks = new ArrayList<>();
    marks.add(point(atlas, BodyView.POSTERIOR, "acromion.R", "upper-trapezius", Side.RIGHT));
    marks.add(
        point(atlas, BodyView.POSTERIOR, "scapula-inferior-angle.R", "infraspinatus", Side.RIGHT));
    marks.add(point(atlas, BodyView.LATERAL_LEFT, "elbow", "biceps-brachii", Side.LEFT));
    marks.add(
        point(atlas, BodyView.LATERAL_LEFT, "greater-trochanter", "gluteus-medius", Side.LEFT));
    Point2D t3 = atlas.landmarks().point(BodyView.POSTERIOR, "t3");
    Point2D t7 = atlas.landmarks().point(BodyView.POSTERIOR, "t7");
    double radius = t7.distance(t3) / 2;
    marks.add(
        new SymptomArea(
            MarkId.random(),
            BodyView.POSTERIOR,
            ZoneShape.of(
                    new Ellipse2D.Double(
                        (t3.getX() + t7.getX()) / 2 - radius,
                        (t3.getY() + t7.getY()) / 2 - radius,
                        2 * radius,
                        2 * radius))
                .orElseThrow(),
            SymptomSensation.ACHING,
            Optional.empty(),
            SymptomConstancy.CONSTANT));
    return new Chart(marks);
  }

  private static TriggerPoint point(
      Atlas atlas, BodyView view, String landmark, String muscle, Side side) {
    Point2D at = atlas.landmarks().point(view, landmark);
    return TriggerPoint.place(
        MarkId.random(), view, at.getX(), at.getY(), new MuscleRef(muscle), side, PRACTITIONER);
  }
}
