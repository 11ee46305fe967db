package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.NOWHERE;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A read-only chart (a past visit) can be looked at and selected in, but nothing changes it. */
class ChartEditorReadOnlyTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;
  private int refusals;

  ChartEditorReadOnlyTest() {
    editor.addRefusalListener(() -> refusals++);
  }

  @Test
  void noToolAddsAMarkAndNothingIsAskedOrCommitted() {
    editor.setReadOnly(true);
    h.chooserAnswer =
        Optional.of(new MuscleChoice(TestAtlas.TRAPEZIUS, app.myomap.model.Side.LEFT));
    h.noteAnswer = Optional.of("Tender");

    for (ToolKind tool :
        List.of(ToolKind.TRIGGER_POINT, ToolKind.NOTE_PIN, ToolKind.SYMPTOM_AREA)) {
      editor.setTool(tool);
      h.click(TRAPEZIUS_ONLY);
      h.click(NOWHERE);
    }
    editor.setTool(ToolKind.SYMPTOM_AREA);
    h.drag(Modifiers.NONE, at(100, 500), at(140, 520), at(160, 540));

    assertThat(editor.chart()).isEqualTo(Chart.empty());
    assertThat(h.commits).isEmpty();
    assertThat(h.chooserCalls).isEmpty();
    assertThat(editor.isReadOnly()).isTrue();
    assertThat(refusals).isEqualTo(7);
  }

  @Test
  void marksCanBeSelectedButNotMovedNudgedDeletedOrChanged() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    h.commits.clear();
    editor.setReadOnly(true);
    Chart before = editor.chart();
    editor.setTool(ToolKind.SELECT);

    h.click(TRAPEZIUS_ONLY);
    assertThat(editor.selection().ids()).containsExactly(tp.id());
    h.drag(Modifiers.NONE, TRAPEZIUS_ONLY, at(250, 170), at(260, 190));
    editor.nudge(5, 0);
    editor.updateTriggerPoint(tp.id(), p -> p.withStatus(TriggerPointStatus.LATENT));
    editor.setTwitchCount(tp.id(), 2);
    editor.deleteSelection();

    assertThat(editor.chart()).isEqualTo(before);
    assertThat(h.commits).isEmpty();
    assertThat(refusals).isEqualTo(5);
  }

  @Test
  void undoNeverReachesIntoAReadOnlyChartNorComesBackWhenItIsUnlocked() {
    h.place(TRAPEZIUS_ONLY);
    h.place(INFRASPINATUS_CENTRE);
    editor.undo();
    Chart onePoint = editor.chart();
    assertThat(editor.canUndo()).isTrue();
    assertThat(editor.canRedo()).isTrue();
    h.commits.clear();

    editor.setReadOnly(true);
    assertThat(editor.canUndo()).isFalse();
    assertThat(editor.canRedo()).isFalse();
    editor.undo();
    editor.redo();
    assertThat(editor.chart()).isEqualTo(onePoint);
    assertThat(h.commits).isEmpty();
    assertThat(refusals).isEqualTo(2);

    editor.setReadOnly(false);
    assertThat(editor.canUndo()).isFalse();
    assertThat(editor.canRedo()).isFalse();
    editor.undo();
    assertThat(editor.chart()).isEqualTo(onePoint);
  }

  @Test
  void anUnlockedChartIsEditableAgain() {
    editor.setReadOnly(true);
    editor.setTool(ToolKind.TRIGGER_POINT);
    h.click(TRAPEZIUS_ONLY);
    assertThat(editor.chart().triggerPoints()).isEmpty();

    editor.setReadOnly(false);
    TriggerPoint placed = h.place(TRAPEZIUS_ONLY);

    assertThat(editor.chart().triggerPoints()).containsExactly(placed);
    assertThat(h.lastCommit().upserted()).containsExactly(placed);
    MarkId id = placed.id();
    editor.undo();
    assertThat(editor.chart().find(id)).isEmpty();
    assertThat(refusals).isEqualTo(1);
  }
}
