package app.myomap.atlas;

import static app.myomap.atlas.MuscleRegionTest.polygon;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionLookupTest {
  private static final MuscleRegion BIG_SUPERFICIAL =
      region("big", Side.RIGHT, Depth.SUPERFICIAL, polygon(0, 0, 100, 0, 100, 100, 0, 100));
  private static final MuscleRegion SMALL_SUPERFICIAL =
      region("small", Side.RIGHT, Depth.SUPERFICIAL, polygon(10, 10, 30, 10, 30, 30, 10, 30));
  private static final MuscleRegion SMALL_DEEP =
      region("tiny-deep", Side.RIGHT, Depth.DEEP, polygon(15, 15, 25, 15, 25, 25, 15, 25));
  private static final MuscleRegion MEDIUM_DEEP =
      region("medium-deep", Side.RIGHT, Depth.DEEP, polygon(5, 5, 50, 5, 50, 50, 5, 50));
  private static final MuscleRegion TRIANGLE =
      region("triangle", Side.LEFT, Depth.SUPERFICIAL, polygon(200, 0, 300, 0, 200, 100));

  private final RegionLookup lookup =
      RegionLookup.of(
          List.of(MEDIUM_DEEP, BIG_SUPERFICIAL, SMALL_DEEP, TRIANGLE, SMALL_SUPERFICIAL));

  @Test
  void ranksSuperficialBeforeDeepThenSmallerAreaFirst() {
    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(20, 20)))
        .containsExactly(SMALL_SUPERFICIAL, BIG_SUPERFICIAL, SMALL_DEEP, MEDIUM_DEEP);
  }

  @Test
  void returnsOnlyTheRegionsThatContainThePoint() {
    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(40, 40)))
        .containsExactly(BIG_SUPERFICIAL, MEDIUM_DEEP);
    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(70, 70)))
        .containsExactly(BIG_SUPERFICIAL);
  }

  @Test
  void pointInsideTheBoundingBoxButOutsideTheShapeIsNotAHit() {
    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(210, 10))).containsExactly(TRIANGLE);
    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(290, 90))).isEmpty();
  }

  @Test
  void otherViewsAndEmptySpaceGiveNothing() {
    assertThat(lookup.at(BodyView.POSTERIOR, new Point2D.Double(20, 20))).isEmpty();
    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(-5, 500))).isEmpty();
    assertThat(RegionLookup.of(List.of()).at(BodyView.ANTERIOR, new Point2D.Double(1, 1)))
        .isEmpty();
  }

  @Test
  void regionsOfAViewAreInRankingOrderAndFindLooksUpOne() {
    assertThat(lookup.regions(BodyView.ANTERIOR))
        .containsExactly(SMALL_SUPERFICIAL, TRIANGLE, BIG_SUPERFICIAL, SMALL_DEEP, MEDIUM_DEEP);
    assertThat(lookup.find(BodyView.ANTERIOR, "triangle", Side.LEFT)).contains(TRIANGLE);
    assertThat(lookup.find(BodyView.ANTERIOR, "triangle", Side.RIGHT)).isEmpty();
  }

  @Test
  void agreesWithABruteForceSearchOverManyShapesAndPoints() {
    Random random = new Random(42);
    List<MuscleRegion> regions = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      double x = random.nextDouble() * 380;
      double y = random.nextDouble() * 860;
      Path2D.Double shape =
          new Path2D.Double(
              new Ellipse2D.Double(
                  x, y, 5 + random.nextDouble() * 60, 5 + random.nextDouble() * 90));
      Depth depth = random.nextBoolean() ? Depth.SUPERFICIAL : Depth.DEEP;
      regions.add(region("m" + i, Side.RIGHT, depth, shape));
    }
    RegionLookup many = RegionLookup.of(regions);
    int overlaps = 0;

    for (int i = 0; i < 2000; i++) {
      Point2D.Double p = new Point2D.Double(random.nextDouble() * 400, random.nextDouble() * 880);
      List<MuscleRegion> expected =
          regions.stream().filter(r -> r.shape().contains(p)).sorted(RegionLookup.RANKING).toList();
      assertThat(many.at(BodyView.ANTERIOR, p)).isEqualTo(expected);
      overlaps += expected.size() > 1 ? 1 : 0;
    }
    assertThat(overlaps).isGreaterThan(20);
  }

  private static MuscleRegion region(String id, Side side, Depth depth, Path2D.Double shape) {
    return MuscleRegion.of(id, side, BodyView.ANTERIOR, shape, depth);
  }
}
