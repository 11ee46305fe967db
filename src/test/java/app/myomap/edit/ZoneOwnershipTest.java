package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Deleting a trigger point that owns referral zones asks what becomes of them; undo restores all.
 */
class ZoneOwnershipTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;
  private final List<List<ReferralZone>> asked = new ArrayList<>();
  private TriggerPoint owner;
  private ReferralZone back;
  private ReferralZone head;

  private void chartPointWithZonesOnTwoViews(ZoneOwnershipPrompt.Answer answer) {
    owner = h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    h.drag(Modifiers.NONE, at(100, 300), at(140, 300));
    editor.zones().setOwnerChooser((view, side, candidates, suggested) -> Optional.of(owner.id()));
    editor.setView(BodyView.HEAD_LEFT);
    h.drag(Modifiers.NONE, at(60, 60), at(90, 60));
    editor.setView(BodyView.POSTERIOR);
    back = editor.chart().referralZones().get(0);
    head = editor.chart().referralZones().get(1);
    assertThat(editor.chart().zonesOf(owner.id())).containsExactly(back, head);
    editor
        .zones()
        .setOwnershipPrompt(
            (owners, zones) -> {
              assertThat(owners).containsExactly(owner);
              asked.add(zones);
              return answer;
            });
    editor.setTool(ToolKind.SELECT);
    editor.select(List.of(owner.id()));
    h.commits.clear();
  }

  @Test
  void deletingTheZonesToo() {
    chartPointWithZonesOnTwoViews(ZoneOwnershipPrompt.Answer.DELETE_ZONES);
    Chart before = editor.chart();

    editor.deleteSelection();

    assertThat(asked).containsExactly(List.of(back, head));
    assertThat(editor.chart().marks()).isEmpty();
    assertThat(h.commits)
        .containsExactly(
            new ChartChange(
                Set.of(), Set.of(owner.id(), back.id(), head.id()), "command.delete.marks"));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(before);
    editor.redo();
    assertThat(editor.chart().marks()).isEmpty();
  }

  @Test
  void keepingTheZonesUnowned() {
    chartPointWithZonesOnTwoViews(ZoneOwnershipPrompt.Answer.KEEP_UNOWNED);
    Chart before = editor.chart();

    editor.deleteSelection();

    ReferralZone keptBack = back.withOwner(Optional.empty());
    ReferralZone keptHead = head.withOwner(Optional.empty());
    assertThat(editor.chart()).isEqualTo(Chart.of(keptBack, keptHead));
    assertThat(h.commits)
        .containsExactly(
            new ChartChange(
                Set.of(keptBack, keptHead), Set.of(owner.id()), "command.delete.triggerPoint"));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(before);
    assertThat(editor.chart().zonesOf(owner.id())).containsExactly(back, head);
  }

  @Test
  void cancellingDeletesNothing() {
    chartPointWithZonesOnTwoViews(ZoneOwnershipPrompt.Answer.CANCEL);
    Chart before = editor.chart();
    editor.deleteSelection();
    assertThat(asked).hasSize(1);
    assertThat(editor.chart()).isEqualTo(before);
    assertThat(h.commits).isEmpty();
  }

  @Test
  void noQuestionWhenThePointOwnsNothingOrItsZonesAreDeletedWithIt() {
    chartPointWithZonesOnTwoViews(ZoneOwnershipPrompt.Answer.CANCEL);
    TriggerPoint lonely = h.place(INFRASPINATUS_CENTRE);
    editor.setTool(ToolKind.SELECT);
    editor.select(List.of(lonely.id()));
    editor.deleteSelection();
    assertThat(editor.chart().contains(lonely.id())).isFalse();

    editor.setView(BodyView.HEAD_LEFT);
    editor.setView(BodyView.POSTERIOR);
    editor.select(List.of(owner.id(), back.id()));
    editor.deleteSelection();
    assertThat(asked).containsExactly(List.of(head));
  }
}
