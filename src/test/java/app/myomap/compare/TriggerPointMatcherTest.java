package app.myomap.compare;

import static app.myomap.compare.CompareFixtures.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerPointMatcherTest {
  private final TriggerPointMatcher matcher = new TriggerPointMatcher(10);

  @Test
  void identicalVisitsPersistWithNothingNewOrResolved() {
    List<TriggerPoint> points =
        List.of(
            point("upper-trapezius", Side.RIGHT, 250, 170),
            point("upper-trapezius", Side.LEFT, 150, 170),
            point("infraspinatus", Side.RIGHT, 240, 220));

    PointMatches matches = matcher.match(points, points);

    assertThat(matches.persisting()).hasSize(3);
    assertThat(matches.changed()).isEmpty();
    assertThat(matches.added()).isEmpty();
    assertThat(matches.resolved()).isEmpty();
  }

  @Test
  void pointMovedWithinTolerancePersists() {
    TriggerPoint before = point("upper-trapezius", Side.RIGHT, 250, 170);
    TriggerPoint after = before.withPosition(256, 178); // 10 units away: at the tolerance

    PointMatches matches = matcher.match(List.of(before), List.of(after));

    assertThat(matches.persisting())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.earlier()).isEqualTo(before);
              assertThat(m.later()).isEqualTo(after);
              assertThat(m.distance()).isEqualTo(10.0);
              assertThat(m.pairing()).isEqualTo(PointMatch.Pairing.PROXIMITY);
            });
  }

  @Test
  void acrossAtlasVersionsPointsPairByMuscleAndSideWhereverTheyLie() {
    TriggerPoint trapezius = point("upper-trapezius", Side.RIGHT, 250, 170);
    TriggerPoint leftTrapezius = point("upper-trapezius", Side.LEFT, 150, 170);
    TriggerPoint farAway = trapezius.withPosition(300, 260);
    TriggerPoint otherSide = point("upper-trapezius", Side.LEFT, 120, 300);
    TriggerPoint infraspinatus = point("infraspinatus", Side.RIGHT, 240, 220);

    PointMatches matches =
        matcher
            .acrossAtlasVersions()
            .match(List.of(trapezius, leftTrapezius, infraspinatus), List.of(farAway, otherSide));

    assertThat(matches.matched())
        .extracting(PointMatch::earlier, PointMatch::later, PointMatch::pairing)
        .containsExactlyInAnyOrder(
            tuple(trapezius, farAway, PointMatch.Pairing.MUSCLE_AND_SIDE),
            tuple(leftTrapezius, otherSide, PointMatch.Pairing.MUSCLE_AND_SIDE));
    assertThat(matches.resolved()).containsExactly(infraspinatus);
    assertThat(matches.added()).isEmpty();
    // The same places, on one version, are too far apart to be the same points.
    assertThat(matcher.match(List.of(trapezius), List.of(farAway)).matched()).isEmpty();
  }

  @Test
  void pointMovedBeyondToleranceIsResolvedAndNew() {
    TriggerPoint before = point("upper-trapezius", Side.RIGHT, 250, 170);
    TriggerPoint after = before.withPosition(261, 170);

    PointMatches matches = matcher.match(List.of(before), List.of(after));

    assertThat(matches.matched()).isEmpty();
    assertThat(matches.resolved()).containsExactly(before);
    assertThat(matches.added()).containsExactly(after);
  }

  @Test
  void closestPairsAreTakenFirst() {
    // Taking the later points in chart order would give b1 to a and leave the closer b2 new.
    TriggerPoint a = point("infraspinatus", Side.RIGHT, 100, 100);
    TriggerPoint c = point("infraspinatus", Side.RIGHT, 90, 100);
    TriggerPoint b1 = point("infraspinatus", Side.RIGHT, 106, 100);
    TriggerPoint b2 = point("infraspinatus", Side.RIGHT, 102, 100);

    PointMatches matches = matcher.match(List.of(a, c), List.of(b1, b2));

    assertThat(matches.matched())
        .extracting(m -> m.earlier().id(), m -> m.later().id())
        .containsExactly(tuple(a.id(), b2.id()));
    assertThat(matches.resolved()).containsExactly(c);
    assertThat(matches.added()).containsExactly(b1);
  }

  @Test
  void samePlaceOtherSideOrMuscleIsNotTheSamePoint() {
    TriggerPoint before = point("upper-trapezius", Side.RIGHT, 250, 170);
    TriggerPoint otherSide = before.withMuscle(before.muscle(), Side.LEFT);
    TriggerPoint otherMuscle =
        before.withMuscle(new app.myomap.model.MuscleRef("levator-scapulae"), Side.RIGHT);

    PointMatches matches = matcher.match(List.of(before), List.of(otherSide, otherMuscle));

    assertThat(matches.matched()).isEmpty();
    assertThat(matches.resolved()).containsExactly(before);
    assertThat(matches.added()).containsExactly(otherSide, otherMuscle);
  }

  @Test
  void statusAndTwitchChangesAreReported() {
    TriggerPoint before =
        point("upper-trapezius", Side.RIGHT, 250, 170).withTwitch(TwitchResponse.present(3));
    TriggerPoint after =
        before.withStatus(TriggerPointStatus.LATENT).withTwitch(TwitchResponse.present(1));

    PointMatches matches = matcher.match(List.of(before), List.of(after));

    assertThat(matches.persisting()).isEmpty();
    assertThat(matches.changed())
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.changes())
                    .containsExactlyInAnyOrder(
                        PointChange.BECAME_LATENT, PointChange.TWITCH_COUNT_CHANGED));
  }

  @Test
  void knownPairsWinOverDistance() {
    TriggerPoint before = point("upper-trapezius", Side.RIGHT, 250, 170);
    TriggerPoint nearby = point("upper-trapezius", Side.RIGHT, 251, 170);
    TriggerPoint descendant = before.withPosition(290, 170);
    TriggerPoint carried =
        new TriggerPoint(
            app.myomap.model.MarkId.random(),
            descendant.view(),
            descendant.x(),
            descendant.y(),
            descendant.muscle(),
            descendant.side(),
            descendant.status(),
            descendant.criteria(),
            descendant.pressurePainThreshold(),
            descendant.needled(),
            descendant.examiner(),
            descendant.note(),
            descendant.twitch());

    PointMatches matches =
        matcher.match(List.of(before), List.of(nearby, carried), Map.of(carried.id(), before.id()));

    assertThat(matches.matched())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.later()).isEqualTo(carried);
              assertThat(m.pairing()).isEqualTo(PointMatch.Pairing.KNOWN);
            });
    assertThat(matches.added()).containsExactly(nearby);
    assertThat(matches.resolved()).isEmpty();
  }
}
