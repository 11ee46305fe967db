package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ZoneShapeTest {
  private static final String SQUARE_WITH_HOLE = "M0,0L30,0L30,30L0,30ZM10,10L20,10L20,20L10,20Z";

  @Test
  void canonicalTextRoundTripsExactly() {
    String text = "M10.5,-20.25L30,20L30.05,40.1ZM100,100L110,100L105,90Z";
    ZoneShape shape = ZoneShape.fromText(text);
    assertThat(shape.toText()).isEqualTo(text);
    assertThat(ZoneShape.fromText(shape.toText())).isEqualTo(shape).hasSameHashCodeAs(shape);
    assertThat(shape.ringCount()).isEqualTo(2);
  }

  @Test
  void lenientTextIsReadIntoTheCanonicalForm() {
    ZoneShape shape = ZoneShape.fromText(" M 10.504 , 20.0 30 20.995 L -0.001 40 L 10.504 20 z");
    assertThat(shape.toText()).isEqualTo("M10.5,20L30,21L0,40Z");
  }

  @Test
  void simplifiedShapesRoundTripThroughTheirText() {
    Random random = new Random(7);
    for (int i = 0; i < 50; i++) {
      Area area = new Area();
      for (int k = 0; k < 4; k++) {
        area.add(
            new Area(
                new Ellipse2D.Double(
                    random.nextDouble() * 100,
                    random.nextDouble() * 100,
                    5 + random.nextDouble() * 40,
                    5 + random.nextDouble() * 40)));
      }
      ZoneShape shape = ZoneShape.of(area).orElseThrow();
      ZoneShape read = ZoneShape.fromText(shape.toText());
      assertThat(read).isEqualTo(shape);
      assertThat(read.toText()).isEqualTo(shape.toText());
      assertThat(read.area()).isEqualTo(shape.area());
    }
  }

  @Test
  void rejectsMalformedPathData() {
    for (String bad :
        new String[] {
          "",
          "M0,0L1,0L1,1",
          "M0,0L1,1Z",
          "L0,0L1,0L1,1Z",
          "M0,0C1,0L1,1Z",
          "M0,0L1,0L1,1ZZ",
          "M0,0L1,0L1,x Z",
          "Z",
          "M0,0L1,0L1,1M2,2L3,2L3,3Z",
          "M1e3,0L1,0L1,1Z"
        }) {
      assertThatThrownBy(() -> ZoneShape.fromText(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void areaExcludesHolesAndBoundsCoverEveryRing() {
    ZoneShape shape = ZoneShape.fromText(SQUARE_WITH_HOLE);
    assertThat(shape.area()).isCloseTo(800, within(1e-9));
    assertThat(shape.bounds()).isEqualTo(new Rectangle2D.Double(0, 0, 30, 30));
    assertThat(shape.contains(new Point2D.Double(5, 5))).isTrue();
    assertThat(shape.contains(new Point2D.Double(15, 15))).isFalse();
    assertThat(shape.distanceToEdge(new Point2D.Double(15, 15))).isCloseTo(5, within(1e-9));
    assertThat(shape.distanceToEdge(new Point2D.Double(-3, 4))).isCloseTo(3, within(1e-9));
  }

  @Test
  void theAnchorLiesInsideEvenWhenTheMiddleIsAHole() {
    ZoneShape ring = ZoneShape.fromText(SQUARE_WITH_HOLE);
    assertThat(ring.contains(ring.anchor())).isTrue();
    ZoneShape crescent = ZoneShape.of(crescent()).orElseThrow();
    assertThat(crescent.contains(crescent.anchor())).isTrue();
  }

  @Test
  void movingTheAnchorMovesTheShapeExactlyAndBack() {
    ZoneShape shape = ZoneShape.of(crescent()).orElseThrow();
    Point2D.Double anchor = shape.anchor();
    ZoneShape moved = shape.anchoredAt(anchor.x + 13.337, anchor.y - 0.004);
    assertThat(moved.anchor()).isEqualTo(new Point2D.Double(anchor.x + 13.34, anchor.y));
    assertThat(moved.bounds().getX()).isCloseTo(shape.bounds().getX() + 13.34, within(1e-9));
    assertThat(moved.anchoredAt(anchor.x, anchor.y)).isEqualTo(shape);
    assertThat(shape.translated(2.5, -1).translated(-2.5, 1)).isEqualTo(shape);
    assertThat(shape.translated(0, 0)).isSameAs(shape);
  }

  @Test
  void unionSubtractionAndOverlapWorkOnTheArea() {
    ZoneShape square = ZoneShape.fromText("M0,0L10,0L10,10L0,10Z");
    ZoneShape wider = square.plus(new Rectangle2D.Double(10, 0, 10, 10));
    assertThat(wider.toText()).isEqualTo("M0,0L0,10L20,10L20,0Z");
    assertThat(square.minus(new Rectangle2D.Double(-1, -1, 20, 20))).isEmpty();
    ZoneShape split = wider.minus(new Rectangle2D.Double(8, -1, 4, 20)).orElseThrow();
    assertThat(split.ringCount()).isEqualTo(2);
    assertThat(split.area()).isCloseTo(160, within(1e-9));
    assertThat(square.overlaps(new Rectangle2D.Double(9, 9, 5, 5))).isTrue();
    assertThat(square.overlaps(new Rectangle2D.Double(10, 0, 5, 5))).isFalse();
  }

  @Test
  void ofAnEmptyOrCrumbShapeIsEmpty() {
    assertThat(ZoneShape.of(new Area())).isEmpty();
    assertThat(ZoneShape.of(new Rectangle2D.Double(0, 0, 0.5, 0.5))).isEmpty();
  }

  private static Area crescent() {
    Area area = new Area(new Ellipse2D.Double(0, 0, 60, 60));
    area.subtract(new Area(new Ellipse2D.Double(12, -5, 60, 70)));
    return area;
  }
}
