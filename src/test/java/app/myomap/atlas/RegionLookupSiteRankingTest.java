package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The region lookup of a version with trigger-point sites (the fixture under sites-bundle/v2):
 * target and rival are deep muscles under the superficial cover, each with one site on the right.
 */
class RegionLookupSiteRankingTest {
  private static Atlas atlas;

  @BeforeAll
  static void load() {
    atlas = Atlas.load(new AtlasResources("/app/myomap/atlas/sites-bundle", "v2"));
  }

  private static List<String> at(double x, double y) {
    return atlas.regions().at(BodyView.ANTERIOR, new Point2D.Double(x, y)).stream()
        .map(MuscleRegion::regionId)
        .toList();
  }

  @Test
  void theDeepMuscleWinsInsideItsSite() {
    assertThat(at(60, 140)).containsExactly("target.R", "cover.R", "rival.R");
  }

  @Test
  void theSuperficialMuscleWinsOutsideEverySite() {
    assertThat(at(52, 198)).containsExactly("cover.R", "target.R", "rival.R");
    assertThat(at(25, 105)).containsExactly("cover.R");
  }

  @Test
  void aSiteRanksOnlyItsOwnSide() {
    assertThat(at(400 - 60, 140)).containsExactly("cover.L", "target.L", "rival.L");
  }

  @Test
  void inTwoSitesTheNearerCentreRelativeToTheRadiusWinsEvenForTheLargerDeeperRegion() {
    assertThat(at(95, 162)).containsExactly("rival.R", "target.R", "cover.R");
  }

  @Test
  void equallyNearTwoSitesTheDepthOrderDecides() {
    assertThat(at(90, 160)).containsExactly("target.R", "rival.R", "cover.R");
  }

  @Test
  void theRimOfASiteCountsAsInside() {
    assertThat(at(70, 180)).first().isEqualTo("target.R");
    assertThat(at(70, 180.5)).first().isEqualTo("cover.R");
  }

  @Test
  void withoutSitesTheSameRegionsRankByDepthAndAreaAlone() {
    RegionLookup plain =
        RegionLookup.of(atlas.regions().regions(BodyView.ANTERIOR), TriggerPointSites.NONE);
    Random random = new Random(3);
    for (int i = 0; i < 2000; i++) {
      Point2D point = new Point2D.Double(random.nextDouble() * 400, random.nextDouble() * 300);
      List<MuscleRegion> expected =
          atlas.view(BodyView.ANTERIOR).regions().stream()
              .filter(r -> r.shape().contains(point))
              .sorted(RegionLookup.RANKING)
              .toList();
      assertThat(plain.at(BodyView.ANTERIOR, point)).as(point.toString()).isEqualTo(expected);
      assertThat(atlas.regions().at(BodyView.ANTERIOR, point))
          .as(point.toString())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void theBundledV1HasNoSitesSoItsLookupKeepsTheDepthOrderEverywhere() {
    Atlas v1 = Atlas.load("v1");
    assertThat(v1.sites().all()).isEmpty();
    Random random = new Random(11);
    for (BodyView view : v1.views()) {
      java.awt.geom.Rectangle2D box = v1.view(view).viewBox();
      for (int i = 0; i < 500; i++) {
        Point2D point =
            new Point2D.Double(
                box.getX() + random.nextDouble() * box.getWidth(),
                box.getY() + random.nextDouble() * box.getHeight());
        assertThat(v1.regions().at(view, point))
            .as(view.id() + " " + point)
            .isEqualTo(
                v1.view(view).regions().stream()
                    .filter(r -> r.shape().contains(point))
                    .sorted(RegionLookup.RANKING)
                    .toList());
      }
    }
  }
}
