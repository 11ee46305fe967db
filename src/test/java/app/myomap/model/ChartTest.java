package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {
  private static final MuscleRef DELTOID = new MuscleRef("deltoid");

  private static TriggerPoint tp(BodyView view, double x) {
    return TriggerPoint.place(MarkId.random(), view, x, 100, DELTOID, Side.LEFT, "Dr Lee");
  }

  private static NotePin pin(BodyView view, double x) {
    return new NotePin(MarkId.random(), view, x, 100, "note");
  }

  @Test
  void keepsMarksInTheOrderTheyWereAdded() {
    TriggerPoint a = tp(BodyView.ANTERIOR, 1);
    NotePin b = pin(BodyView.ANTERIOR, 2);
    TriggerPoint c = tp(BodyView.POSTERIOR, 3);
    Chart chart = Chart.empty().with(a).with(b).with(c);
    assertThat(chart.marks()).containsExactly(a, b, c);
    assertThat(chart.marks(BodyView.ANTERIOR)).containsExactly(a, b);
    assertThat(chart.triggerPoints()).containsExactly(a, c);
    assertThat(chart.notePins()).containsExactly(b);
    assertThat(chart.size()).isEqualTo(3);
    assertThat(chart.indexOf(c.id())).isEqualTo(2);
    assertThat(chart.indexOf(MarkId.random())).isEqualTo(-1);
    assertThat(chart.find(b.id())).contains(b);
    assertThat(chart).isEqualTo(Chart.of(a, b, c));
  }

  @Test
  void drawsNotePinsAboveTriggerPointsAndKeepsOrderWithinALayer() {
    NotePin pin = pin(BodyView.ANTERIOR, 1);
    TriggerPoint first = tp(BodyView.ANTERIOR, 2);
    TriggerPoint second = tp(BodyView.ANTERIOR, 3);
    Chart chart = Chart.of(pin, first, second, tp(BodyView.POSTERIOR, 4));
    assertThat(chart.inDrawingOrder(BodyView.ANTERIOR)).containsExactly(first, second, pin);
  }

  @Test
  void insertsReplacesAndRemovesByIdKeepingPositions() {
    TriggerPoint a = tp(BodyView.ANTERIOR, 1);
    TriggerPoint b = tp(BodyView.ANTERIOR, 2);
    TriggerPoint c = tp(BodyView.ANTERIOR, 3);
    Chart chart = Chart.of(a, c).withAt(1, b);
    assertThat(chart.marks()).containsExactly(a, b, c);
    TriggerPoint movedB = b.withPosition(50, 60);
    assertThat(chart.replace(movedB).marks()).containsExactly(a, movedB, c);
    assertThat(chart.without(List.of(a.id(), c.id())).marks()).containsExactly(b);
    assertThat(chart.marks()).containsExactly(a, b, c);
  }

  @Test
  void rejectsDuplicateAndMissingMarks() {
    TriggerPoint a = tp(BodyView.ANTERIOR, 1);
    Chart chart = Chart.of(a);
    assertThatThrownBy(() -> chart.with(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Chart holds mark " + a.id() + " twice");
    MarkId unknown = MarkId.random();
    assertThatThrownBy(() -> chart.get(unknown)).hasMessage("Chart has no mark " + unknown);
    assertThatThrownBy(() -> chart.without(List.of(unknown)))
        .hasMessage("Chart has no mark " + unknown);
    assertThatThrownBy(() -> chart.replace(tp(BodyView.ANTERIOR, 2)))
        .hasMessageStartingWith("Chart has no mark ");
    assertThatThrownBy(() -> chart.withAt(3, tp(BodyView.ANTERIOR, 2)))
        .hasMessage("Mark position must be between 0 and 1, got 3");
  }

  @Test
  void copiesTheListItIsGiven() {
    List<Mark> marks = new ArrayList<>(List.of(tp(BodyView.ANTERIOR, 1)));
    Chart chart = new Chart(marks);
    marks.add(tp(BodyView.ANTERIOR, 2));
    assertThat(chart.size()).isEqualTo(1);
    assertThatThrownBy(() -> chart.marks().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
