package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
  private static final Rectangle2D FRAME = new Rectangle2D.Double(0, 0, 400, 300);

  @Test
  void aLoneLabelGoesToTheRightOfItsAnchorWithoutALeader() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    LabelPlacer.Placement p =
        placer.placeAround(new Point2D.Double(100, 100), 30, 12, 8, 2).orElseThrow();
    assertThat(p.box()).isEqualTo(new Rectangle2D.Double(110, 94, 30, 12));
    assertThat(p.leader()).isFalse();
  }

  @Test
  void twoPointsSideBySideGetTwoLabelsThatDoNotOverlap() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    Point2D left = new Point2D.Double(200, 150);
    Point2D right = new Point2D.Double(214, 152);
    placer.avoid(square(left, 8));
    placer.avoid(square(right, 8));
    Rectangle2D a = placer.placeAround(left, 36, 14, 8, 2).orElseThrow().box();
    Rectangle2D b = placer.placeAround(right, 36, 14, 8, 2).orElseThrow().box();
    assertThat(a.intersects(b)).isFalse();
    assertThat(a.intersects(square(right, 8))).isFalse();
    assertThat(b.intersects(square(left, 8))).isFalse();
  }

  @Test
  void aLabelAtTheEdgeOfTheFrameTurnsInwards() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    Rectangle2D box =
        placer.placeAround(new Point2D.Double(390, 150), 40, 12, 8, 2).orElseThrow().box();
    assertThat(FRAME.contains(box)).isTrue();
    assertThat(box.getMaxX()).isLessThan(390);
  }

  @Test
  void aLabelWithNoRoomIsDroppedAndOneOnlyFarOutGetsALeader() {
    LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, 80, 80));
    Point2D centre = new Point2D.Double(40, 40);
    placer.avoid(square(centre, 8));
    int placed = 0;
    int leaders = 0;
    for (int i = 0; i < 40; i++) {
      Optional<LabelPlacer.Placement> p = placer.placeAround(centre, 20, 10, 8, 2);
      if (p.isPresent()) {
        placed++;
        leaders += p.get().leader() ? 1 : 0;
      }
    }
    assertThat(placed).isBetween(1, 16);
    assertThat(leaders).isPositive();
  }

  @Test
  void aCentredLabelGivesWayToOnePlacedBefore() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    assertThat(placer.placeCentred(new Point2D.Double(100, 100), 40, 12)).isPresent();
    assertThat(placer.placeCentred(new Point2D.Double(110, 104), 40, 12)).isEmpty();
    assertThat(placer.placeCentred(new Point2D.Double(200, 100), 40, 12)).isPresent();
  }

  @Test
  void manyCrowdedPointsNeverGetOverlappingLabelsNorLabelsOverPointsOrOutsideTheFrame() {
    Random random = new Random(8);
    List<Point2D> points = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      points.add(new Point2D.Double(random.nextDouble() * 400, random.nextDouble() * 300));
    }
    LabelPlacer placer = new LabelPlacer(FRAME);
    points.forEach(p -> placer.avoid(square(p, 6)));
    List<Rectangle2D> boxes = new ArrayList<>();
    for (Point2D p : points) {
      placer.placeAround(p, 34, 13, 6, 2).ifPresent(placement -> boxes.add(placement.box()));
    }
    assertThat(boxes).hasSizeGreaterThan(20);
    for (int i = 0; i < boxes.size(); i++) {
      assertThat(FRAME.contains(boxes.get(i))).isTrue();
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels %d and %d", i, j).isFalse();
      }
      for (Point2D p : points) {
        assertThat(boxes.get(i).intersects(square(p, 6))).isFalse();
      }
    }
  }

  private static Rectangle2D square(Point2D at, double half) {
    return new Rectangle2D.Double(at.getX() - half, at.getY() - half, 2 * half, 2 * half);
  }
}
