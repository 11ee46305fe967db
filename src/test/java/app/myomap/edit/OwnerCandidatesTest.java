package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS;
import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.at;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Landmarks;
import app.myomap.edit.OwnerCandidates.OwnerCandidate;
import app.myomap.edit.OwnerPlace.Part;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerCandidatesTest {
  private static final Landmarks LANDMARKS =
      Landmarks.parse(
          new StringReader(
              "posterior\tc7\t200\t160\n"
                  + "posterior\tacromion.R\t300\t180\n"
                  + "posterior\tacromion.L\t100\t180\n"
                  + "posterior\tscapula-inferior-angle.R\t260\t260\n"),
          "test");

  private final OwnerCandidates candidates = new OwnerCandidates(TestAtlas.lookup(), LANDMARKS);

  private final TriggerPoint leftTrapezius = tp(BodyView.POSTERIOR, 140, 145, TRAPEZIUS, Side.LEFT);
  private final TriggerPoint upperRight = tp(BodyView.POSTERIOR, 230, 145, TRAPEZIUS, Side.RIGHT);
  private final TriggerPoint lowerRight = tp(BodyView.POSTERIOR, 290, 178, TRAPEZIUS, Side.RIGHT);
  private final TriggerPoint infraspinatus =
      tp(BodyView.POSTERIOR, 260, 250, INFRASPINATUS, Side.RIGHT);
  private final List<TriggerPoint> points =
      List.of(leftTrapezius, upperRight, lowerRight, infraspinatus);

  @Test
  void pointsOnTheZonesSideComeFirstThenTheRestEachInChartOrderWithChartNumbers() {
    List<OwnerCandidate> right = candidates.of(points, Optional.of(Side.RIGHT));
    assertThat(right)
        .extracting(OwnerCandidate::point)
        .containsExactly(upperRight, lowerRight, infraspinatus, leftTrapezius);
    assertThat(right).extracting(OwnerCandidate::number).containsExactly(2, 3, 4, 1);

    assertThat(candidates.of(points, Optional.of(Side.LEFT)))
        .extracting(OwnerCandidate::number)
        .containsExactly(1, 2, 3, 4);
    assertThat(candidates.of(points, Optional.empty()))
        .extracting(OwnerCandidate::point)
        .containsExactlyElementsOf(points);
  }

  @Test
  void twoPointsOfOneMuscleAreToldApartByTheirPartAndNearestLandmarkOfTheirSide() {
    List<OwnerCandidate> all = candidates.of(points, Optional.empty());
    // The trapezius regions are wider than tall and mirror each other: thirds from the midline.
    assertThat(all.get(1).place())
        .isEqualTo(new OwnerPlace(Optional.of(Part.MEDIAL), Optional.of("c7")));
    assertThat(all.get(2).place())
        .isEqualTo(new OwnerPlace(Optional.of(Part.LATERAL), Optional.of("acromion.R")));
    assertThat(all.get(0).place())
        .isEqualTo(new OwnerPlace(Optional.of(Part.MIDDLE), Optional.of("acromion.L")));
    // The infraspinatus has no mirror image on this atlas: thirds from top to bottom.
    assertThat(all.get(3).place())
        .isEqualTo(
            new OwnerPlace(Optional.of(Part.LOWER), Optional.of("scapula-inferior-angle.R")));
  }

  @Test
  void aPointIsPlacedByLandmarksOfItsOwnSideOrTheMidlineOnly() {
    TriggerPoint left = tp(BodyView.POSTERIOR, 280, 180, INFRASPINATUS, Side.LEFT);
    assertThat(candidates.of(List.of(left), Optional.empty()).get(0).place().landmark())
        .contains("c7");
  }

  @Test
  void aRegionWithoutAMirrorImageIsDividedFromTopToBottom() {
    TriggerPoint pectoralis = tp(BodyView.ANTERIOR, 150, 205, TestAtlas.PECTORALIS, Side.RIGHT);
    assertThat(candidates.of(List.of(pectoralis), Optional.empty()).get(0).place().part())
        .contains(Part.UPPER);
  }

  @Test
  void aPointOnAViewWithoutItsMusclesRegionHasOnlyALandmarkOrNothing() {
    TriggerPoint onHead = tp(BodyView.HEAD_LEFT, 50, 50, TRAPEZIUS, Side.LEFT);
    assertThat(candidates.of(List.of(onHead), Optional.empty()).get(0).place())
        .isEqualTo(new OwnerPlace(Optional.empty(), Optional.empty()));
  }

  @Test
  void theCandidateOfOnePointKeepsItsChartNumber() {
    Chart chart = Chart.of(points.toArray(TriggerPoint[]::new));
    assertThat(candidates.of(chart, infraspinatus))
        .hasValueSatisfying(
            c -> {
              assertThat(c.number()).isEqualTo(4);
              assertThat(c.place().part()).contains(Part.LOWER);
            });
    assertThat(candidates.of(Chart.of(leftTrapezius), infraspinatus)).isEmpty();
  }

  @Test
  void theSideOfAZoneComesFromTheViewOrTheRegionUnderIt() {
    assertThat(OwnerCandidates.sideAt(BodyView.HEAD_LEFT, at(1, 1), TestAtlas.lookup()))
        .contains(Side.LEFT);
    assertThat(OwnerCandidates.sideAt(BodyView.LATERAL_RIGHT, at(1, 1), TestAtlas.lookup()))
        .contains(Side.RIGHT);
    assertThat(OwnerCandidates.sideAt(BodyView.POSTERIOR, at(260, 220), TestAtlas.lookup()))
        .contains(Side.RIGHT);
    assertThat(OwnerCandidates.sideAt(BodyView.POSTERIOR, at(120, 160), TestAtlas.lookup()))
        .contains(Side.LEFT);
    assertThat(OwnerCandidates.sideAt(BodyView.POSTERIOR, at(20, 800), TestAtlas.lookup()))
        .isEmpty();
  }
}
