package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.OVER_SUPRASPINATUS;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.TriggerPoint;
import org.junit.jupiter.api.Test;

/**
 * The trigger-point tool on an existing mark selects and moves it instead of stacking a new one.
 */
class TriggerPointToolTest {
  private final EditorHarness h = new EditorHarness();

  @Test
  void clickingAnExistingPointSelectsItAndPlacesNothing() {
    TriggerPoint first = h.place(OVER_SUPRASPINATUS);
    TriggerPoint second = h.place(INFRASPINATUS_CENTRE);
    assertThat(h.editor.selection().ids()).containsExactly(second.id());

    h.click(OVER_SUPRASPINATUS);

    assertThat(h.editor.chart().triggerPoints()).containsExactly(first, second);
    assertThat(h.editor.selection().ids()).containsExactly(first.id());
    assertThat(h.editor.tool()).isEqualTo(ToolKind.TRIGGER_POINT);
  }

  @Test
  void draggingAnExistingPointMovesItInOneUndoStep() {
    TriggerPoint placed = h.place(OVER_SUPRASPINATUS);
    h.drag(
        Modifiers.NONE,
        OVER_SUPRASPINATUS,
        at(OVER_SUPRASPINATUS.x + 4, OVER_SUPRASPINATUS.y + 3),
        at(OVER_SUPRASPINATUS.x + 8, OVER_SUPRASPINATUS.y + 6));

    TriggerPoint moved = h.editor.chart().triggerPoints().get(0);
    assertThat(h.editor.chart().triggerPoints()).hasSize(1);
    assertThat(moved.position()).isEqualTo(at(OVER_SUPRASPINATUS.x + 8, OVER_SUPRASPINATUS.y + 6));
    h.editor.undo();
    assertThat(h.editor.chart().triggerPoints()).containsExactly(placed);
  }
}
