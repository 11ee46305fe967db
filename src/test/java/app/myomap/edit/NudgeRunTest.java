package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Arrow-key nudges in a row are one undo step, each nudge still saved as it happens. */
class NudgeRunTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;

  private TriggerPoint current(TriggerPoint tp) {
    return (TriggerPoint) editor.chart().get(tp.id());
  }

  @Test
  void nudgesOfTheSameMarksInARowAreOneUndoStepAndEachIsCommitted() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    Chart placed = editor.chart();
    h.commits.clear();

    editor.nudge(1, 0);
    editor.nudge(1, 0);
    editor.nudge(0, 3);

    assertThat(current(tp).position()).isEqualTo(at(TRAPEZIUS_ONLY.x + 2, TRAPEZIUS_ONLY.y + 3));
    assertThat(h.commits).hasSize(3);
    assertThat(h.lastCommit())
        .isEqualTo(new ChartChange(Set.of(current(tp)), Set.of(), "command.move.triggerPoint"));
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.move.triggerPoint", 1));

    editor.undo();
    assertThat(editor.chart()).isEqualTo(placed);
    assertThat(h.lastCommit().upserted()).containsExactly(tp);
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));

    editor.redo();
    assertThat(current(tp).position()).isEqualTo(at(TRAPEZIUS_ONLY.x + 2, TRAPEZIUS_ONLY.y + 3));
  }

  @Test
  void anotherEditBetweenNudgesStartsANewStep() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.nudge(1, 0);
    editor.updateSelectedTriggerPoints(p -> p.withStatus(TriggerPointStatus.LATENT));
    editor.nudge(0, 5);

    editor.undo();
    assertThat(current(tp).position()).isEqualTo(at(TRAPEZIUS_ONLY.x + 1, TRAPEZIUS_ONLY.y));
    assertThat(current(tp).status()).isEqualTo(TriggerPointStatus.LATENT);
    editor.undo();
    assertThat(current(tp).status()).isEqualTo(TriggerPointStatus.ACTIVE);
    editor.undo();
    assertThat(current(tp)).isEqualTo(tp);
  }

  @Test
  void nudgingOtherMarksStartsANewStep() {
    TriggerPoint a = h.place(TRAPEZIUS_ONLY);
    TriggerPoint b = h.place(INFRASPINATUS_CENTRE);
    editor.select(List.of(a.id()));
    editor.nudge(4, 0);
    editor.select(List.of(b.id()));
    editor.nudge(0, 4);
    editor.nudge(0, 4);

    editor.undo();
    assertThat(current(b)).isEqualTo(b);
    assertThat(current(a).position()).isEqualTo(at(TRAPEZIUS_ONLY.x + 4, TRAPEZIUS_ONLY.y));
    editor.undo();
    assertThat(current(a)).isEqualTo(a);
  }

  @Test
  void aNudgeAfterAnUndoAndRedoStartsANewStep() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.nudge(2, 0);
    editor.undo();
    editor.redo();
    editor.nudge(0, 2);

    editor.undo();
    assertThat(current(tp).position()).isEqualTo(at(TRAPEZIUS_ONLY.x + 2, TRAPEZIUS_ONLY.y));
    editor.undo();
    assertThat(current(tp)).isEqualTo(tp);
  }

  @Test
  void aDragBetweenNudgesStartsANewStep() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.SELECT);
    editor.nudge(1, 0);
    TriggerPoint nudged = current(tp);
    h.drag(Modifiers.NONE, nudged.position(), at(240, 160));
    editor.nudge(1, 0);

    editor.undo();
    assertThat(current(tp).position()).isEqualTo(at(240, 160));
    editor.undo();
    assertThat(current(tp)).isEqualTo(nudged);
  }
}
