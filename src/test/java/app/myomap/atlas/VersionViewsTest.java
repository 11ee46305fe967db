package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class VersionViewsTest {
  @Test
  void aVersionWithViewsTsvHasExactlyItsViewsInFileOrder() {
    Atlas atlas = Atlas.load(new AtlasResources("/app/myomap/atlas/sites-bundle", "v2"));

    assertThat(atlas.views()).containsExactly(BodyView.HAND, BodyView.ANTERIOR);
    assertThat(atlas.view(BodyView.HAND).regions())
        .extracting(MuscleRegion::regionId)
        .containsExactly("cover.R", "cover.L");
    assertThat(atlas.landmarks().point(BodyView.HAND, "wrist").getY()).isEqualTo(280.0);
    assertThatThrownBy(() -> atlas.view(BodyView.POSTERIOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Atlas v2 has no view posterior");
  }

  @Test
  void aVersionWithoutViewsTsvHasTheSixViewsOfV1() {
    Atlas bundle = Atlas.load(new AtlasResources("/app/myomap/atlas/bundle", "v1"));

    assertThat(bundle.views())
        .containsExactly(
            BodyView.ANTERIOR,
            BodyView.POSTERIOR,
            BodyView.LATERAL_LEFT,
            BodyView.LATERAL_RIGHT,
            BodyView.HEAD_LEFT,
            BodyView.HEAD_RIGHT);
    assertThat(Atlas.viewsOf("v1")).isEqualTo(bundle.views());
  }

  @Test
  void askingV1ForTheHandIsAClearErrorWhetherLoadedWholeOnDemandOrAlone() {
    Atlas whole = Atlas.load(new AtlasResources("/app/myomap/atlas/bundle", "v1"));
    Atlas onDemand = Atlas.loadOnDemand("v1");

    assertThat(whole.hasView(BodyView.HAND)).isFalse();
    assertThatThrownBy(() -> whole.view(BodyView.HAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Atlas v1 has no view hand");
    assertThatThrownBy(() -> onDemand.view(BodyView.FOOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Atlas v1 has no view foot");
    assertThatThrownBy(() -> Atlas.loadView("v1", BodyView.HAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Atlas v1 has no view hand");
    assertThat(whole.regions().at(BodyView.HAND, new java.awt.geom.Point2D.Double(50, 50)))
        .isEmpty();
  }

  @Test
  void parsesCommentsBlankLinesAndRejectsUnknownRepeatedOrNoViews() {
    assertThat(VersionViews.parse(new StringReader("# order\nfoot\n\nposterior\n"), "views.tsv"))
        .containsExactly(BodyView.FOOT, BodyView.POSTERIOR);
    assertThatThrownBy(() -> VersionViews.parse(new StringReader("hand\nelbow\n"), "views.tsv"))
        .isInstanceOf(AtlasException.class)
        .hasMessageStartingWith("views.tsv:2: ")
        .hasMessageContaining("elbow");
    assertThatThrownBy(() -> VersionViews.parse(new StringReader("hand\n#\nhand\n"), "views.tsv"))
        .isInstanceOf(AtlasException.class)
        .hasMessage("views.tsv:3: view listed twice: hand");
    assertThatThrownBy(() -> VersionViews.parse(new StringReader("# nothing\n"), "views.tsv"))
        .isInstanceOf(AtlasException.class)
        .hasMessage("views.tsv: names no view");
  }
}
