package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AtlasTest {
  private static final String BUNDLES = "/app/myomap/atlas";

  @Test
  void assembledAtlasServesViewsLookupCatalogueAndLandmarks() throws Exception {
    AtlasView anterior = AtlasFixtures.anteriorView();
    Atlas atlas =
        Atlas.of("v1", AtlasFixtures.catalogue(), AtlasFixtures.landmarks(), List.of(anterior));

    assertThat(atlas.version()).isEqualTo("v1");
    assertThat(atlas.view(BodyView.ANTERIOR)).isSameAs(anterior);
    assertThat(atlas.muscles().require("deep").depth()).isEqualTo(Depth.DEEP);
    assertThat(atlas.landmarks().point(BodyView.ANTERIOR, "chin"))
        .isEqualTo(new Point2D.Double(50, 30));
    assertThat(atlas.regions().at(BodyView.ANTERIOR, new Point2D.Double(30, 30)))
        .extracting(MuscleRegion::regionId)
        .containsExactly("small.R", "big.R", "deep.R");
    assertThatThrownBy(() -> atlas.view(BodyView.HEAD_LEFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("head-left");
  }

  @Test
  void twoOutlinesForOneViewAreRejected() throws Exception {
    AtlasView anterior = AtlasFixtures.anteriorView();

    assertThatThrownBy(
            () ->
                Atlas.of(
                    "v1",
                    AtlasFixtures.catalogue(),
                    AtlasFixtures.landmarks(),
                    List.of(anterior, anterior)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anterior");
  }

  @Test
  void loadsCatalogueLandmarksAndAllSixViewsOfABundle() {
    Atlas atlas = Atlas.load(new AtlasResources(BUNDLES + "/bundle", "v1"));

    assertThat(atlas.version()).isEqualTo("v1");
    assertThat(atlas.muscles().all()).extracting(Muscle::id).containsExactly("shoulder", "under");
    for (BodyView view : atlas.views()) {
      AtlasView loaded = atlas.view(view);
      assertThat(loaded.view()).isEqualTo(view);
      assertThat(loaded.regions()).allSatisfy(region -> assertThat(region.view()).isEqualTo(view));
      assertThat(atlas.landmarks().point(view, "top").getY()).isEqualTo(40.0);
      assertThat(atlas.regions().at(view, new Point2D.Double(30, 120)))
          .extracting(MuscleRegion::muscleId)
          .containsExactly("shoulder", "under");
    }
    assertThat(atlas.view(BodyView.LATERAL_RIGHT).viewBox().getWidth()).isEqualTo(320.0);
    assertThat(atlas.view(BodyView.HEAD_LEFT).regions())
        .extracting(MuscleRegion::regionId)
        .containsExactly("shoulder.L", "under.L");
    assertThat(atlas.regions().at(BodyView.ANTERIOR, new Point2D.Double(130, 120)))
        .extracting(MuscleRegion::regionId)
        .containsExactly("shoulder.L", "under.L");
  }

  @RepeatedTest(5)
  void parallelLoadingGivesTheSameAtlasEveryTime() {
    Atlas atlas = Atlas.load(new AtlasResources(BUNDLES + "/bundle", "v1"));

    int regions = 0;
    for (BodyView view : atlas.views()) {
      regions += atlas.regions().regions(view).size();
    }
    assertThat(regions).isEqualTo(16);
  }

  @Test
  void anAtlasOnDemandLoadsEachViewOnceWhenAskedAndLooksUpRegionsAsTheWholeAtlasDoes() {
    Atlas whole = Atlas.load(Atlas.CURRENT_VERSION);
    Atlas onDemand = Atlas.loadOnDemand(Atlas.CURRENT_VERSION);

    AtlasView back = onDemand.view(app.myomap.model.BodyView.POSTERIOR);
    assertThat(onDemand.view(app.myomap.model.BodyView.POSTERIOR)).isSameAs(back);
    assertThat(back.viewBox()).isEqualTo(whole.view(app.myomap.model.BodyView.POSTERIOR).viewBox());
    onDemand.prefetch(
        java.util.List.of(app.myomap.model.BodyView.ANTERIOR, app.myomap.model.BodyView.HEAD_LEFT));
    assertThat(onDemand.muscles().all()).hasSameSizeAs(whole.muscles().all());

    for (app.myomap.model.BodyView view : whole.views()) {
      java.awt.geom.Rectangle2D box = whole.view(view).viewBox();
      java.awt.geom.Point2D middle =
          new java.awt.geom.Point2D.Double(box.getCenterX(), box.getCenterY() * 0.6);
      assertThat(onDemand.regions().at(view, middle))
          .as(view.id())
          .extracting(r -> r.muscleId() + "." + r.side())
          .isEqualTo(
              whole.regions().at(view, middle).stream()
                  .map(r -> r.muscleId() + "." + r.side())
                  .toList());
    }
  }

  @Test
  void aMissingViewFileFailsTheWholeLoad() {
    AtlasResources incomplete = new AtlasResources(BUNDLES + "/bundle-incomplete", "v1");

    assertThatThrownBy(() -> Atlas.load(incomplete))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("bundle-incomplete/v1/posterior.svg");
  }

  @Test
  void missingVersionFailsLoudly() {
    assertThatThrownBy(() -> Atlas.load("v999"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("v999");
    assertThatThrownBy(() -> Atlas.loadView("v999", BodyView.ANTERIOR))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("v999");
  }
}
