package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class HitTesterTest {
  private static final MuscleRef GLUTE = new MuscleRef("gluteus-medius");

  private static TriggerPoint tp(double x, double y) {
    return tp(BodyView.POSTERIOR, x, y);
  }

  private static TriggerPoint tp(BodyView view, double x, double y) {
    return TriggerPoint.place(MarkId.random(), view, x, y, GLUTE, Side.RIGHT, "Dr Lee");
  }

  private static NotePin pin(double x, double y) {
    return new NotePin(MarkId.random(), BodyView.POSTERIOR, x, y, "note");
  }

  private static Point2D.Double at(double x, double y) {
    return new Point2D.Double(x, y);
  }

  @Test
  void toleranceInPixelsShrinksInOutlineUnitsAsTheUserZoomsIn() {
    TriggerPoint mark = tp(100, 100);
    Chart chart = Chart.of(mark);
    Point2D fiveUnitsAway = at(104, 103);

    assertThat(HitTester.at(chart, BodyView.POSTERIOR, fiveUnitsAway, 6, 1.0))
        .containsExactly(mark);
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, fiveUnitsAway, 6, 2.0)).isEmpty();
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, fiveUnitsAway, 6, 0.5))
        .containsExactly(mark);
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, at(112, 100), 6, 0.5)).containsExactly(mark);
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, at(112.5, 100), 6, 0.5)).isEmpty();
  }

  @Test
  void withinALayerTheNearestComesFirstWhateverTheDrawingOrder() {
    TriggerPoint near = tp(100, 100);
    TriggerPoint far = tp(103, 100);
    Chart chart = Chart.of(near, far);
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, at(100.5, 100), 6, 1))
        .containsExactly(near, far);
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, at(102.5, 100), 6, 1))
        .containsExactly(far, near);
  }

  @Test
  void atEqualDistanceTheMarkDrawnLastComesFirst() {
    TriggerPoint bottom = tp(100, 100);
    TriggerPoint top = tp(100, 100);
    TriggerPoint left = tp(96, 100);
    TriggerPoint right = tp(104, 100);
    assertThat(HitTester.at(Chart.of(bottom, top), BodyView.POSTERIOR, at(101, 101), 6, 1))
        .containsExactly(top, bottom);
    assertThat(HitTester.at(Chart.of(right, left), BodyView.POSTERIOR, at(100, 100), 6, 1))
        .containsExactly(left, right);
  }

  @Test
  void aMarkOfAHigherLayerComesFirstEvenWhenFurther() {
    NotePin pin = pin(104, 100);
    TriggerPoint point = tp(100, 100);
    Chart chart = Chart.of(pin, point);
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, at(100, 100), 6, 1))
        .containsExactly(pin, point);
  }

  @Test
  void ignoresMarksOfOtherViews() {
    TriggerPoint anterior = tp(BodyView.ANTERIOR, 100, 100);
    Chart chart = Chart.of(anterior);
    assertThat(HitTester.at(chart, BodyView.POSTERIOR, at(100, 100), 6, 1)).isEmpty();
    assertThat(HitTester.at(chart, BodyView.ANTERIOR, at(100, 100), 6, 1))
        .containsExactly(anterior);
  }

  @Test
  void rubberBandFindsTheMarksInsideItsEdgesInChartOrder() {
    TriggerPoint inside = tp(150, 150);
    NotePin onEdge = pin(100, 120);
    TriggerPoint outside = tp(201, 150);
    TriggerPoint otherView = tp(BodyView.ANTERIOR, 150, 150);
    Chart chart = Chart.of(onEdge, outside, otherView, inside);
    Rectangle2D band = new Rectangle2D.Double(100, 100, 100, 100);
    assertThat(HitTester.marksIn(chart, BodyView.POSTERIOR, band)).containsExactly(onEdge, inside);
    assertThat(HitTester.marksIn(chart, BodyView.POSTERIOR, new Rectangle2D.Double(300, 300, 5, 5)))
        .isEmpty();
  }

  @Test
  void rejectsNonsenseToleranceAndScale() {
    Chart chart = Chart.empty();
    assertThatThrownBy(() -> HitTester.at(chart, BodyView.POSTERIOR, at(0, 0), -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hit tolerance");
    assertThatThrownBy(() -> HitTester.at(chart, BodyView.POSTERIOR, at(0, 0), 6, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Scale must be positive");
  }
}
