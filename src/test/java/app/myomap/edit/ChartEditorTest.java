package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS;
import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.NOWHERE;
import static app.myomap.edit.TestAtlas.OVER_SUPRASPINATUS;
import static app.myomap.edit.TestAtlas.PECTORALIS;
import static app.myomap.edit.TestAtlas.SUPRASPINATUS;
import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Placing marks: the region under the click, the chooser outside regions, notes, feedback. */
class ChartEditorTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;

  @Test
  void aClickPlacesATriggerPointOnTheTopRegionAndOffersTheDeeperOne() {
    TriggerPoint tp = h.place(OVER_SUPRASPINATUS);

    assertThat(tp.muscle()).isEqualTo(TRAPEZIUS);
    assertThat(tp.side()).isEqualTo(Side.RIGHT);
    assertThat(tp.view()).isEqualTo(BodyView.POSTERIOR);
    assertThat(tp.position()).isEqualTo(OVER_SUPRASPINATUS);
    assertThat(tp.examiner()).isEqualTo("Dr Lee");
    assertThat(tp.status()).isEqualTo(TriggerPointStatus.ACTIVE);
    assertThat(editor.chart().marks()).containsExactly(tp);
    assertThat(editor.selection().ids()).containsExactly(tp.id());
    assertThat(editor.placement())
        .contains(
            new Placement(
                tp.id(),
                new MuscleChoice(TRAPEZIUS, Side.RIGHT),
                List.of(new MuscleChoice(SUPRASPINATUS, Side.RIGHT))));
    assertThat(h.chooserCalls).isEmpty();
    assertThat(h.commits)
        .containsExactly(new ChartChange(Set.of(tp), Set.of(), "command.add.triggerPoint"));
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));
  }

  @Test
  void aSingleRegionGivesNoAlternatives() {
    TriggerPoint tp = h.place(INFRASPINATUS_CENTRE);
    assertThat(tp.muscle()).isEqualTo(INFRASPINATUS);
    assertThat(editor.placement().orElseThrow().alternatives()).isEmpty();
  }

  @Test
  void takingTheOfferedAlternativeIsOneUndoableEdit() {
    TriggerPoint tp = h.place(OVER_SUPRASPINATUS);
    MuscleChoice deeper = editor.placement().orElseThrow().alternatives().get(0);

    editor.updateTriggerPoint(tp.id(), p -> p.withMuscle(deeper.muscle(), deeper.side()));

    TriggerPoint changed = (TriggerPoint) editor.chart().get(tp.id());
    assertThat(changed.muscle()).isEqualTo(SUPRASPINATUS);
    assertThat(editor.placement()).isEmpty();
    assertThat(h.lastCommit())
        .isEqualTo(new ChartChange(Set.of(changed), Set.of(), "command.edit.triggerPoint"));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(Chart.of(tp));
  }

  @Test
  void outsideEveryRegionTheChooserDecides() {
    h.chooserAnswer = Optional.of(new MuscleChoice(new MuscleRef("gastrocnemius"), Side.LEFT));

    TriggerPoint tp = h.place(NOWHERE);

    assertThat(h.chooserCalls).containsExactly(NOWHERE);
    assertThat(h.chooserViews).containsExactly(BodyView.POSTERIOR);
    assertThat(tp.muscle()).isEqualTo(new MuscleRef("gastrocnemius"));
    assertThat(tp.side()).isEqualTo(Side.LEFT);
    assertThat(tp.position()).isEqualTo(NOWHERE);
    assertThat(editor.placement().orElseThrow().alternatives()).isEmpty();
  }

  @Test
  void aCancelledChooserPlacesNothing() {
    editor.setTool(ToolKind.TRIGGER_POINT);
    h.click(NOWHERE);

    assertThat(h.chooserCalls).hasSize(1);
    assertThat(editor.chart().isEmpty()).isTrue();
    assertThat(h.commits).isEmpty();
    assertThat(editor.canUndo()).isFalse();
  }

  @Test
  void eachViewUsesItsOwnRegions() {
    editor.setView(BodyView.ANTERIOR);
    TriggerPoint tp = h.place(at(150, 220));
    assertThat(tp.muscle()).isEqualTo(PECTORALIS);
    assertThat(tp.view()).isEqualTo(BodyView.ANTERIOR);
    h.place(OVER_SUPRASPINATUS);
    assertThat(h.chooserViews).containsExactly(BodyView.ANTERIOR);
  }

  @Test
  void escapeBeforeReleaseCancelsThePlacement() {
    editor.setTool(ToolKind.TRIGGER_POINT);
    editor.press(OVER_SUPRASPINATUS, Modifiers.NONE);
    assertThat(editor.cancel()).isTrue();
    editor.release(OVER_SUPRASPINATUS, Modifiers.NONE);
    assertThat(editor.chart().isEmpty()).isTrue();
    assertThat(editor.cancel()).isFalse();
  }

  @Test
  void theNumberKeysRecordTheTwitchCount() {
    TriggerPoint tp = h.place(OVER_SUPRASPINATUS);
    editor.setTwitchCount(tp.id(), 3);
    assertThat(((TriggerPoint) editor.chart().get(tp.id())).twitch())
        .isEqualTo(TwitchResponse.present(3));
    editor.setTwitchCount(tp.id(), 0);
    assertThat(((TriggerPoint) editor.chart().get(tp.id())).twitch())
        .isEqualTo(TwitchResponse.absent());
    assertThatThrownBy(() -> editor.setTwitchCount(tp.id(), 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(((TriggerPoint) editor.chart().get(tp.id())).twitch())
        .isEqualTo(TwitchResponse.absent());
  }

  @Test
  void theNoteToolPinsThePromptedText() {
    NotePin pin = h.pin(INFRASPINATUS_CENTRE, "old scar");
    assertThat(pin.text()).isEqualTo("old scar");
    assertThat(pin.position()).isEqualTo(INFRASPINATUS_CENTRE);
    assertThat(editor.selection().ids()).containsExactly(pin.id());
    assertThat(h.lastCommit().labelKey()).isEqualTo("command.add.notePin");

    editor.updateNotePin(pin.id(), p -> p.withText("old scar, healed"));
    assertThat(((NotePin) editor.chart().get(pin.id())).text()).isEqualTo("old scar, healed");
    assertThatThrownBy(() -> editor.updateTriggerPoint(pin.id(), p -> p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a notePin");
  }

  @Test
  void aCancelledOrBlankNotePinsNothing() {
    editor.setTool(ToolKind.NOTE_PIN);
    h.click(NOWHERE);
    h.noteAnswer = Optional.of("   ");
    h.click(NOWHERE);
    assertThat(editor.chart().isEmpty()).isTrue();
    assertThat(h.commits).isEmpty();
  }

  @Test
  void hoverShowsTheMarkAndRegionUnderThePointer() {
    TriggerPoint tp = h.place(OVER_SUPRASPINATUS);
    editor.setTool(ToolKind.SELECT);

    editor.move(at(262, 161));
    Hover hover = editor.hover().orElseThrow();
    assertThat(hover.mark()).contains(tp.id());
    assertThat(hover.region()).contains(new MuscleChoice(TRAPEZIUS, Side.RIGHT));
    assertThat(hover.x()).isEqualTo(262);

    editor.move(INFRASPINATUS_CENTRE);
    assertThat(editor.hover().orElseThrow().mark()).isEmpty();
    assertThat(editor.hover().orElseThrow().region())
        .contains(new MuscleChoice(INFRASPINATUS, Side.RIGHT));

    editor.exit();
    assertThat(editor.hover()).isEmpty();
  }

  @Test
  void listenersHearStateChangesAndCanBeRemoved() {
    int before = h.changeEvents;
    editor.move(NOWHERE);
    assertThat(h.changeEvents).isEqualTo(before + 1);

    List<ChartChange> seen = new ArrayList<>();
    Consumer<ChartChange> listener = seen::add;
    editor.addCommitListener(listener);
    h.place(OVER_SUPRASPINATUS);
    editor.removeCommitListener(listener);
    h.place(INFRASPINATUS_CENTRE);
    assertThat(seen).hasSize(1);
    assertThat(h.commits).hasSize(2);
  }

  @Test
  void rejectsABlankPractitioner() {
    assertThatThrownBy(
            () ->
                new ChartEditor(
                    Chart.empty(),
                    TestAtlas.lookup(),
                    " ",
                    (v, p) -> Optional.empty(),
                    (v, p) -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Practitioner must not be blank");
  }
}
