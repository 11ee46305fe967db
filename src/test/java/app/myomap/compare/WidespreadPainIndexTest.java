package app.myomap.compare;

import static app.myomap.compare.CompareFixtures.atlas;
import static app.myomap.compare.CompareFixtures.circle;
import static app.myomap.compare.CompareFixtures.referral;
import static app.myomap.compare.CompareFixtures.symptom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.atlas.Landmarks;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.geometry.ShapeArea;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidespreadPainIndexTest {
  private final PainExtent extent = new PainExtent();
  private final WpiRegions regions = WpiRegions.load("v1", atlas().landmarks()).orElseThrow();
  private final WidespreadPainIndex index = new WidespreadPainIndex(regions);

  private WpiResult score(Chart chart) {
    return index.score(extent.measure(chart, atlas()));
  }

  private static Point2D at(BodyView view, String landmark) {
    return atlas().landmarks().point(view, landmark);
  }

  @Test
  void regionSetDrawsAllNineteenAreasOverFrontAndBack() {
    EnumSet<WpiArea> drawn = EnumSet.noneOf(WpiArea.class);
    for (BodyView view : WpiRegions.VIEWS) {
      drawn.addAll(regions.areas(view).keySet());
    }
    assertThat(drawn).containsExactlyInAnyOrder(WpiArea.values());
    assertThat(regions.areas(BodyView.ANTERIOR)).doesNotContainKeys(WpiArea.UPPER_BACK);
    assertThat(regions.areas(BodyView.POSTERIOR)).doesNotContainKeys(WpiArea.CHEST);
  }

  @Test
  void areasOfAViewDoNotOverlapInsideTheBody() {
    for (BodyView view : WpiRegions.VIEWS) {
      Area body = new Area(atlas().view(view).silhouette());
      List<Map.Entry<WpiArea, Path2D.Double>> areas =
          new ArrayList<>(regions.areas(view).entrySet());
      for (int i = 0; i < areas.size(); i++) {
        for (int j = i + 1; j < areas.size(); j++) {
          Area common = new Area(areas.get(i).getValue());
          common.intersect(new Area(areas.get(j).getValue()));
          common.intersect(body);
          assertThat(ShapeArea.of(common))
              .as("%s %s and %s", view.id(), areas.get(i).getKey(), areas.get(j).getKey())
              .isLessThan(0.5);
        }
      }
    }
  }

  @Test
  void leftAndRightAreasMirrorEachOtherAboutTheMidline() {
    AffineTransform mirror = new AffineTransform(-1, 0, 0, 1, 400, 0);
    for (BodyView view : WpiRegions.VIEWS) {
      Map<WpiArea, Path2D.Double> areas = regions.areas(view);
      for (WpiArea area : WpiArea.values()) {
        if (area.side().isEmpty() || !areas.containsKey(area) || area.name().endsWith("LEFT")) {
          continue;
        }
        WpiArea other = WpiArea.valueOf(area.name().replace("RIGHT", "LEFT"));
        Area mirrored = new Area(mirror.createTransformedShape(areas.get(area)));
        mirrored.exclusiveOr(new Area(areas.get(other)));
        assertThat(ShapeArea.of(mirrored)).as("%s %s", view.id(), area).isLessThan(0.5);
      }
    }
  }

  @Test
  void patientsRightIsOnTheViewersLeftOfTheFront() {
    Point2D acromion = at(BodyView.ANTERIOR, "acromion.R");
    assertThat(acromion.getX()).isLessThan(200);

    WpiResult result =
        score(
            Chart.of(referral(BodyView.ANTERIOR, circle(acromion.getX(), acromion.getY() + 5, 8))));

    assertThat(result.touched()).containsExactly(WpiArea.SHOULDER_GIRDLE_RIGHT);
    assertThat(result.score()).isEqualTo(1);
  }

  @Test
  void zoneAroundC7TouchesNeckAndUpperBack() {
    Point2D c7 = at(BodyView.POSTERIOR, "c7");

    WpiResult result =
        score(Chart.of(referral(BodyView.POSTERIOR, circle(c7.getX(), c7.getY(), 12))));

    assertThat(result.touched()).contains(WpiArea.NECK, WpiArea.UPPER_BACK);
    assertThat(result.touched())
        .doesNotContain(WpiArea.LOWER_BACK, WpiArea.CHEST, WpiArea.JAW_LEFT, WpiArea.JAW_RIGHT);
  }

  @Test
  void zoneOnTheRightKneeFrontTouchesRightUpperAndLowerLeg() {
    Point2D knee = at(BodyView.ANTERIOR, "knee.R");

    WpiResult result =
        score(Chart.of(symptom(BodyView.ANTERIOR, circle(knee.getX(), knee.getY(), 15))));

    assertThat(result.touched())
        .containsExactlyInAnyOrder(WpiArea.UPPER_LEG_RIGHT, WpiArea.LOWER_LEG_RIGHT);
    assertThat(result.score()).isEqualTo(2);
  }

  @Test
  void posteriorSidesArePatientSides() {
    Point2D psis = at(BodyView.POSTERIOR, "psis.R");
    Point2D fold = at(BodyView.POSTERIOR, "gluteal-fold.R");
    assertThat(psis.getX()).isGreaterThan(200);

    WpiResult result =
        score(
            Chart.of(
                referral(BodyView.POSTERIOR, circle(psis.getX() + 15, psis.getY() + 40, 12)),
                referral(BodyView.POSTERIOR, circle(fold.getX(), fold.getY() + 60, 12))));

    assertThat(result.touched())
        .containsExactlyInAnyOrder(WpiArea.HIP_RIGHT, WpiArea.UPPER_LEG_RIGHT);
  }

  @Test
  void scoreCountsEachAreaOnceOverBothViews() {
    Landmarks marks = atlas().landmarks();
    Point2D frontShoulder = marks.point(BodyView.ANTERIOR, "acromion.L");
    Point2D backShoulder = marks.point(BodyView.POSTERIOR, "acromion.L");
    Point2D navel = marks.point(BodyView.ANTERIOR, "navel");
    Point2D l3 = marks.point(BodyView.POSTERIOR, "l3");

    WpiResult result =
        score(
            Chart.of(
                referral(
                    BodyView.ANTERIOR, circle(frontShoulder.getX(), frontShoulder.getY() + 5, 8)),
                referral(
                    BodyView.POSTERIOR, circle(backShoulder.getX(), backShoulder.getY() + 5, 8)),
                symptom(BodyView.ANTERIOR, circle(navel.getX(), navel.getY(), 20)),
                symptom(BodyView.POSTERIOR, circle(l3.getX(), l3.getY(), 20))));

    assertThat(result.touched())
        .containsExactlyInAnyOrder(
            WpiArea.SHOULDER_GIRDLE_LEFT, WpiArea.ABDOMEN, WpiArea.LOWER_BACK);
    assertThat(result.score()).isEqualTo(3);
  }

  @Test
  void grazingANeighbourAlongItsEdgeDoesNotCountIt() {
    // The knee line of the front is y = 640; a zone on the thigh reaching 1 unit past it.
    Point2D knee = at(BodyView.ANTERIOR, "knee.R");
    WpiResult result =
        score(Chart.of(referral(BodyView.ANTERIOR, circle(knee.getX(), knee.getY() - 29, 30))));

    assertThat(result.touched()).containsExactly(WpiArea.UPPER_LEG_RIGHT);
    assertThat(result.overlap().get(WpiArea.LOWER_LEG_RIGHT)).isGreaterThan(0.0);
  }

  @Test
  void paintingEverythingScoresNineteen() {
    Chart chart =
        Chart.of(
            referral(BodyView.ANTERIOR, CompareFixtures.rectangle(0, 0, 400, 880)),
            referral(BodyView.POSTERIOR, CompareFixtures.rectangle(0, 0, 400, 880)));

    WpiResult result = score(chart);

    assertThat(result.score()).isEqualTo(19);
    assertThat(result.overlap().values())
        .allSatisfy(f -> assertThat(f).isCloseTo(1.0, within(1e-9)));
  }

  @Test
  void aSmallSpotInsideALargeAreaCounts() {
    Point2D t7 = at(BodyView.POSTERIOR, "t7");
    WpiResult result =
        score(Chart.of(symptom(BodyView.POSTERIOR, circle(t7.getX(), t7.getY(), 4))));
    assertThat(result.touched()).containsExactly(WpiArea.UPPER_BACK);
    assertThat(result.overlap().get(WpiArea.UPPER_BACK)).isLessThan(0.01);
  }

  @Test
  void emptyChartScoresZero() {
    assertThat(score(Chart.empty()).score()).isZero();
  }
}
