package app.myomap.atlas;

import app.myomap.chart.OutlineImageCache;
import app.myomap.chart.ViewTransform;
import app.myomap.model.BodyView;
import app.myomap.testing.GoldenImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each view of the current atlas, rendered small through the same cache the canvas uses, matches
 * its reference image: a change to the outlines or to their rendering shows up here. Regenerate on
 * purpose with {@code -Dgolden.update=true}.
 */
class AtlasGoldenImageTest {
  private static final int HEIGHT = 300;

  static List<BodyView> currentViews() {
    return Atlas.viewsOf(Atlas.CURRENT_VERSION);
  }

  @ParameterizedTest
  @MethodSource("currentViews")
  void viewMatchesItsReferenceImage(BodyView view) throws Exception {
    AtlasView atlasView = Atlas.loadView(Atlas.CURRENT_VERSION, view);
    double aspect = atlasView.viewBox().getWidth() / atlasView.viewBox().getHeight();
    int width = (int) Math.round(HEIGHT * aspect);
    BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, HEIGHT);
    new OutlineImageCache()
        .paint(
            g,
            atlasView,
            ViewTransform.fit(atlasView.viewBox(), width, HEIGHT, 0),
            width,
            HEIGHT,
            Color.WHITE);
    g.dispose();
    GoldenImages.assertMatches(
        image, "app/myomap/atlas/golden", Atlas.CURRENT_VERSION + "-" + view.id());
  }
}
