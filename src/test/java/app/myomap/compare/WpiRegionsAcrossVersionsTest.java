package app.myomap.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.geometry.ShapeArea;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A later atlas version without a Widespread Pain Index set of its own gets v1's, carried through
 * the landmark warp: the same areas, lying on the later drawing's body as v1's lie on v1's.
 */
class WpiRegionsAcrossVersionsTest {

  @Test
  void v2CarriesV1sAreasOntoItsBody() {
    Atlas v1 = Atlas.loadOnDemand("v1");
    Atlas v2 = Atlas.loadOnDemand("v2");
    WpiRegions drawn = WpiRegions.forAtlas(v1).orElseThrow();
    WpiRegions carried = WpiRegions.forAtlas(v2).orElseThrow();

    assertThat(carried.atlasVersion()).isEqualTo("v2");
    for (BodyView view : WpiRegions.VIEWS) {
      Map<WpiArea, Path2D.Double> before = drawn.areas(view);
      Map<WpiArea, Path2D.Double> after = carried.areas(view);
      assertThat(after.keySet()).as(view.id()).containsExactlyElementsOf(before.keySet());
      for (WpiArea area : before.keySet()) {
        double insideBefore = insideShare(before.get(area), v1.view(view).silhouette());
        double insideAfter = insideShare(after.get(area), v2.view(view).silhouette());
        assertThat(insideAfter)
            .as("%s %s: share on the body", view.id(), area.id())
            .isCloseTo(insideBefore, within(0.1));
      }
    }
  }

  @Test
  void v1KeepsItsOwnAreas() {
    Atlas v1 = Atlas.loadOnDemand("v1");
    WpiRegions own = WpiRegions.load("v1", v1.landmarks()).orElseThrow();
    WpiRegions forV1 = WpiRegions.forAtlas(v1).orElseThrow();

    for (BodyView view : WpiRegions.VIEWS) {
      own.areas(view)
          .forEach(
              (area, polygon) ->
                  assertThat(new Area(forV1.areas(view).get(area)).equals(new Area(polygon)))
                      .as(area.id())
                      .isTrue());
    }
  }

  private static double insideShare(Shape area, Shape silhouette) {
    Area inside = new Area(area);
    inside.intersect(new Area(silhouette));
    return ShapeArea.of(inside) / ShapeArea.of(new Area(area));
  }
}
