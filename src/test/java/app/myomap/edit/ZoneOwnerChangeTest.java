package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changing a zone's owner (one undo step), the kept owner, and going to a zone's owner. */
class ZoneOwnerChangeTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;
  private final List<Optional<Side>> sides = new ArrayList<>();
  private final List<Optional<MarkId>> suggestions = new ArrayList<>();
  private final TriggerPoint first = h.place(TRAPEZIUS_ONLY);
  private final TriggerPoint second = h.place(INFRASPINATUS_CENTRE);
  private MarkId answer;

  ZoneOwnerChangeTest() {
    editor
        .zones()
        .setOwnerChooser(
            (view, side, candidates, suggested) -> {
              sides.add(side);
              suggestions.add(suggested);
              return Optional.ofNullable(answer);
            });
  }

  /** A zone of {@code first} painted on the left head view. */
  private ReferralZone zoneOnTheHead() {
    editor.select(List.of(first.id()));
    editor.setTool(ToolKind.REFERRAL_ZONE);
    editor.zones().chooseOwner();
    answer = first.id();
    editor.setView(BodyView.HEAD_LEFT);
    h.drag(Modifiers.NONE, at(50, 50), at(70, 50), at(90, 50));
    editor.setTool(ToolKind.SELECT);
    return editor.chart().referralZones().get(0);
  }

  @Test
  void changingTheOwnerOfASelectedZoneIsOneUndoStep() {
    ReferralZone zone = zoneOnTheHead();
    Chart before = editor.chart();
    editor.select(List.of(zone.id()));
    suggestions.clear();
    sides.clear();
    answer = second.id();

    assertThat(editor.zones().chooseOwner()).isTrue();

    assertThat(suggestions).containsExactly(Optional.of(first.id()));
    assertThat(sides).containsExactly(Optional.of(Side.LEFT));
    assertThat(editor.chart().zonesOf(second.id()))
        .extracting(ReferralZone::id)
        .containsExactly(zone.id());
    assertThat(editor.undoLabel())
        .contains(new CommandLabel("command.changeOwner.referralZone", 1));
    assertThat(h.lastCommit().upserted()).containsExactly(zone.withOwner(Optional.of(second.id())));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(before);
    editor.redo();
    assertThat(editor.chart().referralZones().get(0).owner()).contains(second.id());
  }

  @Test
  void cancellingOrChoosingTheSameOwnerChangesNothing() {
    ReferralZone zone = zoneOnTheHead();
    editor.select(List.of(zone.id()));
    int commits = h.commits.size();
    answer = null;
    assertThat(editor.zones().chooseOwner()).isFalse();
    answer = first.id();
    assertThat(editor.zones().chooseOwner()).isTrue();
    assertThat(h.commits).hasSize(commits);
  }

  @Test
  void withNoZoneSelectedTheChoiceIsKeptForTheNextStrokesWithoutAnUndoStep() {
    editor.setView(BodyView.HEAD_LEFT);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    answer = second.id();
    int commits = h.commits.size();

    assertThat(editor.zones().chooseOwner()).isTrue();

    assertThat(h.commits).hasSize(commits);
    assertThat(editor.zones().nextOwner()).contains(second.id());
    answer = null;
    h.drag(Modifiers.NONE, at(50, 50), at(90, 50));
    assertThat(editor.chart().referralZones())
        .singleElement()
        .satisfies(z -> assertThat(z.owner()).contains(second.id()));
  }

  @Test
  void revealShowsTheViewOfTheOwnerAndSelectsIt() {
    ReferralZone zone = zoneOnTheHead();
    editor.select(List.of(zone.id()));

    editor.reveal(zone.owner().orElseThrow());

    assertThat(editor.view()).isEqualTo(BodyView.POSTERIOR);
    assertThat(editor.selection().ids()).containsExactly(first.id());
    assertThatThrownBy(() -> editor.reveal(MarkId.random()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
