package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import java.awt.geom.Point2D;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The eraser carves the brush shape out of zones, one undo step per erase. */
class ZoneErasingTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;

  private void stroke(Point2D... path) {
    h.drag(Modifiers.NONE, path);
  }

  /** A referral zone 100 wide and 40 high, from x 100 to 200 and y 280 to 320. */
  private ReferralZone band() {
    h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    h.click(at(100, 280), Modifiers.ALT);
    h.click(at(200, 280), Modifiers.ALT);
    h.click(at(200, 320), Modifiers.ALT);
    h.click(at(100, 320), Modifiers.ALT);
    h.click(at(100, 280), Modifiers.ALT);
    return editor.chart().referralZones().get(0);
  }

  @Test
  void erasingABandAcrossAZoneLeavesOneZoneInTwoParts() {
    ReferralZone zone = band();
    Chart painted = editor.chart();
    editor.zones().setBrushRadius(5);
    editor.setTool(ToolKind.ERASER);
    h.commits.clear();

    stroke(at(150, 250), at(150, 290), at(150, 350));

    ReferralZone split = editor.chart().referralZones().get(0);
    assertThat(editor.chart().referralZones()).hasSize(1);
    assertThat(split.id()).isEqualTo(zone.id());
    assertThat(split.owner()).isEqualTo(zone.owner());
    assertThat(split.shape().ringCount()).isEqualTo(2);
    assertThat(split.shape().area()).isCloseTo(4000 - 10 * 40, within(4.0));
    assertThat(split.shape().contains(at(120, 300))).isTrue();
    assertThat(split.shape().contains(at(180, 300))).isTrue();
    assertThat(split.shape().contains(at(150, 300))).isFalse();
    assertThat(h.commits)
        .containsExactly(new ChartChange(Set.of(split), Set.of(), "command.erase.referralZone"));

    editor.undo();
    assertThat(editor.chart()).isEqualTo(painted);
    editor.redo();
    assertThat(editor.chart().referralZones()).containsExactly(split);
  }

  @Test
  void aZoneErasedToNothingIsDeletedAndUndoPutsItBack() {
    ReferralZone zone = band();
    Chart painted = editor.chart();
    editor.zones().setBrushRadius(30);
    editor.setTool(ToolKind.ERASER);
    h.commits.clear();

    stroke(at(90, 300), at(210, 300));

    assertThat(editor.chart().referralZones()).isEmpty();
    assertThat(h.commits)
        .containsExactly(
            new ChartChange(Set.of(), Set.of(zone.id()), "command.erase.referralZone"));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(painted);
  }

  @Test
  void anEraseTouchingNothingIsNoStep() {
    band();
    editor.setTool(ToolKind.ERASER);
    h.commits.clear();
    stroke(at(100, 600), at(200, 600));
    assertThat(h.commits).isEmpty();
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.paint.referralZone", 1));
  }

  @Test
  void oneEraseChangesEveryVisibleZoneItTouchesAsOneStep() {
    band();
    editor.setTool(ToolKind.SYMPTOM_AREA);
    stroke(at(150, 250), at(150, 350));
    SymptomArea area = editor.chart().symptomAreas().get(0);
    Chart painted = editor.chart();
    editor.zones().setBrushRadius(4);
    editor.setTool(ToolKind.ERASER);

    stroke(at(80, 300), at(220, 300));
    assertThat(editor.chart().referralZones().get(0).shape().ringCount()).isEqualTo(2);
    assertThat(editor.chart().symptomAreas().get(0).shape().ringCount()).isEqualTo(2);
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.erase.marks", 2));
    editor.undo();
    assertThat(editor.chart()).isEqualTo(painted);

    editor.setHiddenKinds(Set.of(MarkKind.SYMPTOM_AREA));
    stroke(at(80, 300), at(220, 300));
    assertThat(editor.chart().symptomAreas()).containsExactly(area);
    assertThat(editor.chart().referralZones().get(0).shape().ringCount()).isEqualTo(2);
  }

  @Test
  void theEraserTakesAltClickedPolygonsToo() {
    band();
    editor.setTool(ToolKind.ERASER);
    h.click(at(90, 270), Modifiers.ALT);
    h.click(at(150, 270), Modifiers.ALT);
    h.click(at(150, 330), Modifiers.ALT);
    h.click(at(90, 330), Modifiers.ALT);
    assertThat(editor.zones().finishPolygon()).isTrue();
    ReferralZone left = editor.chart().referralZones().get(0);
    assertThat(left.shape().toText()).isEqualTo("M150,280L150,320L200,320L200,280Z");
  }
}
