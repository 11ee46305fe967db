package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.edit.ZoneWarning.Reason;
import app.myomap.model.BodyView;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The zone warning describes the last stroke or the selection now, and clears when untrue. */
class ZoneChecksTest {
  private static final Rectangle2D BODY = new Rectangle2D.Double(100, 100, 200, 600);

  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;
  private final ZoneChecks checks = new ZoneChecks(editor, view -> BODY, view -> 200);
  private final List<Optional<ZoneWarning>> told = new ArrayList<>();
  private final TriggerPoint owner;

  ZoneChecksTest() {
    checks.addListener(told::add);
    owner = h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
  }

  private void stroke(Point2D from, Point2D to) {
    h.drag(Modifiers.NONE, from, at((from.getX() + to.getX()) / 2, from.getY()), to);
  }

  private Optional<Reason> reason() {
    return checks.current().map(ZoneWarning::reason);
  }

  @Test
  void aStrokeOutsideTheBodyWarnsAndALaterStrokeInsideClearsTheWarning() {
    stroke(at(20, 500), at(60, 500));
    assertThat(reason()).contains(Reason.OUTSIDE_SILHOUETTE);
    assertThat(told).hasSize(1);

    stroke(at(240, 500), at(280, 500));
    assertThat(editor.chart().referralZones()).hasSize(2);
    assertThat(checks.current()).isEmpty();
    assertThat(told).last().isEqualTo(Optional.empty());
  }

  @Test
  void aStrokeAcrossTheMidlineWarnsUntilItIsUndone() {
    stroke(at(180, 500), at(220, 500));
    assertThat(reason()).contains(Reason.CROSSES_MIDLINE);
    editor.undo();
    assertThat(checks.current()).isEmpty();
    editor.redo();
    assertThat(reason()).contains(Reason.CROSSES_MIDLINE);
  }

  @Test
  void erasingThePartOutsideClearsTheWarningOfThatZone() {
    stroke(at(70, 500), at(130, 500));
    assertThat(reason()).contains(Reason.OUTSIDE_SILHOUETTE);
    editor.setTool(ToolKind.ERASER);
    editor.zones().setBrushRadius(12);
    stroke(at(60, 500), at(95, 500));
    assertThat(editor.chart().referralZones()).hasSize(1);
    assertThat(checks.current()).isEmpty();
  }

  @Test
  void anotherViewClearsTheWarningAndComingBackDoesNotRaiseItAgain() {
    stroke(at(20, 500), at(60, 500));
    assertThat(checks.current()).isPresent();
    editor.setView(BodyView.HEAD_LEFT);
    assertThat(checks.current()).isEmpty();
    editor.setView(BodyView.POSTERIOR);
    assertThat(checks.current()).isEmpty();
  }

  @Test
  void selectingAZoneWarnsAboutItAndSelectingSomethingElseClearsIt() {
    stroke(at(20, 500), at(60, 500));
    ReferralZone outside = editor.chart().referralZones().get(0);
    editor.setView(BodyView.HEAD_LEFT);
    editor.setView(BodyView.POSTERIOR);
    editor.select(List.of(outside.id()));
    assertThat(reason()).contains(Reason.OUTSIDE_SILHOUETTE);
    editor.select(List.of(owner.id()));
    assertThat(checks.current()).isEmpty();
  }

  @Test
  void editingATriggerPointLeavesTheWarningAboutTheLastStroke() {
    stroke(at(20, 500), at(60, 500));
    editor.updateTriggerPoint(owner.id(), tp -> tp.withNeedled(true));
    assertThat(reason()).contains(Reason.OUTSIDE_SILHOUETTE);
  }

  @Test
  void detachedChecksNoLongerFollowTheEditor() {
    checks.detach();
    stroke(at(20, 500), at(60, 500));
    assertThat(checks.current()).isEmpty();
    assertThat(told).isEmpty();
  }
}
