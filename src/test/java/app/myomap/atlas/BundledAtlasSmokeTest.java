package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledAtlasSmokeTest {
  private static Atlas atlas;

  @BeforeAll
  static void loadTheBundledAtlas() {
    atlas = Atlas.load(Atlas.CURRENT_VERSION);
  }

  @Test
  void everyViewLoadsWithRegionsInsideItsViewBox() {
    assertThat(atlas.version()).isEqualTo("v1");
    for (BodyView view : atlas.views()) {
      AtlasView loaded = atlas.view(view);
      Rectangle2D viewBox = loaded.viewBox();
      assertThat(loaded.view()).isEqualTo(view);
      assertThat(viewBox.getWidth()).isPositive();
      assertThat(viewBox.contains(loaded.silhouette().getBounds2D())).as(view.id()).isTrue();
      assertThat(loaded.outline().getBounds()).as(view.id()).isNotNull();
      assertThat(loaded.regions()).as(view.id()).isNotEmpty();
      assertThat(loaded.regions())
          .allSatisfy(
              region -> assertThat(viewBox.contains(region.shape().getBounds2D())).isTrue());
      assertThat(atlas.landmarks().names(view)).as(view.id()).isNotEmpty();
    }
  }

  @Test
  void everyRegionNamesACatalogueMuscleOfItsViewWithItsDepth() {
    for (BodyView view : atlas.views()) {
      for (MuscleRegion region : atlas.view(view).regions()) {
        Muscle muscle = atlas.muscles().require(region.muscleId());
        assertThat(muscle.views()).as(region.regionId()).contains(view);
        assertThat(region.depth()).as(region.regionId()).isEqualTo(muscle.depth());
        assertThat(region.area()).as(region.regionId()).isPositive();
      }
    }
  }

  @Test
  void loadingOneViewGivesTheSameRegionsAsTheFullLoad() {
    AtlasView posterior = Atlas.loadView(Atlas.CURRENT_VERSION, BodyView.POSTERIOR);

    assertThat(posterior.regions())
        .extracting(MuscleRegion::regionId)
        .containsExactlyElementsOf(
            atlas.view(BodyView.POSTERIOR).regions().stream().map(MuscleRegion::regionId).toList());
  }
}
