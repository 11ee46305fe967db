package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.OVER_SUPRASPINATUS;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchStrength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Editing marks and undoing it: drags, nudges, deletions, property edits and commit events. */
class ChartEditorUndoTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;

  private TriggerPoint current(TriggerPoint tp) {
    return (TriggerPoint) editor.chart().get(tp.id());
  }

  @Test
  void aDragIsOneUndoStepPublishedOnlyOnRelease() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    Chart placed = editor.chart();
    h.commits.clear();
    editor.setTool(ToolKind.SELECT);

    editor.press(TRAPEZIUS_ONLY, Modifiers.NONE);
    editor.drag(at(230, 150), Modifiers.NONE);
    editor.drag(at(240, 160), Modifiers.NONE);
    assertThat(current(tp).position()).isEqualTo(at(240, 160));
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.move.triggerPoint", 1));
    assertThat(h.commits).isEmpty();
    editor.drag(at(250, 170), Modifiers.NONE);
    editor.release(at(250, 170), Modifiers.NONE);

    TriggerPoint moved = tp.withPosition(250, 170);
    assertThat(editor.chart()).isEqualTo(Chart.of(moved));
    assertThat(h.commits)
        .containsExactly(new ChartChange(Set.of(moved), Set.of(), "command.move.triggerPoint"));

    editor.undo();
    assertThat(editor.chart()).isEqualTo(placed);
    assertThat(h.lastCommit())
        .isEqualTo(new ChartChange(Set.of(tp), Set.of(), "command.move.triggerPoint"));
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));
  }

  @Test
  void draggingASelectedMarkMovesTheWholeSelection() {
    TriggerPoint a = h.place(TRAPEZIUS_ONLY);
    NotePin b = h.pin(INFRASPINATUS_CENTRE, "scar");
    editor.setTool(ToolKind.SELECT);
    editor.selectAll();
    h.drag(Modifiers.NONE, INFRASPINATUS_CENTRE, at(270, 230));
    assertThat(editor.chart())
        .isEqualTo(
            Chart.of(
                a.withPosition(TRAPEZIUS_ONLY.x + 10, TRAPEZIUS_ONLY.y + 10),
                b.withPosition(270, 230)));
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.move.marks", 2));
  }

  @Test
  void aPressThatMovesLessThanTheDragThresholdMovesNothing() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.SELECT);
    int steps = h.commits.size();
    h.drag(Modifiers.NONE, TRAPEZIUS_ONLY, at(TRAPEZIUS_ONLY.x + 2, TRAPEZIUS_ONLY.y));
    assertThat(current(tp)).isEqualTo(tp);
    assertThat(h.commits).hasSize(steps);
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));
  }

  @Test
  void aDragThatEndsWhereItBeganLeavesNoStep() {
    h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.SELECT);
    h.drag(Modifiers.NONE, TRAPEZIUS_ONLY, at(260, 200), TRAPEZIUS_ONLY);
    assertThat(h.commits).hasSize(1);
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));
  }

  @Test
  void escapeOrUndoDuringADragPutsTheMarksBackAndLeavesNoStep() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.SELECT);
    editor.press(TRAPEZIUS_ONLY, Modifiers.NONE);
    editor.drag(at(260, 200), Modifiers.NONE);
    assertThat(editor.cancel()).isTrue();
    editor.release(at(260, 200), Modifiers.NONE);
    assertThat(editor.chart()).isEqualTo(Chart.of(tp));

    editor.press(TRAPEZIUS_ONLY, Modifiers.NONE);
    editor.drag(at(260, 200), Modifiers.NONE);
    editor.undo();
    assertThat(editor.chart()).isEqualTo(Chart.of(tp));
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));
    assertThat(h.commits).hasSize(1);
  }

  @Test
  void nudgesMoveTheSelectionByTheCallersStep() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.nudge(1, 0);
    editor.nudge(0, -10);
    assertThat(current(tp).position()).isEqualTo(at(TRAPEZIUS_ONLY.x + 1, TRAPEZIUS_ONLY.y - 10));
    assertThat(h.lastCommit().upserted()).containsExactly(current(tp));
    editor.undo();
    assertThat(current(tp)).isEqualTo(tp);
    editor.clearSelection();
    editor.nudge(5, 5);
    assertThat(current(tp)).isEqualTo(tp);
  }

  @Test
  void deletingPublishesTheDeletedIdsAndUndoBringsTheMarksBackInPlace() {
    TriggerPoint a = h.place(TRAPEZIUS_ONLY);
    TriggerPoint b = h.place(OVER_SUPRASPINATUS);
    TriggerPoint c = h.place(INFRASPINATUS_CENTRE);
    Chart before = editor.chart();
    editor.select(List.of(c.id(), a.id()));

    editor.deleteSelection();

    assertThat(editor.chart()).isEqualTo(Chart.of(b));
    assertThat(editor.selection().isEmpty()).isTrue();
    assertThat(h.lastCommit())
        .isEqualTo(
            new ChartChange(Set.of(), Set.of(a.id(), c.id()), "command.delete.triggerPoint"));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(before);
    assertThat(h.lastCommit())
        .isEqualTo(new ChartChange(Set.of(a, c), Set.of(), "command.delete.triggerPoint"));
  }

  @Test
  void undoOfAnAddIsADeletionAndRedoAnUpsert() {
    TriggerPoint tp = h.place(OVER_SUPRASPINATUS);
    editor.undo();
    assertThat(editor.chart().isEmpty()).isTrue();
    assertThat(editor.selection().isEmpty()).isTrue();
    assertThat(editor.placement()).isEmpty();
    assertThat(editor.redoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));
    editor.redo();
    assertThat(editor.chart()).isEqualTo(Chart.of(tp));
    assertThat(h.commits)
        .containsExactly(
            new ChartChange(Set.of(tp), Set.of(), "command.add.triggerPoint"),
            new ChartChange(Set.of(), Set.of(tp.id()), "command.add.triggerPoint"),
            new ChartChange(Set.of(tp), Set.of(), "command.add.triggerPoint"));
    assertThat(editor.canRedo()).isFalse();
  }

  @Test
  void anEditOfSeveralSelectedPointsIsOneStep() {
    TriggerPoint a = h.place(TRAPEZIUS_ONLY);
    TriggerPoint b = h.place(INFRASPINATUS_CENTRE);
    NotePin pin = h.pin(at(100, 400), "scar");
    editor.selectAll();
    Chart before = editor.chart();

    editor.updateSelectedTriggerPoints(tp -> tp.withStatus(TriggerPointStatus.LATENT));

    assertThat(editor.chart().triggerPoints())
        .extracting(TriggerPoint::status)
        .containsOnly(TriggerPointStatus.LATENT);
    assertThat(editor.chart().get(pin.id())).isEqualTo(pin);
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.edit.triggerPoint", 2));
    assertThat(h.lastCommit().upserted()).containsExactly(current(a), current(b));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(before);
  }

  @Test
  void anUnchangedPropertyMakesNoStep() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.updateTriggerPoint(tp.id(), p -> p.withStatus(TriggerPointStatus.ACTIVE));
    assertThat(h.commits).hasSize(1);
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));
  }

  @Test
  void aWholeSessionUndoesAndRedoesBackAndForthExactly() {
    List<Chart> states = new ArrayList<>();
    states.add(editor.chart());
    TriggerPoint a = h.place(OVER_SUPRASPINATUS);
    states.add(editor.chart());
    TriggerPoint b = h.place(INFRASPINATUS_CENTRE);
    states.add(editor.chart());
    NotePin pin = h.pin(at(100, 400), "old fracture");
    states.add(editor.chart());
    editor.setTwitchCount(a.id(), 3);
    states.add(editor.chart());
    editor.updateTriggerPoint(
        a.id(),
        tp ->
            tp.withTwitch(
                tp.twitch()
                    .withStrength(TwitchStrength.MODERATE)
                    .withDetectedBy(Set.of(TwitchDetection.PALPABLE))));
    states.add(editor.chart());
    editor.updateTriggerPoint(
        a.id(),
        tp ->
            tp.withStatus(TriggerPointStatus.LATENT)
                .withCriterion(TriggerPointCriterion.TAUT_BAND, true)
                .withCriterion(TriggerPointCriterion.RECOGNITION, true)
                .withPressurePainThreshold(
                    Optional.of(new PressurePainThreshold(280, PressureUnit.KPA)))
                .withNeedled(true)
                .withExaminer("Dr Kim")
                .withNote("reproduces the headache"));
    states.add(editor.chart());
    editor.updateNotePin(pin.id(), p -> p.withText("old fracture, 2019"));
    states.add(editor.chart());
    editor.setTool(ToolKind.SELECT);
    h.drag(Modifiers.NONE, INFRASPINATUS_CENTRE, at(255, 210), at(250, 205));
    states.add(editor.chart());
    editor.select(List.of(a.id()));
    editor.nudge(-0.5, 0.25);
    states.add(editor.chart());
    editor.select(List.of(b.id(), pin.id()));
    editor.deleteSelection();
    states.add(editor.chart());
    assertThat(editor.chart().marks()).hasSize(1);
    assertThat(h.commits).hasSize(states.size() - 1);

    for (int i = states.size() - 2; i >= 0; i--) {
      editor.undo();
      assertThat(editor.chart()).isEqualTo(states.get(i));
    }
    assertThat(editor.canUndo()).isFalse();
    for (int i = 1; i < states.size(); i++) {
      editor.redo();
      assertThat(editor.chart()).isEqualTo(states.get(i));
    }
    assertThat(editor.canRedo()).isFalse();
    for (int i = states.size() - 2; i >= 3; i--) {
      editor.undo();
      assertThat(editor.chart()).isEqualTo(states.get(i));
    }
    editor.redo();
    assertThat(editor.chart()).isEqualTo(states.get(4));

    // Replaying the commit events from an empty store gives the chart the editor shows.
    assertThat(replay(h.commits)).containsExactlyInAnyOrderElementsOf(editor.chart().marks());
  }

  private static List<Mark> replay(List<ChartChange> changes) {
    Map<MarkId, Mark> store = new HashMap<>();
    for (ChartChange change : changes) {
      change.deleted().forEach(store::remove);
      change.upserted().forEach(m -> store.put(m.id(), m));
    }
    return List.copyOf(store.values());
  }
}
