package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.NOWHERE;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.NotePin;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Selecting with the select tool: click, Shift-click, rubber band, select all, zoom, views. */
class ChartEditorSelectionTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;
  private TriggerPoint trapezius;
  private TriggerPoint infraspinatus;
  private NotePin note;
  private TriggerPoint anterior;

  @BeforeEach
  void chartFourMarksOnTwoViews() {
    trapezius = h.place(TRAPEZIUS_ONLY);
    infraspinatus = h.place(INFRASPINATUS_CENTRE);
    note = h.pin(at(100, 400), "knee brace");
    editor.setView(BodyView.ANTERIOR);
    anterior = h.place(at(150, 220));
    editor.setView(BodyView.POSTERIOR);
    editor.setTool(ToolKind.SELECT);
  }

  @Test
  void aClickSelectsTheMarkUnderItAndAClickOnNothingClearsTheSelection() {
    h.click(at(227, 147));
    assertThat(editor.selection().ids()).containsExactly(trapezius.id());
    h.click(INFRASPINATUS_CENTRE);
    assertThat(editor.selection().ids()).containsExactly(infraspinatus.id());
    h.click(NOWHERE);
    assertThat(editor.selection().isEmpty()).isTrue();
  }

  @Test
  void shiftClickTogglesMarksInAndOutOfTheSelection() {
    h.click(TRAPEZIUS_ONLY);
    h.click(INFRASPINATUS_CENTRE, Modifiers.SHIFT);
    assertThat(editor.selection().ids()).containsExactly(trapezius.id(), infraspinatus.id());
    h.click(TRAPEZIUS_ONLY, Modifiers.SHIFT);
    assertThat(editor.selection().ids()).containsExactly(infraspinatus.id());
    h.click(NOWHERE, Modifiers.SHIFT);
    assertThat(editor.selection().ids()).containsExactly(infraspinatus.id());
  }

  @Test
  void theRubberBandSelectsLiveAndDisappearsOnRelease() {
    editor.press(at(200, 100), Modifiers.NONE);
    editor.drag(at(240, 150), Modifiers.NONE);
    assertThat(editor.rubberBand()).contains(new Rectangle2D.Double(200, 100, 40, 50));
    assertThat(editor.selection().ids()).containsExactly(trapezius.id());
    editor.drag(at(300, 300), Modifiers.NONE);
    assertThat(editor.selection().ids()).containsExactly(trapezius.id(), infraspinatus.id());
    editor.drag(at(150, 90), Modifiers.NONE);
    assertThat(editor.rubberBand()).contains(new Rectangle2D.Double(150, 90, 50, 10));
    assertThat(editor.selection().isEmpty()).isTrue();
    editor.release(at(300, 300), Modifiers.NONE);

    assertThat(editor.rubberBand()).isEmpty();
    assertThat(editor.selection().ids()).containsExactly(trapezius.id(), infraspinatus.id());
  }

  @Test
  void aShiftRubberBandAddsToTheSelection() {
    h.click(at(100, 400));
    h.drag(Modifiers.SHIFT, at(200, 100), at(240, 150));
    assertThat(editor.selection().ids()).containsExactly(note.id(), trapezius.id());
  }

  @Test
  void escapeDuringARubberBandRestoresTheSelection() {
    h.click(at(100, 400));
    editor.press(at(200, 100), Modifiers.NONE);
    editor.drag(at(300, 300), Modifiers.NONE);
    assertThat(editor.cancel()).isTrue();
    assertThat(editor.rubberBand()).isEmpty();
    assertThat(editor.selection().isEmpty()).isTrue();
  }

  @Test
  void selectAllTakesTheMarksOfTheCurrentViewOnly() {
    editor.selectAll();
    assertThat(editor.selection().ids())
        .containsExactly(trapezius.id(), infraspinatus.id(), note.id());
    editor.clearSelection();
    assertThat(editor.selection().isEmpty()).isTrue();
    assertThatThrownBy(() -> editor.select(List.of(anterior.id())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No mark " + anterior.id() + " on the posterior view");
  }

  @Test
  void theHitToleranceIsInScreenPixelsWhateverTheZoom() {
    // 5 outline units from the mark: 5 px at 100 %, 20 px at 400 %.
    h.click(at(TRAPEZIUS_ONLY.x + 3, TRAPEZIUS_ONLY.y + 4));
    assertThat(editor.selection().ids()).containsExactly(trapezius.id());
    editor.setScale(4);
    h.click(at(TRAPEZIUS_ONLY.x + 3, TRAPEZIUS_ONLY.y + 4));
    assertThat(editor.selection().isEmpty()).isTrue();
    h.click(at(TRAPEZIUS_ONLY.x + 1, TRAPEZIUS_ONLY.y + 1));
    assertThat(editor.selection().ids()).containsExactly(trapezius.id());
    editor.setHitTolerancePx(0);
    h.click(at(TRAPEZIUS_ONLY.x + 0.1, TRAPEZIUS_ONLY.y));
    assertThat(editor.selection().isEmpty()).isTrue();
  }

  @Test
  void changingTheViewClearsTheSelectionAndOnlyItsMarksAreHit() {
    editor.selectAll();
    editor.setView(BodyView.ANTERIOR);
    assertThat(editor.selection().isEmpty()).isTrue();
    h.click(TRAPEZIUS_ONLY);
    assertThat(editor.selection().isEmpty()).isTrue();
    h.click(at(150, 220));
    assertThat(editor.selection().ids()).containsExactly(anterior.id());
  }
}
