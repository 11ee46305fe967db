package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarpedAtlasFixtureTest {

  @Test
  void theCommittedFixtureIsV1BentAsTheFixtureSays() throws IOException {
    Map<String, String> expected = WarpedAtlasFixture.files();

    assertThat(expected).containsKeys("posterior.svg", "landmarks.tsv", "muscles.tsv");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertThat(
              Files.readString(
                  WarpedAtlasFixture.FOLDER.resolve(file.getKey()), StandardCharsets.UTF_8))
          .as("%s; run WarpedAtlasFixture.main to write it again", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void theBentAtlasLoadsAndItsLandmarksMovedByTheBend() {
    Atlas bent = Atlas.load(WarpedAtlasFixture.VERSION);
    Atlas v1 = Atlas.load("v1");
    var view = app.myomap.model.BodyView.POSTERIOR;
    var box = v1.view(view).viewBox();
    var acromion = v1.landmarks().point(view, "acromion.R");

    assertThat(bent.view(view).regions()).hasSameSizeAs(v1.view(view).regions());
    assertThat(
            bent.landmarks()
                .point(view, "acromion.R")
                .distance(WarpedAtlasFixture.bend(box, acromion.getX(), acromion.getY())))
        .isLessThan(0.001);
    assertThat(bent.landmarks().point(view, "acromion.R").distance(acromion)).isGreaterThan(3);
  }
}
