package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.OVER_SUPRASPINATUS;
import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.CarryState;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.FollowUp;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Re-examining the findings a follow-up visit carried from the visit before. */
class ReexaminationTest {
  private final List<ChartChange> commits = new ArrayList<>();
  private final TriggerPoint first;
  private final TriggerPoint second;
  private final ChartEditor editor;

  ReexaminationTest() {
    TriggerPoint a =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            OVER_SUPRASPINATUS.getX(),
            OVER_SUPRASPINATUS.getY(),
            TRAPEZIUS,
            Side.RIGHT,
            "Dr Lee");
    TriggerPoint b =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            INFRASPINATUS_CENTRE.getX(),
            INFRASPINATUS_CENTRE.getY(),
            TRAPEZIUS,
            Side.RIGHT,
            "Dr Lee");
    Chart carried = FollowUp.carriedForward(UUID.randomUUID().toString(), Chart.of(a, b));
    first = carried.triggerPoints().get(0);
    second = carried.triggerPoints().get(1);
    editor =
        new ChartEditor(
            carried,
            TestAtlas.lookup(),
            "Dr Lee",
            (view, point) -> Optional.empty(),
            (view, point) -> Optional.empty());
    editor.setView(BodyView.POSTERIOR);
    editor.addCommitListener(commits::add);
  }

  private Mark now(TriggerPoint point) {
    return editor.chart().get(point.id());
  }

  private static CarryState state(Mark mark) {
    return mark.carry().orElseThrow().state();
  }

  @Test
  void confirmingKeepsTheDataAndUndoTakesItBack() {
    editor.select(List.of(first.id()));

    assertThat(editor.confirmSelection()).isTrue();

    assertThat(state(now(first))).isEqualTo(CarryState.CONFIRMED);
    assertThat(now(first).withCarryState(CarryState.NOT_REEXAMINED)).isEqualTo(first);
    assertThat(state(now(second))).isEqualTo(CarryState.NOT_REEXAMINED);
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.confirm.triggerPoint", 1));
    assertThat(editor.confirmSelection()).isFalse();
    editor.undo();
    assertThat(now(first)).isEqualTo(first);
  }

  @Test
  void deleteRecordsACarriedPointResolvedAndKeepsItInTheVisit() {
    editor.select(List.of(first.id()));

    editor.deleteSelection();

    assertThat(editor.chart().marks()).hasSize(2);
    assertThat(state(now(first))).isEqualTo(CarryState.RESOLVED);
    assertThat(editor.chart().triggerPoints()).extracting(Mark::id).containsExactly(second.id());
    assertThat(editor.selection().isEmpty()).isTrue();
    ChartChange change = commits.get(commits.size() - 1);
    assertThat(change.deleted()).isEmpty();
    assertThat(change.upserted()).containsExactly(now(first));
    editor.undo();
    assertThat(now(first)).isEqualTo(first);
  }

  @Test
  void deletingAPointChartedTodayStillDeletesItWhileACarriedOneIsResolved() {
    editor.setTool(ToolKind.TRIGGER_POINT);
    editor.press(TestAtlas.TRAPEZIUS_ONLY, Modifiers.NONE);
    editor.release(TestAtlas.TRAPEZIUS_ONLY, Modifiers.NONE);
    Mark today = editor.chart().marks().get(2);
    editor.select(List.of(today.id(), second.id()));

    editor.deleteSelection();

    assertThat(editor.chart().contains(today.id())).isFalse();
    assertThat(state(now(second))).isEqualTo(CarryState.RESOLVED);
    editor.undo();
    assertThat(editor.chart().contains(today.id())).isTrue();
    assertThat(now(second)).isEqualTo(second);
  }

  @Test
  void editingACarriedPointConfirmsItWithTheChangeAndUndoRestoresBoth() {
    editor.updateTriggerPoint(first.id(), p -> p.withStatus(TriggerPointStatus.LATENT));

    TriggerPoint edited = (TriggerPoint) now(first);
    assertThat(edited.status()).isEqualTo(TriggerPointStatus.LATENT);
    assertThat(state(edited)).isEqualTo(CarryState.CONFIRMED);
    assertThat(commits.get(commits.size() - 1).upserted()).containsExactly(edited);
    editor.undo();
    assertThat(now(first)).isEqualTo(first);
    editor.redo();
    assertThat(now(first)).isEqualTo(edited);
  }

  @Test
  void aRunOfNudgesConfirmsAndIsUndoneAsOneStep() {
    editor.select(List.of(second.id()));

    editor.nudge(1, 0);
    editor.nudge(1, 0);
    editor.nudge(0, 1);

    assertThat(now(second).x()).isEqualTo(second.x() + 2);
    assertThat(state(now(second))).isEqualTo(CarryState.CONFIRMED);
    editor.undo();
    assertThat(now(second)).isEqualTo(second);
  }

  @Test
  void confirmAllRemainingConfirmsOnlyWhatAwaitsReexamination() {
    editor.select(List.of(first.id()));
    editor.deleteSelection();

    editor.confirmAllRemaining();

    assertThat(state(now(first))).isEqualTo(CarryState.RESOLVED);
    assertThat(state(now(second))).isEqualTo(CarryState.CONFIRMED);
    assertThat(editor.chart().awaitingReexamination()).isEmpty();
    editor.undo();
    assertThat(now(second)).isEqualTo(second);
  }
}
