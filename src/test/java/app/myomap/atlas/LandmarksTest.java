package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LandmarksTest {
  private final Landmarks landmarks = AtlasFixtures.landmarks();

  @Test
  void pointsAreReadPerView() {
    assertThat(landmarks.point(BodyView.ANTERIOR, "navel"))
        .isEqualTo(new Point2D.Double(50, 110.5));
    assertThat(landmarks.point(BodyView.POSTERIOR, "c7")).isEqualTo(new Point2D.Double(50, 25));
    assertThat(landmarks.has(BodyView.ANTERIOR, "chin")).isTrue();
    assertThat(landmarks.has(BodyView.POSTERIOR, "chin")).isFalse();
    assertThat(landmarks.has(BodyView.HEAD_LEFT, "chin")).isFalse();
    assertThat(landmarks.names(BodyView.ANTERIOR)).containsExactly("navel", "chin");
  }

  @Test
  void returnedPointsAreCopies() {
    landmarks.point(BodyView.ANTERIOR, "navel").setLocation(0, 0);

    assertThat(landmarks.point(BodyView.ANTERIOR, "navel"))
        .isEqualTo(new Point2D.Double(50, 110.5));
  }

  @Test
  void missingLandmarkFailsLoudly() {
    assertThatThrownBy(() -> landmarks.point(BodyView.POSTERIOR, "navel"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("navel")
        .hasMessageContaining("posterior");
  }

  @Test
  void malformedLinesFailWithTheLineNumber() {
    assertThatThrownBy(() -> parse("# c\nanterior\tnavel\tfifty\t1\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("t.tsv:2");
    assertThatThrownBy(() -> parse("front\tnavel\t1\t1\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("front");
    assertThatThrownBy(() -> parse("anterior\tnavel\t1\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("4 tab-separated columns");
    assertThatThrownBy(() -> parse("anterior\tnavel\tNaN\t1\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> parse("anterior\tnavel\t1\t1\nanterior\tnavel\t2\t2\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("duplicate landmark anterior/navel");
  }

  private static Landmarks parse(String tsv) {
    return Landmarks.parse(new StringReader(tsv), "t.tsv");
  }
}
