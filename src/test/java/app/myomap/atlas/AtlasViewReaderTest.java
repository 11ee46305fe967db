package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AtlasViewReaderTest {
  private static final String OPEN =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 200\">"
          + "<path id=\"silhouette\" d=\"M0,0 H100 V200 H0 Z\"/>"
          + "<g id=\"body\"/>";

  @Test
  void readsViewBoxSilhouetteAndRegionsWithCatalogueDepth() throws Exception {
    AtlasView view = AtlasFixtures.anteriorView();

    assertThat(view.view()).isEqualTo(BodyView.ANTERIOR);
    assertThat(view.viewBox()).isEqualTo(new Rectangle2D.Double(0, 0, 100, 200));
    assertThat(view.silhouette().contains(50, 100)).isTrue();
    assertThat(view.silhouette().contains(5, 100)).isFalse();
    assertThat(view.regions())
        .extracting(MuscleRegion::regionId)
        .containsExactly("big.R", "big.L", "small.R", "deep.R", "deep.L");
    MuscleRegion small = view.region("small", Side.RIGHT).orElseThrow();
    assertThat(small.depth()).isEqualTo(Depth.SUPERFICIAL);
    assertThat(small.view()).isEqualTo(BodyView.ANTERIOR);
    assertThat(small.area()).isEqualTo(400.0);
    assertThat(small.shape().getBounds2D()).isEqualTo(new Rectangle2D.Double(20, 20, 20, 20));
    MuscleRegion deepLeft = view.region("deep", Side.LEFT).orElseThrow();
    assertThat(deepLeft.depth()).isEqualTo(Depth.DEEP);
    assertThat(deepLeft.area()).isCloseTo(Math.PI * 100, Offset.offset(2.0));
    assertThat(view.region("small", Side.LEFT)).isEmpty();
  }

  @Test
  void outlinePaintsInViewBoxUnitsAndHidesTheRegionsLayer() throws Exception {
    AtlasView view = AtlasFixtures.anteriorView();
    BufferedImage image = new BufferedImage(100, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    view.outline().paint(g);
    g.dispose();

    // the fixture is 50x100 px with a 100x200 viewBox; the drawing must ignore that scaling
    assertThat(image.getRGB(25, 25)).isEqualTo(Color.BLUE.getRGB());
    assertThat(image.getRGB(35, 35)).isEqualTo(Color.WHITE.getRGB());
    assertThat(image.getRGB(16, 50)).isEqualTo(Color.WHITE.getRGB());
    assertThat(image.getRGB(5, 100)).isEqualTo(Color.BLACK.getRGB());
  }

  @Test
  void regionsFeedTheRankedLookup() throws Exception {
    RegionLookup lookup = RegionLookup.of(AtlasFixtures.anteriorView().regions());

    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(30, 30)))
        .extracting(MuscleRegion::regionId)
        .containsExactly("small.R", "big.R", "deep.R");
    assertThat(lookup.at(BodyView.ANTERIOR, new Point2D.Double(80, 150)))
        .extracting(MuscleRegion::regionId)
        .containsExactly("deep.L");
  }

  @Test
  void unknownMuscleIdFailsLoudly() {
    assertThatThrownBy(() -> read(regions("<path id=\"bicepz.R\" d=\"M0,0 H10 V10 Z\"/>")))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("unknown muscle 'bicepz'");
  }

  @Test
  void badSideOrMalformedIdFailsLoudly() {
    assertThatThrownBy(() -> read(regions("<path id=\"big.X\" d=\"M0,0 H10 V10 Z\"/>")))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("bad side 'X'");
    assertThatThrownBy(() -> read(regions("<path id=\"big.r\" d=\"M0,0 H10 V10 Z\"/>")))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("bad side 'r'");
    assertThatThrownBy(() -> read(regions("<path id=\"big\" d=\"M0,0 H10 V10 Z\"/>")))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("<muscle-id>.<R|L>");
  }

  @Test
  void regionOnAViewTheCatalogueDoesNotListFails() {
    String svg = regions("<path id=\"small.R\" d=\"M0,0 H10 V10 Z\"/>");

    assertThatThrownBy(() -> read(svg, BodyView.POSTERIOR))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("small.R")
        .hasMessageContaining("posterior");
  }

  @Test
  void duplicateEmptyOrBadRegionPathsFail() {
    String square = "<path id=\"big.R\" d=\"M0,0 H10 V10 Z\"/>";
    assertThatThrownBy(() -> read(regions(square + square)))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("duplicate region id \"big.R\"");
    assertThatThrownBy(() -> read(regions("<path id=\"big.R\" d=\"M0,0 H10 Z\"/>")))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("encloses no area");
    assertThatThrownBy(() -> read(regions("<path id=\"big.R\" d=\"M0,0 Q oops\"/>")))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("\"big.R\" has bad d");
  }

  @Test
  void transformsAreRejectedBecauseRegionsAreReadRaw() {
    String svg = regions("<path id=\"big.R\" transform=\"scale(2)\" d=\"M0,0 H10 V10 Z\"/>");

    assertThatThrownBy(() -> read(svg))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("transform")
        .hasMessageContaining("big.R");
  }

  @Test
  void missingPartsAreReported() {
    assertThatThrownBy(
            () ->
                read(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 200\">"
                        + "<g id=\"regions\"/></svg>"))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("id=\"silhouette\"");
    assertThatThrownBy(() -> read(OPEN + "</svg>"))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("id=\"regions\"");
    assertThatThrownBy(() -> read(OPEN.replace(" viewBox=\"0 0 100 200\"", "") + regionsEnd()))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("viewBox");
    assertThatThrownBy(() -> read(OPEN.replace("0 0 100 200", "0 0 0 200") + regionsEnd()))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void emptyRegionsLayerGivesAViewWithoutRegions() throws Exception {
    AtlasView view = read(OPEN + regionsEnd());

    assertThat(view.regions()).isEmpty();
    assertThat(view.viewBox().getHeight()).isEqualTo(200.0);
  }

  private static String regions(String paths) {
    return OPEN + "<g id=\"regions\" style=\"display:none\">" + paths + "</g></svg>";
  }

  private static String regionsEnd() {
    return "<g id=\"regions\" style=\"display:none\"/></svg>";
  }

  private static AtlasView read(String svg) throws InvalidSvgException {
    return read(svg, BodyView.ANTERIOR);
  }

  private static AtlasView read(String svg, BodyView view) throws InvalidSvgException {
    return AtlasViewReader.read(
        new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
        "file:///fixture/view.svg",
        view,
        AtlasFixtures.catalogue());
  }
}
